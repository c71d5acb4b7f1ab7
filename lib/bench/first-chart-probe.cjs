// Loaded into the kernel by `npm run bench:first-chart` (NODE_OPTIONS), never by the product:
// notes, in the file BENCH_FIRST_CHART_PROBE, when the measured cell's compiled code starts
// running (so that tslab's compile is told apart from the cell's own work) and when show()
// asks the render thread for the static image (building the chart is done by then).
"use strict";
const fs = require("node:fs");
const file = process.env.BENCH_FIRST_CHART_PROBE;
if (file && process.argv.some((arg) => /[/\\]tslab[/\\]bin[/\\]tslab$/.test(arg))) {
  const note = (event) => fs.appendFileSync(file, `${event} ${Date.now()}\n`);
  const vm = require("node:vm");
  const runInThisContext = vm.runInThisContext;
  vm.runInThisContext = function (code, ...rest) {
    if (typeof code === "string" && code.includes("talkRoundsTimelinePlotlyChart(")) note("cell-code-starts");
    return runInThisContext.call(this, code, ...rest);
  };
  const { Worker } = require("node:worker_threads");
  const postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && typeof message === "object" && "chart" in message) note("image-asked");
    return postMessage.call(this, message, ...rest);
  };
}
