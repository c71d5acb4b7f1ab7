import type { ClaimRow } from "../rows";

/** The sources behind the claims: the paragraphs making them and the sources deciding the verdicts. */
export function claimSourceRows(claims: readonly ClaimRow[]): Array<{ source_id: string }> {
  return claims.flatMap((claim) => [{ source_id: claim.source_id }, ...(claim.evidence_source_id ? [{ source_id: claim.evidence_source_id }] : [])]);
}
