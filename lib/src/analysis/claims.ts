import type { Claim, Dataset } from "../datasets/tables";
import { claimsFrame, sourcesFrame } from "../datasets/frames";
import { frameOf, type Frame } from "../frames";
import { paragraphVerdictCounts, verdictOrder } from "./claim-counts";

/**
 * Claims per verdict, in verdictOrder, with their share of all claims: the chain notebook 05
 * shows in its analysis cell, verb for verb (test/notebooks/visible-analysis.test.ts compares
 * them). A verdict no claim got has no row.
 */
export function verdictCounts(claims: Frame<Pick<Claim, "claim_id" | "verdict">>) {
  return claims
    .groupby("verdict")
    .agg({ claims: ["claim_id", "count"] })
    .derive({ percent: (verdict) => Math.round((1000 * verdict.claims) / claims.length) / 10, order: (verdict) => verdictOrder.indexOf(verdict.verdict) })
    .sort("order")
    .select("verdict", "claims", "percent");
}

/** What {@link verdictCounts} returns: the table notebook 05 computes, which its chart and findings take. */
export type VerdictCounts = ReturnType<typeof verdictCounts>;

/** Claims per article paragraph (every paragraph, 0 when none) and verdict: where in the article the problems are. */
export function verdictsByParagraph(dataset: Dataset) {
  const counts = paragraphVerdictCounts(dataset);
  const paragraphs = [...new Set(counts.map((count) => count.paragraph))];
  const cell = (paragraph: number, verdict: string) => counts.find((count) => count.paragraph === paragraph && count.verdict === verdict)!.claims;
  const rows: Array<Record<string, number>> = paragraphs.map((paragraph) => ({ paragraph, ...Object.fromEntries(verdictOrder.map((verdict) => [verdict, cell(paragraph, verdict)])) }));
  return frameOf(rows, { columns: ["paragraph", ...verdictOrder], name: "verdicts_by_paragraph" });
}

/** Every claim with its verdict and the title and publisher of the source that decides it. */
export function claimEvidence(dataset: Dataset) {
  const claims = claimsFrame(dataset).select("claim_id", "source_id", "text_ind", "text_en", "verdict", "evidence_source_id", "explanation_en", "confidence");
  const evidence = sourcesFrame(dataset)
    .select("source_id", "title", "publisher")
    .rename({ source_id: "evidence_source_id", title: "evidence_title", publisher: "evidence_publisher" });
  return claims.merge(evidence, { on: "evidence_source_id", how: "left" }).sort(["source_id", "claim_id"]);
}
