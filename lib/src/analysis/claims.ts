import * as dfd from "danfojs-node";
import type { Dataset } from "../datasets/tables";
import { VERDICTS } from "../datasets/tables";
import { claimsFrame, sourcesFrame } from "../datasets/frames";
import { frameRows, sortedBy } from "./frame-ops";

/** Claims per verdict, in the order supported → unverifiable, with their share of all claims. */
export function verdictCounts(dataset: Dataset): dfd.DataFrame {
  const grouped = frameRows<{ verdict: string; claim_id_count: number }>(claimsFrame(dataset).groupby(["verdict"]).agg({ claim_id: "count" }));
  const total = dataset.claims.length;
  const rows = VERDICTS.map((verdict) => {
    const count = grouped.find((row) => row.verdict === verdict)?.claim_id_count ?? 0;
    return [verdict, count, Math.round((1000 * count) / total) / 10];
  });
  return new dfd.DataFrame(rows, { columns: ["verdict", "claims", "percent"] });
}

/** Claims per paragraph and verdict: where in the article the problems are. */
export function verdictsByParagraph(dataset: Dataset): dfd.DataFrame {
  const paragraphOf = new Map(dataset.sources.map((source) => [source.source_id, source.paragraph]));
  const rows = dataset.claims.map((claim) => ({ paragraph: paragraphOf.get(claim.source_id) ?? 0, verdict: claim.verdict }));
  const table = rows.map((row) => [row.paragraph, row.verdict]);
  const frame = new dfd.DataFrame(table, { columns: ["paragraph", "verdict"] });
  const grouped = frameRows<{ paragraph: number; verdict: string; paragraph_count: number }>(frame.groupby(["paragraph", "verdict"]).agg({ paragraph: "count" }));
  const paragraphs = [...new Set(rows.map((row) => row.paragraph))].sort((a, b) => a - b);
  return new dfd.DataFrame(
    paragraphs.map((paragraph) => [paragraph, ...VERDICTS.map((verdict) => grouped.find((row) => row.paragraph === paragraph && row.verdict === verdict)?.paragraph_count ?? 0)]),
    { columns: ["paragraph", ...VERDICTS] },
  );
}

/** Every claim with its verdict and the title and publisher of the source that decides it. */
export function claimEvidence(dataset: Dataset): dfd.DataFrame {
  const claims = claimsFrame(dataset).loc({ columns: ["claim_id", "source_id", "text_id", "text_en", "verdict", "evidence_source_id", "explanation_en", "confidence"] });
  const evidence = sourcesFrame(dataset)
    .loc({ columns: ["source_id", "title", "publisher"] })
    .rename({ source_id: "evidence_source_id", title: "evidence_title", publisher: "evidence_publisher" });
  const merged = dfd.merge({ left: claims, right: evidence, on: ["evidence_source_id"], how: "left" });
  return sortedBy(merged, ["source_id", "claim_id"]);
}
