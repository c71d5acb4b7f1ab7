import { attendanceByProcess, roundDetails, roundSchedule, roundsPerYear, scheduleSummary, yearRounds, type RoundsPerYear, type ScheduleSummary } from "../analysis";
import type { Dataset } from "../datasets/tables";
import { labels, nouns, type Lang } from "../vocabulary";
import type { Finding } from "./finding";
import { actorName, both } from "./names";

/** The year the tracks met most, and how often they met in any other year, from `perYear` (as {@link roundsPerYear} gives it). */
export function busiestYearFinding(dataset: Dataset, perYear: RoundsPerYear = roundsPerYear(dataset)): Finding {
  const years = yearRounds(perYear);
  const busiest = years.reduce((a, b) => (b.total > a.total ? b : a));
  const othersMax = Math.max(0, ...years.filter((row) => row.year !== busiest.year).map((row) => row.total));
  const { en, id } = both;
  return {
    en: `${busiest.year} was the busiest year of talks: **${en.count(busiest.total, nouns.round)}**, ${en.number(busiest.astana)} at Astana and ${en.number(busiest.geneva)} at Geneva; in no other year did the two tracks together meet more than ${en.count(othersMax, nouns.time)}.`,
    id: `${busiest.year} adalah tahun perundingan tersibuk: **${id.count(busiest.total, nouns.round)}**, ${id.number(busiest.astana)} di Astana dan ${id.number(busiest.geneva)} di Jenewa; pada tahun lain mana pun kedua jalur bersama-sama tidak bertemu lebih dari ${id.count(othersMax, nouns.time)}.`,
  };
}

