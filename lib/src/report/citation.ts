import type { Source } from "../datasets/tables";
import { formatDate, reportText, type Lang } from "../vocabulary";

/** A source as a reader of the language cites it: who, what, when (a date in the reader's words), where. */
export function citation(source: Source, lang: Lang): string {
  if (source.kind === "article_paragraph") {
    return reportText.articleCitation[lang].replace("{paragraph}", String(source.paragraph));
  }
  const published = source.published ? ` (${formatDate(source.published, lang)})` : "";
  const location = source.location ? ` ${source.location}` : "";
  return `${source.publisher}, “${source.title}”${published}.${location}`;
}
