import * as dfd from "danfojs-node";
import type { Dataset } from "../datasets/tables";
import { claimsFrame, sourcesFrame } from "../datasets/frames";
import { paragraphVerdictCounts, verdictOrder, verdictTally } from "./claim-counts";
import { sortedBy } from "./frame-ops";

/** Claims per verdict, in verdictOrder, with their share of all claims. */
export function verdictCounts(dataset: Dataset): dfd.DataFrame {
  const total = dataset.claims.length;
  const rows = verdictTally(dataset.claims).map(({ verdict, claims }) => [verdict, claims, Math.round((1000 * claims) / total) / 10]);
  return new dfd.DataFrame(rows, { columns: ["verdict", "claims", "percent"] });
}

/** Claims per article paragraph (every paragraph, 0 when none) and verdict: where in the article the problems are. */
export function verdictsByParagraph(dataset: Dataset): dfd.DataFrame {
  const counts = paragraphVerdictCounts(dataset);
  const paragraphs = [...new Set(counts.map((count) => count.paragraph))];
  const cell = (paragraph: number, verdict: string) => counts.find((count) => count.paragraph === paragraph && count.verdict === verdict)!.claims;
  return new dfd.DataFrame(
    paragraphs.map((paragraph) => [paragraph, ...verdictOrder.map((verdict) => cell(paragraph, verdict))]),
    { columns: ["paragraph", ...verdictOrder] },
  );
}

/** Every claim with its verdict and the title and publisher of the source that decides it. */
export function claimEvidence(dataset: Dataset): dfd.DataFrame {
  const claims = claimsFrame(dataset).loc({ columns: ["claim_id", "source_id", "text_ind", "text_en", "verdict", "evidence_source_id", "explanation_en", "confidence"] });
  const evidence = sourcesFrame(dataset)
    .loc({ columns: ["source_id", "title", "publisher"] })
    .rename({ source_id: "evidence_source_id", title: "evidence_title", publisher: "evidence_publisher" });
  const merged = dfd.merge({ left: claims, right: evidence, on: ["evidence_source_id"], how: "left" });
  return sortedBy(merged, ["source_id", "claim_id"]);
}
