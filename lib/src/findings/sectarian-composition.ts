import { actorPlacements, compareSectMatch, compositionSpread, coreDifference, groupEstimates, testSunniArabMajority, warPeriod, type CompositionSpread } from "../analysis";
import type { Dataset } from "../datasets/tables";
import { labels, localName, nouns, type Lang } from "../vocabulary";
import type { Finding } from "./finding";
import { actorName, both, campInSentence, sectLed } from "./names";

function groupName(dataset: Dataset, groupId: string, lang: Lang): string {
  const group = dataset.populationGroups.find((candidate) => candidate.group_id === groupId);
  return group ? localName(group, lang) : groupId;
}

/** The religious groups' shares: Sunni Muslims and Alawites, and the religious group the sources disagree on most. */
export function religionFinding(dataset: Dataset, spread: CompositionSpread = compositionSpread(dataset)): Finding {
  const sunni = groupEstimates(dataset, "sunni_muslim");
  const alawite = groupEstimates(dataset, "alawite");
  const religious = spread.rows().filter((row) => row.dimension === "religion" && row.estimates > 1);
  const widest = groupEstimates(dataset, religious.reduce((a, b) => (b.spread_pct > a.spread_pct ? b : a)).group_id);
  const text = (lang: Lang) => {
    const f = both[lang];
    const years = (list: number[]) => f.list(list.map(String));
    return lang === "en"
      ? `**Religion.** ${groupName(dataset, "sunni_muslim", lang)} are ${f.percentRange(sunni.low.pct, sunni.high.pct)} in every source (${f.count(sunni.sources, nouns.source)}, ${f.number(sunni.factbookCopies)} of which repeat the CIA World Factbook's figures, as their notes say), ${groupName(dataset, "alawite", lang)} ${f.percentRange(alawite.low.pct, alawite.high.pct)}. ${groupName(dataset, widest.group_id, lang)} are where sources disagree most among religious groups: ${f.percent(widest.high.pct)} in the estimates for ${years(widest.high.years)}, ${f.percent(widest.low.pct)} in those for ${years(widest.low.years)}.`
      : `**Agama.** ${groupName(dataset, "sunni_muslim", lang)} berjumlah ${f.percentRange(sunni.low.pct, sunni.high.pct)} di semua sumber (${f.count(sunni.sources, nouns.source)}, ${f.number(sunni.factbookCopies)} di antaranya mengulang angka CIA World Factbook, menurut catatannya), ${groupName(dataset, "alawite", lang)} ${f.percentRange(alawite.low.pct, alawite.high.pct)}. Sumber paling berbeda di antara kelompok agama mengenai ${groupName(dataset, widest.group_id, lang)}: ${f.percent(widest.high.pct)} dalam perkiraan untuk ${years(widest.high.years)}, ${f.percent(widest.low.pct)} dalam perkiraan untuk ${years(widest.low.years)}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** The article's claim that most Syrians are Sunni Arabs (paragraph 5), before the war and at the latest estimate. */
export function sunniArabFinding(dataset: Dataset, spread: CompositionSpread = compositionSpread(dataset)): Finding {
  const test = testSunniArabMajority(dataset);
  const groups = spread.rows();
  const own = groups.find((row) => row.group_id === "sunni_arab")!;
  const widestOfAll = groups.every((row) => row.spread_pct <= own.spread_pct);
  const low = Math.min(...test.direct.map((row) => row.low));
  const high = Math.max(...test.direct.map((row) => row.high));
  const warYear = Number(warPeriod.from.slice(0, 4));
  const prewar = test.direct.filter((row) => row.year < warYear);
  const prewarHolds = test.implied.low > 50 || (prewar.some((row) => row.low > 50) && !prewar.some((row) => row.high < 50));
  const latest = test.direct.at(-1)!;
  const latestIs = latest.low > 50 ? "majority" : latest.high < 50 ? "minority" : "straddling";
  const text = (lang: Lang) => {
    const f = both[lang];
    const estimate = (row: (typeof test.direct)[number]) => `${f.percentRange(row.low, row.high)} (${row.year})`;
    const majorities = test.direct.filter((row) => row.low > 50).map(estimate);
    const straddling = test.direct.filter((row) => row.low <= 50 && row.high >= 50).map(estimate);
    const minorities = test.direct.filter((row) => row.high < 50).map(estimate);
    if (lang === "en") {
      const kinds = [
        majorities.length ? `${f.list(majorities)} ${majorities.length === 1 ? "is a clear majority" : "are clear majorities"}` : "",
        straddling.length ? `${f.list(straddling)} straddle${straddling.length === 1 ? "s" : ""} 50 %` : "",
        minorities.length ? `${f.list(minorities)} ${minorities.length === 1 ? "is a minority" : "are minorities"}` : "",
      ].filter(Boolean);
      const verdict = `The article's claim ${prewarHolds ? "holds" : "does not hold"} for pre-war Syria${latest.year >= warYear ? ` and ${latestIs === "majority" ? "still holds" : latestIs === "minority" ? "fails" : "is borderline"} for the population of ${latest.year}` : ""}.`;
      return `**Sunni Arabs.** Direct estimates run from ${f.percent(low)} to ${f.percent(high)} (spread ${f.count(own.spread_pct, nouns.point)}${widestOfAll ? ", the widest of any group" : ""}): ${f.list(kinds)}. The Sunni and Arab shares alone imply at least ${f.percent(test.implied.low)}. ${verdict}`;
    }
    const kinds = [
      majorities.length ? `${f.list(majorities)} jelas mayoritas` : "",
      straddling.length ? `${f.list(straddling)} berada di sekitar 50%` : "",
      minorities.length ? `${f.list(minorities)} minoritas` : "",
    ].filter(Boolean);
    const verdict = `Klaim artikel ${prewarHolds ? "berlaku" : "tidak berlaku"} untuk Suriah sebelum perang${latest.year >= warYear ? ` dan ${latestIs === "majority" ? "masih berlaku" : latestIs === "minority" ? "tidak berlaku" : "meragukan"} untuk penduduk tahun ${latest.year}` : ""}.`;
    return `**Arab Sunni.** Perkiraan langsung berkisar dari ${f.percent(low)} sampai ${f.percent(high)} (selisih ${f.count(own.spread_pct, nouns.point)}${widestOfAll ? ", terlebar dari semua kelompok" : ""}): ${f.list(kinds)}. Porsi Sunni dan Arab saja sudah menyiratkan sedikitnya ${f.percent(test.implied.low)}. ${verdict}`;
  };
  return { en: text("en"), id: text("id") };
}