/** How long the rounds of each track lasted and how far apart they were. */
export function durationFinding(dataset: Dataset, perTrack: ScheduleSummary = scheduleSummary(roundSchedule(dataset))): Finding {
  const summary = new Map(perTrack.rows().map((row) => [row.process, row]));
  const astana = summary.get("astana")!;
  const geneva = summary.get("geneva")!;
  const schedule = roundSchedule(dataset).rows();
  const longest = schedule.filter((row) => row.process === "geneva").reduce((a, b) => (b.duration_days > a.duration_days ? b : a));
  // The Constitutional Committee's sessions are rows of the Geneva track (talk_rounds.csv), told apart by their id.
  const committee = schedule.filter((row) => row.round_id.startsWith("constitutional-committee"));
  const longer = geneva.median_days > astana.median_days;
  const irregular = geneva.max_gap_days - geneva.min_gap_days > astana.max_gap_days - astana.min_gap_days;
  const text = (lang: Lang) => {
    const f = both[lang];
    const days = (n: number) => f.count(n, nouns.day);
    const label = lang === "en" ? longest.label_en : longest.label_ind;
    if (lang === "en") {
      const astanaLength = astana.min_days === astana.max_days ? `Every Astana round lasted ${days(astana.min_days)}` : `Astana rounds lasted ${astana.min_days}–${days(astana.max_days)}`;
      const kind = [longer ? "longer" : "", irregular ? "more irregular" : ""].filter(Boolean);
      const committeeText = committee.length ? `, and the ${f.count(committee.length, nouns.session)} of the Constitutional Committee from ${committee[0]!.start_date.slice(0, 4)} continue the Geneva track` : "";
      return `${astanaLength}; a median of ${days(astana.median_gap_days)} separated them. Geneva rounds are ${kind.length ? f.list(kind) : "as long"} (median ${days(geneva.median_days)}; ${label} spans ${days(longest.duration_days)} as one row)${committeeText}.`;
    }
    const astanaLength = astana.min_days === astana.max_days ? `Setiap putaran Astana berlangsung ${days(astana.min_days)}` : `Putaran Astana berlangsung ${astana.min_days}–${days(astana.max_days)}`;
    const kind = [longer ? "lebih lama" : "", irregular ? "lebih tidak teratur" : ""].filter(Boolean);
    const committeeText = committee.length ? `, dan ${f.count(committee.length, nouns.session)} Komite Konstitusi sejak ${committee[0]!.start_date.slice(0, 4)} melanjutkan jalur Jenewa` : "";
    return `${astanaLength}; jeda antarputaran bermedian ${days(astana.median_gap_days)}. Putaran Jenewa ${kind.length ? f.list(kind) : "sama lamanya"} (median ${days(geneva.median_days)}; ${label} tercatat sebagai satu baris sepanjang ${days(longest.duration_days)})${committeeText}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** Who attended the rounds of one year (the article's 2017), track by track. */
export function attendanceFinding(dataset: Dataset, year = 2017): Finding {
  const rows = attendanceByProcess(dataset, year);
  const astanaHeld = rows.find((row) => row.process === "astana")?.of ?? 0;
  const allOf = (role: string) => rows.filter((row) => row.process === "astana" && row.role === role && row.rounds === row.of).map((row) => row.actor_id);
  const delegationsBy = new Map<string, typeof rows>();
  for (const row of rows.filter((r) => r.role === "delegation")) delegationsBy.set(row.actor_id, [...(delegationsBy.get(row.actor_id) ?? []), row]);
  const bothTracks = [...delegationsBy.entries()].filter(([, list]) => list.length > 1);
  const oneTrack = [...delegationsBy.entries()].filter(([, list]) => list.length === 1).map(([, list]) => list[0]!);
  const observers = rows.filter((row) => row.process === "astana" && row.role === "observer");
  const text = (lang: Lang) => {
    const f = both[lang];
    const names = (ids: string[]) => f.list(ids.map((actorId) => actorName(dataset, actorId, lang)));
    const track = (process: string) => labels.processes[process as "astana" | "geneva"][lang];
    const share = (row: (typeof rows)[number]) => `${f.number(row.rounds)} ${lang === "en" ? "of" : "dari"} ${f.number(row.of)}`;
    const both2 = bothTracks.map(([actorId, list]) => `${actorName(dataset, actorId, lang)} (${f.count(list.reduce((sum, row) => sum + row.rounds, 0), nouns.round)})`);
    const single = oneTrack.map((row) => `${actorName(dataset, row.actor_id, lang)} (${track(row.process)}, ${share(row)})`);
    const observed = observers.map((row) => `${actorName(dataset, row.actor_id, lang)} (${share(row)})`);
    if (lang === "en") {
      return `In ${year} ${names(allOf("guarantor"))} were guarantors at all ${f.count(astanaHeld, nouns.round)} at Astana and ${names(allOf("host"))} hosted them all. Delegations on both tracks: ${f.list(both2)}; ${f.number(oneTrack.length)} came to one track only: ${f.list(single)}. Observers at Astana: ${f.list(observed)}.`;
    }
    return `Pada ${year} ${names(allOf("guarantor"))} menjadi penjamin di semua ${f.count(astanaHeld, nouns.round)} Astana dan ${names(allOf("host"))} menjadi tuan rumah semuanya. Delegasi di kedua jalur: ${f.list(both2)}; ${f.number(oneTrack.length)} delegasi hanya datang ke satu jalur: ${f.list(single)}. Pengamat di Astana: ${f.list(observed)}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** What the round the article names (Astana 6) settled, by the data, and the verdict on the article's account of Astana's mission. */
export function astanaSixFinding(dataset: Dataset, roundId = "astana-06", missionClaimId = "cl-p08-astana-mission"): Finding {
  const { round } = roundDetails(dataset, roundId);
  const claim = dataset.claims.find((candidate) => candidate.claim_id === missionClaimId);
  const { en, id } = both;
  const verdict = (lang: Lang) => (claim ? labels.verdicts[claim.verdict][lang] : "");
  return {
    en: `**${round.label_en} (${en.dateRange(round.start_date, round.end_date)})**: ${round.key_outcome_en}${claim ? ` The article's account of Astana's mission, "${claim.text_en.replace(/\.$/, "")}", is ${verdict("en")}.` : ""}`,
    id: `**${round.label_ind} (${id.dateRange(round.start_date, round.end_date)})**: ${round.key_outcome_ind}${claim ? ` Penjelasan artikel tentang misi Astana, "${claim.text_ind.replace(/\.$/, "")}", dinilai ${verdict("id")}.` : ""}`,
  };
}

/** The findings of notebook 03 (the talk rounds), in its order. */
export function talkRoundsFindings(
  dataset: Dataset,
  perYear: RoundsPerYear = roundsPerYear(dataset),
  perTrack: ScheduleSummary = scheduleSummary(roundSchedule(dataset)),
): Finding[] {
  return [busiestYearFinding(dataset, perYear), durationFinding(dataset, perTrack), attendanceFinding(dataset), astanaSixFinding(dataset)];
}
