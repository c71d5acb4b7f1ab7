import type { Lang } from "../vocabulary";
import { labels } from "../vocabulary";
import type { ChartData } from "./data";

/** Longest source line before it wraps, in characters (fits a 900 px chart at 11 px). */
const maxLineLength = 150;

/**
 * The distinct, sorted source ids of the rows a chart shows.
 */
export function collectSourceIds(...rowSets: ReadonlyArray<ReadonlyArray<{ source_id: string }>>): string[] {
  return [...new Set(rowSets.flatMap((rows) => rows.map((row) => row.source_id)))].sort();
}

/**
 * "Sources: article ¶4, ¶11; Publisher; …" wrapped into lines: the article's
 * paragraphs first, then each external reference's publisher once.
 */
export function sourceLines(sourceIds: readonly string[], sources: ChartData["sources"], lang: Lang): string[] {
  const shown = sources.filter((source) => sourceIds.includes(source.source_id));
  const paragraphs = shown
    .filter((source) => source.kind === "article_paragraph" && source.paragraph !== null)
    .map((source) => source.paragraph as number)
    .sort((a, b) => a - b);
  const publishers = [...new Set(shown.filter((source) => source.kind === "external_reference").map((source) => source.publisher))].sort();
  const parts = [
    ...(paragraphs.length ? [labels.articleParagraphs[lang] + paragraphs.join(", ¶")] : []),
    ...publishers,
  ];
  return wrap(`${labels.sources[lang]}: ${parts.join("; ")}`, maxLineLength);
}

/** Greedy wrap at "; " boundaries, so a publisher's name is never split. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of text.split("; ")) {
    const candidate = line ? `${line}; ${piece}` : piece;
    // + 1: a line that wraps ends with the ";".
    if (line && candidate.length + 1 > width) {
      lines.push(`${line};`);
      line = piece;
    } else {
      line = candidate;
    }
  }
  return [...lines, line];
}
