import {
  actorPlacements, campLocality, campMakeup, campMembers, membershipChanges, membershipPeriods, membershipSpan, articleYear,
  type CampLocality, type CampMakeup, type MembershipPeriod, type Placement,
} from "../analysis";
import { SECTS, type Dataset } from "../datasets/tables";
import { labels, nouns, type Lang } from "../vocabulary";
import type { Finding } from "./finding";
import { actorName, both, campInSentence, sectLed } from "./names";

/** The camps led by a state (camps.csv leader_actor_id): the two camps of the article's picture, not the jihadists or the mediators. */
function ledCamps(dataset: Dataset): string[] {
  const states = new Set(dataset.actors.filter((actor) => actor.kind === "state").map((actor) => actor.actor_id));
  return dataset.camps.filter((camp) => camp.leader_actor_id !== null && states.has(camp.leader_actor_id)).map((camp) => camp.camp_id);
}

/** "a partner of the Russia-led camp (from 24 January 2017) and of the US-led camp": one phrase per role; a start inside the article's year is given. */
function places(dataset: Dataset, rows: readonly Placement[], lang: Lang): string {
  const f = both[lang];
  const roles = [...new Set(rows.map((row) => row.role))];
  return f.list(
    roles.map((role) => {
      const camps = rows
        .filter((row) => row.role === role)
        .map((row) => {
          const since = row.valid_from !== null && row.valid_from.slice(0, 4) === String(articleYear) ? ` (${lang === "en" ? "from" : "sejak"} ${f.date(row.valid_from)})` : "";
          return `${campInSentence(dataset, row.camp_id, lang)}${since}`;
        });
      return lang === "en" ? `a ${labels.roles[role].en} of ${camps.join(" and of ")}` : `${labels.roles[role].id} ${f.list(camps)}`;
    }),
  );
}

/** Where the article and the reference sources of its year place an actor differently. */
export function placementFinding(dataset: Dataset): Finding {
  const placements = actorPlacements(dataset, articleYear);
  const differing = placements.filter((row) => !row.agrees);
  const detail = (lang: Lang) =>
    differing
      .map((row) => {
        const name = `**${actorName(dataset, row.actor_id, lang)}**`;
        const reference = row.reference.length > 0 ? places(dataset, row.reference, lang) : lang === "en" ? "in no camp (no reference source read for this dataset places it in one)" : "tidak di kubu mana pun (tidak ada sumber rujukan dalam data ini yang menempatkannya)";
        return lang === "en"
          ? `\n- ${name}: the article makes it ${places(dataset, row.article, lang)}; the reference sources, ${reference}.`
          : `\n- ${name}: menurut artikel, ${places(dataset, row.article, lang)}; menurut sumber rujukan, ${reference}.`;
      })
      .join("");
  const { en, id } = both;
  return {
    en: `The article places ${en.count(placements.length, nouns.actor)} in camps; the reference sources for ${articleYear} place **${en.number(differing.length)} of them differently**.${detail("en")}`,
    id: `Artikel menempatkan ${id.count(placements.length, nouns.actor)} dalam kubu; sumber rujukan untuk ${articleYear} menempatkan **${id.number(differing.length)} di antaranya secara berbeda**.${detail("id")}`,
  };
}

/** The locality table of the reference sources for the article's year, as notebook 01 computes it. */
function referenceLocality(dataset: Dataset): CampLocality {
  return campLocality(campMakeup(campMembers(dataset, "reference"), "locality"));
}

/** The sect make-up of the camps as the article places their members, as notebook 01 computes it. */
function articleSects(dataset: Dataset): CampMakeup {
  return campMakeup(campMembers(dataset, "article"), "sect");
}

/**
 * How foreign each of the two camps of the article is, by the reference sources for its year:
 * the counts and shares of `locality` (notebook 01 passes the table its analysis cell computed),
 * the Syrian members named.
 */
