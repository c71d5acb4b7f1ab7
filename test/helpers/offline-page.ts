import type { Browser, Page } from "playwright-core";

/**
 * Opens a local HTML file in Chromium with every request off the file system refused,
 * collecting console errors, page errors and the remote URLs the page tried to reach.
 */
export async function openOffline(browser: Browser, file: string): Promise<{ page: Page; errors: string[]; remote: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const remote: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    if (route.request().url().startsWith("file:")) return route.continue();
    remote.push(route.request().url());
    return route.abort();
  });
  await page.goto(`file://${file}`);
  return { page, errors, remote };
}
