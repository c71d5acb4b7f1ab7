import { createHash } from "node:crypto";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { vendorScripts } from "../config/paths";
import { writeFileAtomic } from "../files/atomic-write";
import type { PlotlyFigure } from "../vocabulary";

/** Default size of a Plotly figure whose layout gives none. */
const defaultPlotlySize = { width: 900, height: 600 } as const;

const pages = new WeakMap<Browser, Promise<Page>>();

/** A blank page of `browser` with the Plotly bundle loaded, created once per browser and reused. */
export function plotlyPage(browser: Browser): Promise<Page> {
  let page = pages.get(browser);
  if (!page) {
    page = (async () => {
      const context = await browser.newContext({ offline: true });
      const created = await context.newPage();
      await created.goto(pathToFileURL(plotlyPageFile()).href);
      if (!(await created.evaluate(() => "Plotly" in globalThis))) throw new Error(`plotly.js did not load from ${vendorScripts.plotly}`);
      return created;
    })();
    pages.set(browser, page);
    // A page that failed to load Plotly is not kept: the next call tries again.
    page.catch(() => pages.delete(browser));
  }
  return page;
}

/**
 * A blank page that loads plotly.js from disk by a script tag. Chromium parses the 3.5 MB
 * bundle as it streams in: about a third faster than injecting it with addScriptTag, which
 * is most of the render service's start. Kept in the temporary folder, named after the bundle.
 */
function plotlyPageFile(): string {
  const script = pathToFileURL(vendorScripts.plotly).href;
  const file = path.join(os.tmpdir(), `syria-coalitions-plotly-${createHash("sha256").update(script).digest("hex").slice(0, 12)}.html`);
  writeFileAtomic(file, `<!doctype html>\n<meta charset="utf-8">\n<script src="${script}"></script>\n`);
  return file;
}

/** The figure's size in CSS pixels, from its layout or the default. */
function plotlySize(figure: PlotlyFigure): { width: number; height: number } {
  const { width, height } = figure.layout as { width?: number; height?: number };
  return { width: width ?? defaultPlotlySize.width, height: height ?? defaultPlotlySize.height };
}

/** Renders a Plotly figure to SVG markup with Plotly.toImage inside `browser`. */
export async function renderPlotlySvg(browser: Browser, figure: PlotlyFigure): Promise<string> {
  const page = await plotlyPage(browser);
  const size = plotlySize(figure);
  // Traces without a uid get a random one, written into their SVG class names.
  const stable = { ...figure, data: figure.data.map((trace, index) => ({ uid: `trace-${index}`, ...trace })) };
  return page.evaluate(
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
}
