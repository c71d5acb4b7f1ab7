// Its own cache: it counts the export records, which other test files running beside it add to.
import { ownCache } from "../helpers/own-cache";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { alignmentMatrixChart } from "../../lib/src/charts";
import { paths } from "../../lib/src/config/paths";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer, exportFigure, readManifest } from "../../lib/src/export";
import { exportKey, unchangedExport } from "../../lib/src/export/export-records";
import { stopRenderService } from "../../lib/src/render/service/client";
import { serviceRendererIdentity } from "../../lib/src/render/static";
import { scratchFolder } from "../helpers/scratch-folder";

const dataset = loadDataset();
const tempDir = scratchFolder;
const formats = ["svg", "png", "json"] as const;

describe("export records: an unchanged figure is not rendered or written again", () => {
  const records = paths.exportRecords;
  const outDir = tempDir("figures-records-");
  const chart = alignmentMatrixChart(dataset, { lang: "en" });
  const file = (extension: string) => path.join(outDir, `${chart.meta.id}.${extension}`);

  after(async () => {
    await closeRenderer();
    // The service drawing into this test's cache is its own: stopped, so Chromium removes its files.
    await stopRenderService();
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.rmSync(ownCache, { recursive: true, force: true });
  });

  it("records what an export wrote: the record gives back the manifest's files for the same chart, formats and renderers", async () => {
    await exportFigure(chart, { outDir, formats });
    const identity = await serviceRendererIdentity();
    assert.ok(identity, "the render service knows its renderers");
    const manifestFiles = readManifest(path.join(outDir, "manifest.json")).figures.find((entry) => entry.id === chart.meta.id)!.files;
    assert.deepEqual(unchangedExport(outDir, chart.meta.id, exportKey(identity, chart, formats, 2), records), manifestFiles);
    assert.equal(unchangedExport(outDir, chart.meta.id, exportKey(identity, chart, formats, 3), records), undefined, "another PNG scale");
    assert.equal(unchangedExport(outDir, chart.meta.id, exportKey(identity, chart, ["svg", "png"], 2), records), undefined, "other formats");
    assert.equal(unchangedExport(outDir, chart.meta.id, exportKey(`${identity}x`, chart, formats, 2), records), undefined, "other renderers");
    const other = alignmentMatrixChart(dataset, { lang: "id" });
    assert.equal(unchangedExport(outDir, chart.meta.id, exportKey(identity, other, formats, 2), records), undefined, "another chart");
    assert.equal(unchangedExport(tempDir("figures-elsewhere-"), chart.meta.id, exportKey(identity, chart, formats, 2), records), undefined, "another folder");
  });

  it("a second export of the same chart leaves the files alone, even one changed behind its back with its size and time stamp kept", async () => {
    // Only a changed size or time stamp tells a changed file: this is what a skipped export looks like from outside.
    const svg = fs.readFileSync(file("svg"), "utf8");
    // In seconds, as utimes takes them: it sets them back to within a microsecond.
    const stamp = fs.statSync(file("svg")).mtimeMs / 1000;
    const marked = svg.replace(/<svg/, "<SVG");
    fs.writeFileSync(file("svg"), marked);
    fs.utimesSync(file("svg"), stamp, stamp);
    await exportFigure(chart, { outDir, formats });
    assert.equal(fs.readFileSync(file("svg"), "utf8"), marked);
    fs.writeFileSync(file("svg"), svg);
    fs.utimesSync(file("svg"), stamp, stamp);
  });

  it("a file edited, or removed, since the recorded export is written again, with the same bytes as before", async () => {
    const svg = fs.readFileSync(file("svg"));
    const png = fs.readFileSync(file("png"));
    fs.writeFileSync(file("svg"), "<svg>edited by hand</svg>");
    fs.rmSync(file("png"));
    await exportFigure(chart, { outDir, formats });
    assert.ok(fs.readFileSync(file("svg")).equals(svg));
    assert.ok(fs.readFileSync(file("png")).equals(png));
  });

  it("a changed chart is exported again, and its record replaces the previous one", async () => {
    const changed = { ...chart, spec: { ...chart.spec, description: "changed by the test" } };
    await exportFigure(changed, { outDir, formats });
    assert.equal(JSON.parse(fs.readFileSync(file("json"), "utf8")).spec.description, "changed by the test");
    const identity = (await serviceRendererIdentity())!;
    assert.equal(unchangedExport(outDir, chart.meta.id, exportKey(identity, chart, formats, 2), records), undefined);
    assert.ok(unchangedExport(outDir, chart.meta.id, exportKey(identity, changed, formats, 2), records));
  });

  it("a failed export leaves no record", async () => {
    const broken = { ...chart, meta: { ...chart.meta, id: "broken-matrix" }, spec: { ...chart.spec, vconcat: undefined, hconcat: undefined, facet: undefined, spec: undefined, layer: undefined, mark: "no-such-mark" } } as unknown as typeof chart;
    const before = fs.readdirSync(records).length;
    await assert.rejects(exportFigure(broken, { outDir, formats }), /broken-matrix/);
    assert.equal(fs.readdirSync(records).length, before);
    assert.equal(fs.existsSync(path.join(outDir, "broken-matrix.svg")), false);
  });
});
