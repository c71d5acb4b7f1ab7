import { ownCache } from "../helpers/own-cache";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { allCharts } from "../../lib/src/charts";
import { headlessKernelVariable } from "../../lib/src/config/headless-kernel";
import { loadDataset } from "../../lib/src/datasets";
import { show } from "../../lib/src/display/show";
import { stopRenderService } from "../../lib/src/render/service/client";
import type { PlotlyChart } from "../../lib/src/vocabulary";
import { renderServicePids } from "../helpers/render-service-processes";

// A cold service of this test's own: nothing drawn before, in a cache of its own (helpers/own-cache).
process.env.SYRIA_RENDERER_INSTANCE = `first-chart-${process.pid}`;

const plotly = allCharts(loadDataset()).find((chart): chart is PlotlyChart => chart.library === "plotly")!;

interface Sent {
  data: Record<string, string | object>;
  transient: { display_id?: string };
  update: boolean;
}

/**
 * What show() sends to the kernel's tslab (its cell's display_data writer, which tslab keeps in
 * dist/jupyter.js while a cell runs): the messages themselves, as Jupyter would get them.
 */
function capture(): { sent: Sent[]; release(): void } {
  const sent: Sent[] = [];
  const file = path.join(os.tmpdir(), "node_modules", "tslab", "dist", "jupyter.js");
  const write = (content: { data: Sent["data"]; transient: Sent["transient"] }, update: boolean) => sent.push({ data: content.data, transient: content.transient, update });
  require.cache[file] = { exports: { lastWriteDisplayData: write } } as NodeJS.Module;
  return { sent, release: () => delete require.cache[file] };
}

describe("show() in an interactive kernel with a cold render service", () => {
  before(stopRenderService);
  after(async () => {
    await stopRenderService();
    for (let tries = 0; renderServicePids(`SYRIA_RENDERER_INSTANCE=${process.env.SYRIA_RENDERER_INSTANCE}`).length > 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    fs.rmSync(ownCache, { recursive: true, force: true });
  });

  it("sends the interactive chart at once, then replaces that output with one holding the static image", async () => {
    const { sent, release } = capture();
    try {
      show(plotly);
      assert.equal(sent.length, 1);
      const [first] = sent;
      assert.equal(first!.update, false);
      assert.ok(first!.transient.display_id);
      assert.equal(first!.data["image/svg+xml"], undefined, "no image yet: the service is starting");
      assert.match(first!.data["text/html"] as string, /<script/);
      assert.ok(first!.data["application/vnd.plotly.v1+json"]);

      for (let waited = 0; sent.length < 2 && waited < 120_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(sent.length, 2, "the image follows");
      const [, update] = sent;
      assert.equal(update!.update, true);
      assert.equal(update!.transient.display_id, first!.transient.display_id);
      assert.match(update!.data["image/svg+xml"] as string, /^<svg/);
      assert.match(update!.data["text/html"] as string, /<img src="data:image\/svg\+xml,/);
    } finally {
      release();
    }
  });

  it("in the runner's kernels, waits for the image and sends one whole output (the saved notebook needs it)", () => {
    const { sent, release } = capture();
    try {
      process.env[headlessKernelVariable] = "1";
      show({ ...plotly, meta: { ...plotly.meta, id: "not-drawn-before" }, figure: { ...plotly.figure, layout: { ...plotly.figure.layout, width: 640 } } });
    } finally {
      delete process.env[headlessKernelVariable];
      release();
    }
    assert.equal(sent.length, 1);
    for (const output of sent) {
      assert.equal(output.update, false);
      assert.match(output.data["image/svg+xml"] as string, /^<svg/);
    }
  });
});