export function localityFinding(dataset: Dataset, locality: CampLocality = referenceLocality(dataset)): Finding {
  const led = ledCamps(dataset);
  const camps = locality.rows().flatMap((camp) => {
    const campId = camp.camp_id;
    return led.includes(campId) ? [{ campId, local: Number(camp.local), foreign: Number(camp.foreign), members: camp.members, share: camp.foreign_share_pct }] : [];
  });
  const members = campMembers(dataset, "reference").rows("camp_id", "actor_id", "locality");
  const localIds = (campId: string) => [...new Set(members.filter((m) => m.camp_id === campId && m.locality === "local").map((m) => m.actor_id))].sort();
  const sentence = (lang: Lang) => {
    const f = both[lang];
    return camps
      .map((camp, index) => {
        const name = campInSentence(dataset, camp.campId, lang);
        const locals = localIds(camp.campId).map((actorId) => actorName(dataset, actorId, lang));
        const share = camp.share;
        const desc =
          lang === "en"
            ? share >= 80 ? "almost wholly foreign" : share > 50 ? "mostly foreign" : share === 50 ? "half foreign" : "mostly Syrian"
            : share >= 80 ? "hampir seluruhnya asing" : share > 50 ? "sebagian besar asing" : share === 50 ? "separuh asing" : "sebagian besar Suriah";
        const syrian =
          lang === "en"
            ? camp.local === 1 ? `, the only Syrian one being ${locals[0]}` : camp.local === 0 ? ", none of them Syrian" : ` and ${f.number(camp.local)} Syrian`
            : camp.local === 1 ? `; satu-satunya aktor Suriah adalah ${locals[0]}` : camp.local === 0 ? "; tidak satu pun dari Suriah" : ` dan ${f.number(camp.local)} dari Suriah`;
        const lead = index === 0 ? (lang === "en" ? `By the reference sources for ${articleYear}, ` : `Menurut sumber rujukan untuk ${articleYear}, `) : "";
        const camped = index === 0 ? name : name.charAt(0).toUpperCase() + name.slice(1);
        return lang === "en"
          ? `${lead}${camped} is **${desc}**: ${f.number(camp.foreign)} of its ${f.count(camp.members, nouns.actor)} are foreign (${f.percent(share)})${syrian}.`
          : `${lead}${camped} **${desc}**: ${f.number(camp.foreign)} dari ${f.count(camp.members, nouns.actor)} anggotanya asing (${f.percent(share)})${syrian}.`;
      })
      .join(" ");
  };
  return { en: sentence("en"), id: sentence("id") };
}

/**
 * The sects of the two camps' members as the article places them, and the sects only one camp
 * has: the sects a camp counts members of in `sects`, a {@link campMakeup} by sect (notebook 01
 * passes the table its analysis cell computed), each with its members named.
 */
export function sectFinding(dataset: Dataset, sects: CampMakeup = articleSects(dataset)): Finding {
  const camps = ledCamps(dataset);
  const counts = sects.rows();
  const members = campMembers(dataset, "article").rows("camp_id", "actor_id", "role", "sect");
  const sectsOf = (campId: string) => {
    const row = counts.find((camp) => camp.camp_id === campId);
    return SECTS.filter((sect) => Number(row?.[sect] ?? 0) > 0).sort();
  };
  const sentence = (lang: Lang) => {
    const f = both[lang];
    const perCamp = camps.map((campId) => {
      const groups = sectsOf(campId).map((sect) => {
        const names = members
          .filter((row) => row.camp_id === campId && row.sect === sect)
          .map((row) => `${actorName(dataset, row.actor_id, lang)}${row.role === "backer" || row.role === "partner" ? ` (${labels.roles[row.role][lang]})` : ""}`);
        return `${sectLed(sect, lang)}: ${f.list(names)}`;
      });
      return `${lang === "en" ? "in" : "di"} ${campInSentence(dataset, campId, lang)}, ${groups.join("; ")}`;
    });
    const only = camps.map((campId) => {
      const others = new Set(camps.filter((other) => other !== campId).flatMap(sectsOf));
      const own = sectsOf(campId).filter((sect) => !others.has(sect) && sect !== "not_applicable");
      return own.length === 0 ? "" : lang === "en" ? `only ${campInSentence(dataset, campId, lang)} has ${f.list(own.map((sect) => sectLed(sect, lang)))} members` : `hanya ${campInSentence(dataset, campId, lang)} yang memiliki anggota ${f.list(own.map((sect) => sectLed(sect, lang)))}`;
    }).filter(Boolean);
    return lang === "en"
      ? `By the sect of their leadership, as the article places them: ${perCamp.join(". And ")}.${only.length ? ` So ${f.list(only)}.` : ""}`
      : `Menurut mazhab pimpinannya, sebagaimana artikel menempatkan mereka: ${perCamp.join(". Lalu ")}.${only.length ? ` Jadi ${f.list(only)}.` : ""}`;
  };
  return { en: sentence("en"), id: sentence("id") };
}

function periodLabel(dataset: Dataset, row: MembershipPeriod, lang: Lang): string {
  return `${actorName(dataset, row.actor_id, lang)} (${campInSentence(dataset, row.camp_id, lang)}, ${labels.roles[row.role][lang]})`;
}

