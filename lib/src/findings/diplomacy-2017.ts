import { articleCoverage, checkAnnouncement, checkWrittenDate } from "../analysis";
import type { Dataset, Event } from "../datasets/tables";
import { labels, nouns, type Lang } from "../vocabulary";
import type { Finding } from "./finding";
import { actorName, both } from "./names";

/** The window of notebook 04: the second half of 2017. */
export const diplomacyWindow = { from: "2017-07-01", to: "2017-12-31" } as const;

function event(dataset: Dataset, eventId: string): Event {
  const found = dataset.events.find((candidate) => candidate.event_id === eventId);
  if (!found) throw new Error(`no event ${eventId} in data/events.csv`);
  return found;
}

function claimsAbout(dataset: Dataset, eventId: string) {
  return dataset.claims.filter((claim) => (claim.concerns ?? "").split(";").includes(`events:${eventId}`));
}

/** How many of the window's events the article mentions, and when they fall. */
export function coverageFinding(dataset: Dataset): Finding {
  const coverage = articleCoverage(dataset, diplomacyWindow.from, diplomacyWindow.to);
  const first = coverage.mentioned[0]?.date;
  const last = coverage.mentioned.at(-1)?.date;
  const text = (lang: Lang) => {
    const f = both[lang];
    const span = first && last ? (lang === "en" ? `, all between ${f.date(first)} and ${f.date(last)}` : `, semuanya antara ${f.date(first)} dan ${f.date(last)}`) : "";
    const window = f.monthRange(diplomacyWindow.from, diplomacyWindow.to);
    return lang === "en"
      ? `Of ${f.count(coverage.events, nouns.event)} of ${window} in the data, the article mentions ${f.number(coverage.mentioned.length)}${span}.`
      : `Dari ${f.count(coverage.events, nouns.event)} pada ${window} dalam data, artikel menyebut ${f.number(coverage.mentioned.length)}${span}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** The Trump–Putin meeting and the verdict on the article's account of its length. */
export function meetingFinding(dataset: Dataset, eventId = "ev-2017-07-07-trump-putin-g20"): Finding {
  const meeting = event(dataset, eventId);
  const claims = claimsAbout(dataset, eventId).filter((claim) => claim.claim_id.includes("duration"));
  const { en, id } = both;
  return {
    en: `**${meeting.title_en}** (${en.date(meeting.date)}): ${meeting.description_en}${claims.map((claim) => ` The article's "${claim.text_en.replace(/\.$/, "")}" is ${labels.verdicts[claim.verdict].en}: ${claim.explanation_en}`).join("")}`,
    id: `**${meeting.title_ind}** (${id.date(meeting.date)}).${claims.map((claim) => ` Klaim artikel "${claim.text_ind.replace(/\.$/, "")}" dinilai ${labels.verdicts[claim.verdict].id}.`).join("")}`,
  };
}

/** The south-west ceasefire: its date against the date the article writes, and who agreed it. */
export function ceasefireFinding(dataset: Dataset, eventId = "ev-2017-07-09-sw-ceasefire", agreedId = "ev-2017-07-07-sw-ceasefire-announced"): Finding {
  const ceasefire = event(dataset, eventId);
  const agreed = event(dataset, agreedId);
  const checks = claimsAbout(dataset, eventId).flatMap((claim) => {
    const check = checkWrittenDate(claim.text_ind, ceasefire.date);
    return check ? [check] : [];
  });
  const check = checks[0];
  const beyondTheTwo = agreed.actor_ids.some((actorId) => actorId !== "united_states" && actorId !== "russia");
  const text = (lang: Lang) => {
    const f = both[lang];
    const parties = f.list(agreed.actor_ids.map((actorId) => actorName(dataset, actorId, lang)));
    const intended = check ? `${check.written.split(" ")[0]} ${check.monthExpected} ${check.written.split(" ")[2]}` : "";
    if (lang === "en") {
      const dateText = !check ? "" : check.verdict === "right" ? `: the article's date "${check.written}" is right` : check.verdict === "typo" ? `: the article's date "${check.written}" is right once the typo "${check.monthWritten}" is read as "${check.monthExpected}"` : `: the article's date "${check.written}" is wrong`;
      return `The **south-west ceasefire** took effect on ${f.date(ceasefire.date)}${dateText}. It was agreed by ${parties}${beyondTheTwo ? ", not by Trump and Putin alone" : ""}.`;
    }
    const dateText = !check ? "" : check.verdict === "right" ? `: tanggal artikel "${check.written}" benar` : check.verdict === "typo" ? `: tanggal artikel "${check.written}" benar bila salah ketik "${check.monthWritten}" dibaca "${check.monthExpected}" (${intended})` : `: tanggal artikel "${check.written}" salah`;
    return `**Gencatan senjata di barat daya** berlaku pada ${f.date(ceasefire.date)}${dateText}. Gencatan itu disepakati oleh ${parties}${beyondTheTwo ? ", bukan oleh Trump dan Putin saja" : ""}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** The Geneva round announced for a month against the day it opened. */
export function announcementFinding(dataset: Dataset, month = "2017-10", announcementId = "ev-2017-09-de-mistura-announces-geneva", happenedId = "ev-2017-11-28-geneva-8-opens"): Finding {
  const check = checkAnnouncement(dataset, month, announcementId, happenedId);
  const text = (lang: Lang) => {
    const f = both[lang];
    const monthName = f.date(month, "month").split(" ")[0]!;
    const days = f.count(check.daysAfterAnnouncedMonthStart, nouns.day);
    const firstDay = f.date(`${month}-01`).replace(/ \d{4}$/, "");
    if (lang === "en") {
      return `The **Geneva round "in ${monthName}"** ${check.keptToMonth ? "did take place" : "did not take place"} in ${monthName}. ${f.date(check.announced.date)}: ${check.announced.description_en} The round opened on **${f.date(check.happened.date)}**, ${days} after ${firstDay}.`;
    }
    return `**Putaran Jenewa "pada bulan ${monthName}"** ${check.keptToMonth ? "memang" : "tidak"} berlangsung pada bulan ${monthName}. ${f.date(check.announced.date)}: ${check.announced.title_ind.replace(/\.$/, "")}. Putaran itu dibuka pada **${f.date(check.happened.date)}**, ${days} setelah ${firstDay}.`;
  };
  return { en: text("en"), id: text("id") };
}

/** The findings of notebook 04 (the diplomacy of July–December 2017), in its order. */
export function diplomacy2017Findings(dataset: Dataset): Finding[] {
  return [coverageFinding(dataset), meetingFinding(dataset), ceasefireFinding(dataset), announcementFinding(dataset)];
}
