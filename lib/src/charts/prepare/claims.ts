import type { ChartData, ClaimRow, Verdict } from "../rows";

/** Verdicts in the order the charts list them: from holds up to cannot be checked. */
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

/** Claims per verdict, every verdict listed (0 when none), in verdictOrder: analysis/claims.ts verdictCounts on plain rows. */
export function verdictTally(claims: readonly Pick<ClaimRow, "verdict">[]): VerdictCount[] {
  return verdictOrder.map((verdict) => ({ verdict, claims: claims.filter((claim) => claim.verdict === verdict).length }));
}

/** The article's paragraph numbers, 1 to the last paragraph the sources list. */
export function articleParagraphs(sources: ChartData["sources"]): number[] {
  const last = Math.max(0, ...sources.flatMap((source) => (source.kind === "article_paragraph" && source.paragraph !== null ? [source.paragraph] : [])));
  return Array.from({ length: last }, (_, index) => index + 1);
}

/**
 * Claims per paragraph and verdict, every paragraph of the article × every
 * verdict (0 when none): analysis/claims.ts verdictsByParagraph on plain rows.
 * A claim's paragraph is that of its source_id (an article paragraph).
 */
export function paragraphVerdictCounts(data: Pick<ChartData, "claims" | "sources">): ParagraphVerdictCount[] {
  const paragraphOf = new Map(data.sources.map((source) => [source.source_id, source.paragraph]));
  return articleParagraphs(data.sources).flatMap((paragraph) => {
    const ofParagraph = data.claims.filter((claim) => paragraphOf.get(claim.source_id) === paragraph);
    return verdictTally(ofParagraph).map((count) => ({ paragraph, ...count }));
  });
}

/** The sources behind the claims: the paragraphs making them and the sources deciding the verdicts. */
export function claimSourceRows(claims: readonly ClaimRow[]): Array<{ source_id: string }> {
  return claims.flatMap((claim) => [{ source_id: claim.source_id }, ...(claim.evidence_source_id ? [{ source_id: claim.evidence_source_id }] : [])]);
}
