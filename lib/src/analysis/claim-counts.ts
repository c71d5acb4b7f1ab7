import type { Claim, Source, Verdict } from "../datasets/tables";

/** Verdicts from "holds up" to "cannot be checked": the order of every table and chart of verdicts. */
export const verdictOrder: readonly Verdict[] = ["supported", "partly_supported", "contradicted", "unverifiable"];

/** How many of the article's claims got one verdict. */
export interface VerdictCount {
  verdict: Verdict;
  claims: number;
}

/** How many claims of one paragraph got one verdict. */
export interface ParagraphVerdictCount extends VerdictCount {
  paragraph: number;
}

/** Claims per verdict, every verdict listed (0 when none), in verdictOrder. */
export function verdictTally(claims: ReadonlyArray<Pick<Claim, "verdict">>): VerdictCount[] {
  return verdictOrder.map((verdict) => ({ verdict, claims: claims.filter((claim) => claim.verdict === verdict).length }));
}

/** The article's paragraph numbers, 1 to the last paragraph the sources list. */
export function articleParagraphs(sources: ReadonlyArray<Pick<Source, "kind" | "paragraph">>): number[] {
  const last = Math.max(0, ...sources.flatMap((source) => (source.kind === "article_paragraph" && source.paragraph !== null ? [source.paragraph] : [])));
  return Array.from({ length: last }, (_, index) => index + 1);
}

/**
 * Claims per paragraph and verdict, every paragraph of the article × every verdict
 * (0 when none). A claim's paragraph is that of its source_id (an article paragraph).
 */
export function paragraphVerdictCounts(data: {
  claims: ReadonlyArray<Pick<Claim, "verdict" | "source_id">>;
  sources: ReadonlyArray<Pick<Source, "source_id" | "kind" | "paragraph">>;
}): ParagraphVerdictCount[] {
  const paragraphOf = new Map(data.sources.map((source) => [source.source_id, source.paragraph]));
  return articleParagraphs(data.sources).flatMap((paragraph) => {
    const ofParagraph = data.claims.filter((claim) => paragraphOf.get(claim.source_id) === paragraph);
    return verdictTally(ofParagraph).map((count) => ({ paragraph, ...count }));
  });
}

/** The sources behind the claims: the paragraphs making them and the sources deciding the verdicts. */
export function claimSourceIds(claims: ReadonlyArray<Pick<Claim, "source_id" | "evidence_source_id">>): string[] {
  return [...new Set(claims.flatMap((claim) => [claim.source_id, ...(claim.evidence_source_id ? [claim.evidence_source_id] : [])]))].sort();
}
