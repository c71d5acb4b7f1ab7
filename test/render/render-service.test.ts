import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { closeRenderer } from "../../lib/src/export";
import { renderStatic, stopRenderService } from "../../lib/src/render/service/client";
import { RenderCache, rendererIdentity } from "../../lib/src/render/service/render-cache";
import { renderStaticInProcess, type StaticFiles } from "../../lib/src/render/service/static-formats";
import { KernelClient } from "../../lib/src/runner/kernel-client";
import { readKernelSpec } from "../../lib/src/kernel/spec";
import { paths } from "../../lib/src/config/paths";
import { renderServicePids } from "../helpers/render-service-processes";

// A service of this test's own, so that other test files' services are neither used nor stopped.
process.env.SYRIA_RENDERER_INSTANCE = `test-${process.pid}`;

const charts = allCharts(loadDataset());
const plotly = charts.find((chart) => chart.library === "plotly")!;
const vegaLite = charts.find((chart) => chart.library === "vega-lite")!;

/** This test's render services (found by the instance in their environment: the socket's name only hashes it). */
const serviceProcesses = () => renderServicePids(`SYRIA_RENDERER_INSTANCE=${process.env.SYRIA_RENDERER_INSTANCE}`);

/** The service's SVG, PNG and PDF are those of rendering in-process, byte for byte. */
function assertSameFiles(viaService: StaticFiles, inProcess: StaticFiles, chartId: string): void {
  assert.equal(viaService.svg, inProcess.svg, `${chartId}: SVG`);
  assert.ok(Buffer.compare(viaService.png as Buffer, inProcess.png as Buffer) === 0, `${chartId}: PNG`);
  assert.ok(Buffer.compare(viaService.pdf as Buffer, inProcess.pdf as Buffer) === 0, `${chartId}: PDF`);
}

const renderedInProcess = new Map<string, Promise<StaticFiles>>();
/** The chart's files rendered in this process, once: two tests compare the same charts. */
function inProcess(chart: (typeof charts)[number]): Promise<StaticFiles> {
  if (!renderedInProcess.has(chart.meta.id)) renderedInProcess.set(chart.meta.id, renderStaticInProcess(chart, ["svg", "png", "pdf"], 2));
  return renderedInProcess.get(chart.meta.id)!;
}

describe("the shared render service", () => {
  before(stopRenderService);
  after(async () => {
    await stopRenderService();
    await closeRenderer();
  });

  it("is started by a notebook kernel as it starts, before any chart, and kept while the kernel lives", async () => {
    for (let tries = 0; serviceProcesses().length > 0 && tries < 50; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(serviceProcesses().length, 0);
    // The kernel inherits this test's SYRIA_RENDERER_INSTANCE, so the service it starts is this test's
    // (it outlives the kernel: the tests below use it).
    const kernel = await KernelClient.start(readKernelSpec(), paths.notebooks);
    try {
      for (let tries = 0; serviceProcesses().length === 0 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(serviceProcesses().length, 1, "a render service of this instance runs");
    } finally {
      await kernel.shutdown();
    }
  });

  it("renders the same SVG, PNG and PDF bytes as rendering in-process, for both chart libraries", async () => {
    for (const chart of [plotly, vegaLite]) {
      assertSameFiles(await renderStatic(chart, ["svg", "png", "pdf"]), await inProcess(chart), chart.meta.id);
    }
  });

  it("answers requests that arrive together, for charts it has shown and prepared or not, with the bytes of one-at-a-time rendering", async () => {
    const some = charts.slice(0, 6);
    // Half of them shown already, their PNG and PDF prepared (as show() does before an export), half not.
    for (const chart of some.slice(0, 3)) await renderStatic(chart, ["svg"], 2, ["png", "pdf"]);
    const together = await Promise.all(some.map((chart) => renderStatic(chart, ["svg", "png", "pdf"])));
    for (const [index, chart] of some.entries()) {
      assertSameFiles(together[index]!, await inProcess(chart), chart.meta.id);
    }
  });

  it("names the chart and the cause when rendering fails, and keeps serving", async () => {
    const broken = { ...vegaLite, meta: { ...vegaLite.meta, id: "broken-chart" }, spec: { mark: "no-such-mark", data: { values: [] } } } as unknown as typeof vegaLite;
    await assert.rejects(renderStatic(broken, ["svg"]), /"broken-chart" failed in the render service: Cannot read properties/);
    assert.match((await renderStatic(vegaLite, ["svg"])).svg as string, /^<svg/);
  });

  // One restart for what a restart shows (each start costs a node process and a Chromium launch).
  it("keeps what it drew on disk, stops on request, and the next requests, arriving together, start it once; it answers them from the disk, and keeps nothing of a chart that failed", async () => {
    // A chart no other test draws (the folder is the test run's), so that its files are this test's.
    const chart = { ...vegaLite, meta: { ...vegaLite.meta, id: `disk-cache-${process.pid}` } };
    const disk = new RenderCache(paths.renderCache, await rendererIdentity());
    assert.equal(disk.read(chart, "svg"), undefined);
    const drawn = await renderStatic(chart, ["svg", "png", "pdf"]);
    assert.equal(disk.read(chart, "svg"), drawn.svg);
    assert.deepEqual(disk.read(chart, "png"), drawn.png);
    assert.deepEqual(disk.read(chart, "pdf"), drawn.pdf);
    // Marked, the kept SVG tells whether the next service reads it or draws the chart again.
    const marked = (drawn.svg as string).replace("</svg>", "<!-- from the disk cache --></svg>");
    disk.write(chart, "svg", 2, marked);

    await stopRenderService();
    // The stopped service exits after closing; give it a moment to be gone from the process table.
    for (let tries = 0; serviceProcesses().length > 0 && tries < 50; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(serviceProcesses().length, 0);
    const answers = await Promise.all([plotly, vegaLite, chart, plotly, vegaLite].map((asked) => renderStatic(asked, ["svg"])));
    for (const answer of answers) assert.match(answer.svg as string, /^<svg/);
    assert.equal(answers[2]!.svg, marked);
    assert.equal(serviceProcesses().length, 1);

    const broken = { ...vegaLite, meta: { ...vegaLite.meta, id: `broken-${process.pid}` }, spec: { mark: "no-such-mark", data: { values: [] } } } as unknown as typeof vegaLite;
    await assert.rejects(renderStatic(broken, ["svg", "png", "pdf"]));
    for (const format of ["svg", "png", "pdf"] as const) assert.equal(disk.read(broken, format), undefined, format);
  });
});
