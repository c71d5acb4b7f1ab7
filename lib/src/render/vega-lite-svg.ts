import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { vegaTextWidth } from "./text-metrics";

// vega's own hook for text measurement where no canvas is available (untyped in vega-typings).
(vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;

/**
 * Vega numbers clip paths with a counter shared by every view of the process
 * (clip1, clip3 ...), so the same chart rendered twice would differ. Renumbering
 * them in order of appearance makes the SVG depend on the chart alone.
 */
export function normaliseVegaSvg(svg: string): string {
  const renamed = new Map<string, string>();
  return svg.replace(/\bclip\d+\b/g, (id) => {
    if (!renamed.has(id)) renamed.set(id, `clip${renamed.size + 1}`);
    return renamed.get(id)!;
  });
}

/** Renders a Vega-Lite spec to SVG markup with vega's headless view: no browser involved. */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return normaliseVegaSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}
