import { articleParagraphs, paragraphVerdictCounts, verdictCounts, type VerdictCounts } from "../analysis";
import { claimsFrame } from "../datasets/frames";
import type { Claim, Dataset, Verdict } from "../datasets/tables";
import { labels, nouns, type Lang } from "../vocabulary";
import type { Finding } from "./finding";
import { both } from "./names";

function paragraphOf(dataset: Dataset, claim: Claim): number | null {
  return dataset.sources.find((source) => source.source_id === claim.source_id)?.paragraph ?? null;
}

/** A claim for prose: its English gloss, or its Indonesian text as written, with its paragraph. */
function claimText(dataset: Dataset, claim: Claim, lang: Lang): string {
  return `“${(lang === "en" ? claim.text_en : claim.text_ind).replace(/\.$/, "")}” (¶${paragraphOf(dataset, claim)})`;
}

/** How many claims, in how many paragraphs, and the verdicts (`counts`, as {@link verdictCounts} gives them); the unverifiable claims named. */
export function verdictFinding(dataset: Dataset, counts: VerdictCounts = verdictCounts(claimsFrame(dataset))): Finding {
  const tally = new Map(counts.rows().map((row) => [row.verdict, row.claims]));
  const paragraphs = articleParagraphs(dataset.sources).length;
  const withClaims = new Set(dataset.claims.map((claim) => claim.source_id)).size;
  const unverifiable = dataset.claims.filter((claim) => claim.verdict === "unverifiable");
  const text = (lang: Lang) => {
    const f = both[lang];
    const part = (verdict: Verdict) => {
      const n = tally.get(verdict) ?? 0;
      if (n > 0) return `${f.number(n)} ${labels.verdicts[verdict][lang]}`;
      return lang === "en" ? `none ${labels.verdicts[verdict].en}` : `tidak ada yang ${labels.verdicts[verdict].id}`;
    };
    const named = unverifiable.length ? ` (${f.list(unverifiable.map((claim) => claimText(dataset, claim, lang)))})` : "";
    return lang === "en"
      ? `The article makes ${f.count(dataset.claims.length, nouns.claim)} we could check in ${f.number(withClaims)} of its ${f.count(paragraphs, nouns.paragraph)}: **${f.list(["supported", "partly_supported", "contradicted", "unverifiable"].map((v) => part(v as Verdict)))}**${named}.`
      : `Artikel memuat ${f.count(dataset.claims.length, nouns.claim)} yang dapat diperiksa di ${f.number(withClaims)} dari ${f.count(paragraphs, nouns.paragraph)}: **${f.list(["supported", "partly_supported", "contradicted", "unverifiable"].map((v) => part(v as Verdict)))}**${named}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** The partly supported claims, each named: right in substance, wrong or incomplete in a detail their explanation gives. */
export function partlySupportedFinding(dataset: Dataset): Finding {
  const partly = dataset.claims.filter((claim) => claim.verdict === "partly_supported");
  const text = (lang: Lang) => {
    const f = both[lang];
    const list = partly.map((claim) => `\n- ${claimText(dataset, claim, lang)}`).join("");
    return lang === "en"
      ? `${f.count(partly.length, nouns.claim)} ${partly.length === 1 ? "is" : "are"} only partly supported: each is right in substance and wrong or incomplete in a detail that its explanation (table above) names:${list}`
      : `${f.count(partly.length, nouns.claim)} hanya didukung sebagian: masing-masing benar pada pokoknya, tetapi keliru atau tidak lengkap pada rincian yang disebut penjelasannya (tabel di atas):${list}`;
  };
  return { en: text("en"), id: text("id") };
}

/** The paragraph with the most claims that are not fully supported. */
export function weakestParagraphFinding(dataset: Dataset): Finding {
  const counts = paragraphVerdictCounts(dataset);
  const paragraphs = [...new Set(counts.map((row) => row.paragraph))].map((paragraph) => {
    const own = counts.filter((row) => row.paragraph === paragraph);
    const total = own.reduce((sum, row) => sum + row.claims, 0);
    const qualified = own.filter((row) => row.verdict !== "supported").reduce((sum, row) => sum + row.claims, 0);
    const partly = own.find((row) => row.verdict === "partly_supported")?.claims ?? 0;
    return { paragraph, total, qualified, partly };
  });
  const worst = paragraphs.reduce((a, b) => (b.qualified > a.qualified || (b.qualified === a.qualified && b.qualified / b.total > a.qualified / a.total) ? b : a));
  const { en, id } = both;
  return {
    en: `Paragraph ${worst.paragraph} holds the most qualified claims: ${en.number(worst.qualified)} of its ${en.count(worst.total, nouns.claim)} are not fully supported (${en.number(worst.partly)} partly supported).`,
    id: `Paragraf ${worst.paragraph} memuat klaim bermasalah terbanyak: ${id.number(worst.qualified)} dari ${id.count(worst.total, nouns.claim)} tidak sepenuhnya didukung (${id.number(worst.partly)} didukung sebagian).`,
  };
}

/**
 * The findings of notebook 05 (the article's claims, checked), in its order; the verdict
 * counts are `counts` (the notebook passes the table its analysis cell computed).
 */
export function claimsCheckFindings(dataset: Dataset, counts: VerdictCounts = verdictCounts(claimsFrame(dataset))): Finding[] {
  return [verdictFinding(dataset, counts), partlySupportedFinding(dataset), weakestParagraphFinding(dataset)];
}
