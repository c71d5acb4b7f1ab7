import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { closeRenderer, getSharedBrowser, launchBrowser, MissingChromiumError } from "../../lib/src/render";

describe("headless Chromium", () => {
  it("a missing Chromium names the Debian package to install", async () => {
    await assert.rejects(launchBrowser("/nonexistent/chromium"), (error: unknown) => {
      assert.ok(error instanceof MissingChromiumError);
      assert.match(error.message, /apt-get install chromium/);
      return true;
    });
  });

  it("the shared browser is launched once, reused, and closed on demand", async () => {
    const first = await getSharedBrowser();
    assert.equal(await getSharedBrowser(), first);
    await closeRenderer();
    assert.equal(first.isConnected(), false);
    await closeRenderer();
  });
});
