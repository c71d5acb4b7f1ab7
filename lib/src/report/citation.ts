import type { Source } from "../datasets/tables";

/** A source as a reader cites it: who, what, when, where. */
export function citation(source: Source): string {
  if (source.kind === "article_paragraph") {
    return `Article (Indonesian commentary, 2017), paragraph ${source.paragraph}`;
  }
  const published = source.published ? ` (${source.published})` : "";
  const location = source.location ? ` ${source.location}` : "";
  return `${source.publisher}, “${source.title}”${published}.${location}`;
}
