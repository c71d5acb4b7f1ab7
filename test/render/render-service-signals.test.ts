// First: a disk cache of this test's own, read as config/paths loads, so that the service draws (with Chromium) what other tests drew.
import { ownCache } from "../helpers/own-cache";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import { after, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";
import { renderStatic } from "../../lib/src/render/service/client";
import { renderServicePids } from "../helpers/render-service-processes";
import { scratchFolder } from "../helpers/scratch-folder";

// A service of this test's own, with a TMPDIR of its own (the service inherits its starter's): what it leaves there is seen. A short
// name: Chromium refuses a TMPDIR whose socket path (…/org.chromium.Chromium.*/SingletonSocket) would exceed 107 bytes.
process.env.SYRIA_RENDERER_INSTANCE = `signals-${process.pid}`;
const serviceTmp = scratchFolder("s-");
process.env.TMPDIR = serviceTmp;

const dataset = loadDataset();
/** Plotly charts, a new one for each service: one already drawn would come from the disk cache, without Chromium. */
const plotlyCharts = [...allCharts(dataset, "en"), ...allCharts(dataset, "id")].filter((chart) => chart.library === "plotly");
const serviceProcesses = () => renderServicePids(`SYRIA_RENDERER_INSTANCE=${process.env.SYRIA_RENDERER_INSTANCE}`);
/** The processes whose environment holds this test's TMPDIR: the service and the Chromium it launched. */
function processesInTmp(): number[] {
  return fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return pid !== process.pid && fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`TMPDIR=${serviceTmp}`);
    } catch {
      return false;
    }
  });
}

describe("the render service, stopped by a signal", () => {
  after(() => fs.rmSync(ownCache, { recursive: true, force: true }));

  for (const [index, signal] of (["SIGTERM", "SIGINT", "SIGHUP"] as const).entries()) {
    it(`${signal}: closes its Chromium, which removes its scratch folders from TMPDIR`, async () => {
      // A Plotly chart: the service launches Chromium to draw it.
      assert.match((await renderStatic(plotlyCharts[index]!, ["svg"])).svg as string, /^<svg/);
      assert.ok(fs.readdirSync(serviceTmp).some((name) => name.startsWith("org.chromium.Chromium.")), "Chromium keeps a scratch folder while it runs");
      const [pid] = serviceProcesses();
      assert.ok(pid, "the service runs");
      process.kill(pid, signal);
      for (let tries = 0; processesInTmp().length > 0 && tries < 300; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.deepEqual(processesInTmp(), [], "the service and its Chromium are gone");
      assert.deepEqual(fs.readdirSync(serviceTmp).filter((name) => !/^tsx-\d+$/.test(name)), []);
    });
  }
});