/** Rows grouped by one of their dates, as "date: A, B; date: C". */
function byDate(dataset: Dataset, rows: readonly MembershipPeriod[], key: "start" | "end", lang: Lang): string {
  const dates = [...new Set(rows.map((row) => row[key]))];
  return dates.map((date) => `${both[lang].date(date)}: ${both[lang].list(rows.filter((row) => row[key] === date).map((row) => periodLabel(dataset, row, lang)))}`).join("; ");
}

/** What became of the camps over the timeline's span (reference sources, 2011–2025 today): memberships that ended, began, or have no start date. */
export function membershipFindings(dataset: Dataset): Finding[] {
  const span = membershipSpan(dataset);
  const changes = membershipChanges(membershipPeriods(dataset, { period: span }), span);
  const { period } = changes;
  const [from, to] = [period.from.slice(0, 4), both.en.date(period.to)];
  const toId = both.id.date(period.to);
  const { en, id } = both;
  const findings: Finding[] = [
    {
      en: `From ${from} to ${to} the reference sources give **${en.count(changes.periods, nouns.membershipPeriod)}** of ${en.count(changes.actors, nouns.actor)}. Of the ${en.count(changes.actorsInArticleYear, nouns.actor)} in a camp during ${articleYear}, **${en.number(changes.actorsKeptToEnd)}** have no closing date before ${to} for any ${articleYear} place: a source from after the fall of Assad shows **${en.number(changes.actorsKeptToEndOngoing)}** of them still holding every one, and for the other ${en.number(changes.actorsKeptToEnd - changes.actorsKeptToEndOngoing)} the sources read do not say whether they still do.`,
      id: `Dari ${from} sampai ${toId}, sumber rujukan memberi **${id.count(changes.periods, nouns.membershipPeriod)}** bagi ${id.count(changes.actors, nouns.actor)}. Dari ${id.count(changes.actorsInArticleYear, nouns.actor)} yang berada dalam kubu selama ${articleYear}, **${id.number(changes.actorsKeptToEnd)}** tidak memiliki tanggal akhir sebelum ${toId} untuk tempat mana pun pada ${articleYear}: sumber dari masa setelah jatuhnya Assad menunjukkan **${id.number(changes.actorsKeptToEndOngoing)}** di antaranya masih memegang semuanya, sedangkan untuk ${id.number(changes.actorsKeptToEnd - changes.actorsKeptToEndOngoing)} lainnya sumber yang dibaca tidak menyebutkan apakah masih demikian.`,
    },
    changes.ended.length === 0
      ? { en: `No membership ends before ${to} in the data.`, id: `Dalam data, tidak ada keanggotaan yang berakhir sebelum ${toId}.` }
      : {
          en: `**${en.count(changes.ended.length, nouns.membershipPeriod)} ended** before ${to}, last day: ${byDate(dataset, changes.ended, "end", "en")}.`,
          id: `**${id.count(changes.ended.length, nouns.membershipPeriod)} berakhir** sebelum ${toId}, hari terakhir: ${byDate(dataset, changes.ended, "end", "id")}.`,
        },
  ];
  if (changes.began.length > 0) {
    findings.push({
      en: `${en.count(changes.began.length, nouns.membershipPeriod)} began after ${from}: ${byDate(dataset, changes.began, "start", "en")}.`,
      id: `${id.count(changes.began.length, nouns.membershipPeriod)} dimulai setelah ${from}: ${byDate(dataset, changes.began, "start", "id")}.`,
    });
  }
  if (changes.undatedStart.length > 0) {
    findings.push({
      en: `${en.count(changes.undatedStart.length, nouns.membershipPeriod)} have no start date in the data: the chart draws them from ${from}, in a lighter shade, as held since the war began or earlier.`,
      id: `${id.count(changes.undatedStart.length, nouns.membershipPeriod)} tidak bertanggal mulai dalam data: grafik menggambarnya sejak ${from} dengan warna lebih pucat, seolah berlaku sejak awal perang atau lebih dulu.`,
    });
  }
  return findings;
}

/**
 * The findings of notebook 01 (actors and coalitions), in its order; the locality and sect
 * counts are `locality` ({@link campLocality}, reference sources) and `sects` ({@link campMakeup}
 * by sect, the article): the notebook passes the tables its analysis cell computed.
 */
export function actorsAndCoalitionsFindings(
  dataset: Dataset,
  locality: CampLocality = referenceLocality(dataset),
  sects: CampMakeup = articleSects(dataset),
): Finding[] {
  return [placementFinding(dataset), localityFinding(dataset, locality), sectFinding(dataset, sects)];
}