/** The share of Syrians who share a sect with the Russia-led camp's core, with the article's membership and with the reference sources'. */
export function sectVersusCoalitionFinding(dataset: Dataset, campId = "russia_led"): Finding {
  const row = compareSectMatch(dataset).find((candidate) => candidate.camp_id === campId);
  if (!row) throw new Error(`camp ${campId} has core members in only one perspective`);
  const { articleOnly } = coreDifference(dataset, campId);
  const referenceSects = new Set(row.reference_sects.split(";"));
  const decisive = articleOnly.filter((member) => !referenceSects.has(member.sect));
  const referenceRoles = [...new Set(actorPlacements(dataset).filter((p) => articleOnly.some((m) => m.actor_id === p.actor_id)).flatMap((p) => p.reference.filter((r) => r.camp_id === campId).map((r) => r.role)))];
  const text = (lang: Lang) => {
    const f = both[lang];
    const names = (members: typeof articleOnly) => f.list(members.map((member) => actorName(dataset, member.actor_id, lang)));
    const camp = campInSentence(dataset, campId, lang);
    const roles = f.list(referenceRoles.map((role) => (lang === "en" ? nouns[role].en[articleOnly.length === 1 ? 0 : 1] : nouns[role].id)));
    const because = decisive.length
      ? lang === "en"
        ? `, because ${f.list(decisive.map((m) => `${actorName(dataset, m.actor_id, lang)} is ${sectLed(m.sect, lang)}`))}`
        : `, karena ${f.list(decisive.map((m) => `${actorName(dataset, m.actor_id, lang)} ${sectLed(m.sect, lang)}`))}`
      : "";
    const stronger = row.reference_high_pct < row.article_low_pct;
    if (lang === "en") {
      return `**Sect versus coalition.** With the article's own membership (${names(articleOnly)} inside), the core of ${camp} shares a sect with ${f.percentRange(row.article_low_pct, row.article_high_pct)} of Syrians${because}. With the reference sources' membership (${names(articleOnly)} ${roles.length ? `${roles}, not members` : "outside"}), ${stronger ? "only " : ""}**${f.percentRange(row.reference_low_pct, row.reference_high_pct)}** do (${f.list(row.reference_sects.split(";").map((sect) => sectLed(sect as keyof typeof labels.sects, lang)))} members).${stronger ? " The article's sectarian argument is in fact stronger than its own camp list allows." : ""}`;
    }
    return `**Mazhab versus koalisi.** Dengan keanggotaan menurut artikel sendiri (${names(articleOnly)} di dalamnya), inti ${camp} semazhab dengan ${f.percentRange(row.article_low_pct, row.article_high_pct)} penduduk Suriah${because}. Dengan keanggotaan menurut sumber rujukan (${names(articleOnly)} ${roles.length ? `sebagai ${roles}, bukan anggota` : "di luar"}), ${stronger ? "hanya " : ""}**${f.percentRange(row.reference_low_pct, row.reference_high_pct)}** yang semazhab (anggota ${f.list(row.reference_sects.split(";").map((sect) => sectLed(sect as keyof typeof labels.sects, lang)))}).${stronger ? " Argumen sektarian artikel justru lebih kuat daripada yang dimungkinkan oleh daftar kubunya sendiri." : ""}`;
  };
  return { en: text("en"), id: text("id") };
}

/** The findings of notebook 02 (sectarian and ethnic composition), in its order. */
export function sectarianCompositionFindings(dataset: Dataset, spread: CompositionSpread = compositionSpread(dataset)): Finding[] {
  return [religionFinding(dataset, spread), sunniArabFinding(dataset, spread), sectVersusCoalitionFinding(dataset)];
}
