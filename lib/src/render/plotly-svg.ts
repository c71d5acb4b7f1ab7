import type { Browser, Page } from "playwright-core";
import { vendorScripts } from "../config/paths";
import type { PlotlyFigure } from "../vocabulary";
import { notInlineMessage } from "./inline-only";

/** Default size of a Plotly figure whose layout gives none. */
const defaultPlotlySize = { width: 900, height: 600 } as const;

/** The page's address: a name that resolves nowhere, answered by the page's own route handler. */
const pageOrigin = "http://plotly-renderer.invalid";
const pageUrl = `${pageOrigin}/`;
const scriptUrl = `${pageOrigin}/plotly.min.js`;

/**
 * The page runs plotly.js and nothing else: its one script, no inline script, styles inline
 * (Plotly writes its own), images and fonts only as data: URIs. Anything else a figure asks
 * for (a layout image from a URL, a map's topojson) is refused by this policy or by the route
 * handler, and the render fails saying so.
 */
const contentSecurityPolicy = `default-src 'none'; script-src ${scriptUrl}; style-src 'unsafe-inline'; img-src data: blob:; font-src data:`;

interface PlotlyPage {
  page: Page;
  /** URLs the page asked for and was refused since the last render began. */
  refused: string[];
}

const pages = new WeakMap<Browser, Promise<PlotlyPage>>();

/**
 * A blank page of `browser` with the Plotly bundle loaded, created once per browser and reused.
 * Nothing is written to disk: the page and the bundle are served from memory and from the
 * package by a route that aborts every other request.
 */
export function plotlyPage(browser: Browser): Promise<PlotlyPage> {
  let page = pages.get(browser);
  if (!page) {
    page = (async () => {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const refused: string[] = [];
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url === pageUrl) return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "Content-Security-Policy": contentSecurityPolicy }, body: pageHtml });
        if (url === scriptUrl) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", path: vendorScripts.plotly });
        refused.push(url);
        return route.abort("blockedbyclient");
      });
      const created = await context.newPage();
      await created.goto(pageUrl);
      if (!(await created.evaluate(() => "Plotly" in globalThis))) throw new Error(`plotly.js did not load from ${vendorScripts.plotly}`);
      // Requests the policy blocks never reach the route: the page's violation reports name them.
      await created.evaluate(() => {
        const blocked: string[] = [];
        (globalThis as unknown as { blockedByPolicy: string[] }).blockedByPolicy = blocked;
        document.addEventListener("securitypolicyviolation", (event) => blocked.push(event.blockedURI || event.violatedDirective));
      });
      return { page: created, refused };
    })();
    pages.set(browser, page);
    // A page that failed to load Plotly is not kept: the next call tries again.
    page.catch(() => pages.delete(browser));
  }
  return page;
}

const pageHtml = `<!doctype html>\n<meta charset="utf-8">\n<script src="${scriptUrl}"></script>\n`;

/** The figure's size in CSS pixels, from its layout or the default. */
function plotlySize(figure: PlotlyFigure): { width: number; height: number } {
  const { width, height } = figure.layout as { width?: number; height?: number };
  return { width: width ?? defaultPlotlySize.width, height: height ?? defaultPlotlySize.height };
}

/** Renders a Plotly figure to SVG markup with Plotly.toImage inside `browser`. */
export async function renderPlotlySvg(browser: Browser, figure: PlotlyFigure): Promise<string> {
  const { page, refused } = await plotlyPage(browser);
  refused.length = 0;
  await page.evaluate(() => {
    (globalThis as unknown as { blockedByPolicy: string[] }).blockedByPolicy.length = 0;
  });
  const size = plotlySize(figure);
  // Traces without a uid get a random one, written into their SVG class names.
  const stable = { ...figure, data: figure.data.map((trace, index) => ({ uid: `trace-${index}`, ...trace })) };
  const svg = await page.evaluate(
    async ({ figure, size }) => {
      const plotly = (globalThis as unknown as { Plotly: { toImage(f: unknown, o: unknown): Promise<string> } }).Plotly;
      const dataUrl = await plotly.toImage(figure, { format: "svg", ...size });
      // Plotly sets some attributes in a different order on a page's first plot than on
      // later ones: sorting every element's attributes makes the markup independent of it.
      const doc = new DOMParser().parseFromString(decodeURIComponent(dataUrl.slice(dataUrl.indexOf(",") + 1)), "image/svg+xml");
      // Plotly names its defs, clip paths, gradients and patterns after a random per-plot uid
      // (`defs-3fa9c2`, `clip3fa9c2xyplot`). Renaming it in the attributes that hold ids and
      // references, and nowhere else, keeps a number in a path or a label that happens to
      // contain the same six characters intact.
      const uid = /^defs-(.+)$/.exec(doc.querySelector("defs[id^='defs-']")?.id ?? "")?.[1];
      const holdsIds = new Set(["id", "class", "href", "xlink:href", "clip-path", "mask", "filter", "fill", "stroke", "style"]);
      for (const element of Array.from(doc.documentElement.querySelectorAll("*"))) {
        const attributes = Array.from(element.attributes)
          .map((attribute) => ({
            namespace: attribute.namespaceURI,
            name: attribute.name,
            value: uid && holdsIds.has(attribute.name) ? attribute.value.split(uid).join("plotly") : attribute.value,
          }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const attribute of attributes) element.removeAttributeNS(attribute.namespace, attribute.name.split(":").pop() as string);
        for (const attribute of attributes) element.setAttributeNS(attribute.namespace, attribute.name, attribute.value);
      }
      return new XMLSerializer().serializeToString(doc);
    },
    { figure: stable, size },
  );
  // Violation reports are queued as tasks: one more turn of the page's event loop delivers them.
  const blocked = await page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve((globalThis as unknown as { blockedByPolicy: string[] }).blockedByPolicy), 0)));
  const asked = [...refused, ...blocked];
  if (asked.length > 0) throw new Error(`${notInlineMessage}: the figure asks for "${asked[0]}" (give images as data: URIs)`);
  return svg;
}
