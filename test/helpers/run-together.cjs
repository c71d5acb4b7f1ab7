// Runs the test files named on its command line in this one process (test/run.mjs gives light
// files a process together): each file in a suite named after it, so that its top-level hooks
// (before, after) run for its own tests alone, and its report reads as its own.
const { describe } = require("node:test");
const { resolve } = require("node:path");

for (const file of process.argv.slice(2)) {
  describe(file, () => {
    require(resolve(file));
  });
}
