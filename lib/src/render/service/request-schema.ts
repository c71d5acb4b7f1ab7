import { z } from "zod";
import type { Request } from "./protocol";

/**
 * What the render service accepts: every request is read against these limits before anything
 * else looks at it. Anything the owner's own processes may send passes (the project's largest
 * chart is about 60 KB of JSON); a request beyond them is a mistake or an attack, and gets an
 * error reply naming the limit.
 */
export const requestLimits = {
  /** Bytes of one request line; a longer line closes the connection unread. */
  bytes: 16 * 1024 * 1024,
  /** Nesting of objects and arrays in a request (a chart's spec nests about 10 deep). */
  depth: 64,
  /** PNG pixels per SVG pixel. */
  pngScale: { min: 0.25, max: 8 },
  /** Characters of a chart id, a title, a table or source name. */
  text: 1000,
  /** Items of a list of names (tables, sources) and of a figure's traces. */
  items: 10_000,
} as const;

const staticFormat = z.enum(["svg", "png", "pdf"]);
const formats = z.array(staticFormat).min(1).max(3).refine((list) => new Set(list).size === list.length, "formats must not repeat");
const text = z.string().max(requestLimits.text);
const names = z.array(text).max(requestLimits.items);
const object = z.record(z.unknown());

const meta = z
  .object({
    id: text.min(1),
    title: z.object({ en: text, id: text }).partial().passthrough(),
    lang: z.enum(["en", "id"]),
    tables: names,
    sourceIds: names,
  })
  .passthrough();

const chart = z.discriminatedUnion("library", [
  z.object({ library: z.literal("plotly"), meta, figure: z.object({ data: z.array(object).max(requestLimits.items), layout: object, config: object.optional() }).strict() }).strict(),
  z.object({ library: z.literal("vega-lite"), meta, spec: object }).strict(),
]);

const request = z.discriminatedUnion("op", [
  z
    .object({
      op: z.literal("render"),
      chart,
      formats,
      pngScale: z.number().finite().min(requestLimits.pngScale.min).max(requestLimits.pngScale.max),
      prepare: z.array(staticFormat).max(3).optional(),
    })
    .strict(),
  z.object({ op: z.literal("ping") }).strict(),
  z.object({ op: z.literal("identity") }).strict(),
  z.object({ op: z.literal("stop") }).strict(),
]);

/** The deepest nesting of objects and arrays in `value`, walked without recursion (a deep value must not overflow the stack here). */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== "object" || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > requestLimits.depth) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The request in `line`, or an error saying what is wrong with it (never a throw). */
export function parseRequest(line: string): { ok: true; request: Request } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `the request is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (nestingDepth(value) > requestLimits.depth) return { ok: false, error: `the request nests deeper than ${requestLimits.depth} levels` };
  const parsed = request.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `invalid request: ${issue.path.join(".") || "(top level)"}: ${issue.message}` };
  }
  return { ok: true, request: parsed.data as unknown as Request };
}
