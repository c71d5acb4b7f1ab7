import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { notInlineMessage } from "./inline-only";
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

/**
 * A vega loader that refuses every file and URL (vega's own reads local files and fetches
 * URLs for `data.url` and image marks), and remembers what it refused: vega reports a failed
 * load as a warning and draws on without the data, which must be an error here.
 */
function inlineOnlyLoader(): { loader: vega.Loader; refused: string[] } {
  const refused: string[] = [];
  const refuse = async (uri: string): Promise<never> => {
    refused.push(uri);
    throw new Error(`${notInlineMessage} (the chart asks for "${uri}")`);
  };
  // An image given as a data: URI is inside the chart: its markup takes it as it is.
  const sanitize = async (uri: string) => (/^data:/i.test(uri) ? { href: uri } : refuse(uri));
  const loader = { ...vega.loader(), load: refuse, sanitize, http: refuse, file: refuse } as unknown as vega.Loader;
  return { loader, refused };
}

/** Renders a Vega-Lite spec to SVG markup with vega's headless view: no browser involved, and nothing loaded but what the spec holds. */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const { loader, refused } = inlineOnlyLoader();
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none", loader });
  try {
    const svg = await view.toSVG();
    if (refused.length > 0) throw new Error(`${notInlineMessage}: give the values in the spec (data.values) instead of "${refused[0]}"`);
    return normaliseVegaSvg(svg);
  } finally {
    view.finalize();
  }
}
