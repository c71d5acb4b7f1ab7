import type { VegaLiteChart } from "../../lib/src/vocabulary";

/** Every value of `key` anywhere inside a spec (marks, fields, scales...). */
export function collect(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => collect(item, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [...(k === key ? [v] : []), ...collect(v, key)]);
  }
  return [];
}

/** The spec's mark types, sorted, once per mark (a layered chart may repeat a type). */
export function markTypes(chart: VegaLiteChart): string[] {
  return collect(chart.spec, "mark").map((mark) => (typeof mark === "string" ? mark : (mark as { type: string }).type)).sort();
}

export function fields(chart: VegaLiteChart): Set<string> {
  return new Set(collect(chart.spec, "field") as string[]);
}
