/**
 * The dataset schemas: the single source of truth for the CSV columns, the
 * TypeScript row types, runtime validation and data/datapackage.json.
 */
import { confidence, date, id, idList, integer, number, oneOf, optional, partialDate, text } from "./fields";
import { defineTable, startNotAfterEnd, type RowOf } from "./table";

/** Kinds of source (sources.kind): a paragraph of the article, or an external reference. */
export const SOURCE_KINDS = ["article_paragraph", "external_reference"] as const;
/** Kinds of actor (actors.kind). */
export const ACTOR_KINDS = ["state", "armed_group", "political_group", "international_body", "international_official"] as const;
/** Religious or sectarian identities (actors.sect: of the actor's leadership; population_groups.sect: the sect a group matches). */
export const SECTS = ["sunni", "shia", "alawite", "jewish", "christian", "secular_or_mixed", "not_applicable"] as const;
/** Whether an actor is Syrian (local) or foreign (actors.locality). */
export const LOCALITIES = ["local", "foreign"] as const;
/** An actor's role in a camp (alignments.role): leaders and members are a camp's core; backers and partners stand outside it. */
export const ALIGNMENT_ROLES = ["leader", "member", "backer", "partner"] as const;
/** Whose account an alignment records (alignments.perspective): the article's, or other (reference) sources'. */
export const PERSPECTIVES = ["article", "reference"] as const;
/** Kinds of support one actor gives another (support_links.kind). */
export const SUPPORT_KINDS = ["military", "financial", "political", "air_support", "ground_forces", "training", "arms"] as const;
/** What a population group is defined by (population_groups.dimension): religion, ethnicity, or both (e.g. Sunni Arabs). */
export const POPULATION_DIMENSIONS = ["religion", "ethnicity", "religion_ethnicity"] as const;
/** The two negotiation processes (talk_rounds.process). */
export const TALK_PROCESSES = ["astana", "geneva"] as const;
/** Roles at a round of talks (round_participants.role), in the order tables and legends list them. */
export const PARTICIPANT_ROLES = ["delegation", "guarantor", "observer", "mediator", "host"] as const;
/** How precisely an event's date is known (events.date_precision): a month-precision date is the first of the month. */
export const DATE_PRECISIONS = ["day", "month"] as const;
/** Kinds of event (events.kind). */
export const EVENT_KINDS = ["meeting", "ceasefire", "talks", "military", "announcement", "attack", "agreement"] as const;
/** Verdicts on the article's claims (claims.verdict). */
export const VERDICTS = ["supported", "contradicted", "partly_supported", "unverifiable"] as const;
/** Whether a source's quote was read (sources.quote_status). article: the row is a paragraph of the article; quoted: text holds a passage read in a copy of the source; no_readable_copy: no copy could be read (the note says so). */
export const QUOTE_STATUSES = ["article", "quoted", "no_readable_copy"] as const;

const sourceRef = () => id("source of this row (sources.source_id): an article paragraph or an external reference");
const sourceKey = { resource: "sources", referencedField: "source_id" } as const;
const actorKey = { resource: "actors", referencedField: "actor_id" } as const;
const note = () => optional(text("free-text remark: caveats, disagreements, why the confidence is what it is"));
const otherSources = () => idList("further sources of this row, beyond source_id: the ones the note or explanation relies on", { resource: "sources", field: "source_id" });

/** Schema of data/sources.csv: one row per paragraph of the article and one per external reference, with the quote read in it. Rows: {@link Source}. */
export const sources = defineTable({
  name: "sources",
  file: "sources.csv",
  title: "Sources",
  description: "Every source cited: one row per paragraph of the article, and one per external reference.",
  fields: {
    source_id: id("source id; article paragraphs are art-p01 ... art-p11", { unique: true }),
    kind: oneOf(SOURCE_KINDS, "article_paragraph or external_reference"),
    paragraph: optional(integer("paragraph number in the article (article paragraphs only)", { minimum: 1 })),
    title: text("title of the document, or 'Article, paragraph N'"),
    publisher: text("author or publisher"),
    published: optional(partialDate("publication date, as precise as known: YYYY, YYYY-MM or YYYY-MM-DD")),
    location: optional(text("URL, or where the document can be found")),
    text: optional(
      text("the quoted text: for article paragraphs the Indonesian text exactly as in the seed file; for external references a short passage copied character for character from the copy read, in its original language"),
    ),
    text_gloss_en: optional(text("English gloss of the quote when the quote is not in English")),
    read_on: optional(date("day the quote was read")),
    read_at: optional(text("where the quote was read: the URL of the copy read and how it was reached (e.g. 'stored copy, search tool, pages corpus')")),
    quote_status: optional(
      oneOf(QUOTE_STATUSES, "article (a paragraph of the article), quoted (text holds a passage read in a copy of the source) or no_readable_copy (no copy could be read; the note says so); empty: not quoted yet"),
    ),
    note: note(),
  },
  primaryKey: ["source_id"],
  foreignKeys: [],
  rowChecks: [
    (row) => {
      const isParagraph = row.kind === "article_paragraph";
      const problems = [];
      if (isParagraph && row.paragraph === null) problems.push({ column: "paragraph", rule: "is required for an article_paragraph" });
      if (!isParagraph && row.paragraph !== null) problems.push({ column: "paragraph", rule: "must be empty for an external_reference" });
      if (isParagraph && row.text === null) problems.push({ column: "text", rule: "is required for an article_paragraph (the paragraph's Indonesian text)" });
      if (isParagraph && row.quote_status !== "article") problems.push({ column: "quote_status", rule: "must be article for an article_paragraph" });
      if (!isParagraph && row.quote_status === "article") problems.push({ column: "quote_status", rule: "can be article only for an article_paragraph" });
      if (row.quote_status === "quoted") {
        for (const column of ["text", "read_on", "read_at"] as const) {
          if (row[column] === null) problems.push({ column, rule: "is required when quote_status is quoted (the passage, the day it was read and where)" });
        }
      }
      if (!isParagraph && row.text !== null && row.quote_status !== "quoted") problems.push({ column: "quote_status", rule: "must be quoted when an external reference has a text" });
      if (row.quote_status === "no_readable_copy" && row.note === null) problems.push({ column: "note", rule: "must say why no copy could be read (quote_status is no_readable_copy)" });
      if (row.text === null && row.text_gloss_en !== null) problems.push({ column: "text_gloss_en", rule: "needs a text to gloss" });
      return problems;
    },
  ],
});

/** Schema of data/actors.csv: states, armed groups, political and international bodies, officials. Rows: {@link Actor}. */
export const actors = defineTable({
  name: "actors",
  file: "actors.csv",
  title: "Actors",
  description: "States, armed groups, political bodies, international bodies and officials of the Syrian war.",
  fields: {
    actor_id: id("actor id", { unique: true }),
    name_en: text("name in English"),
    name_ind: text("name in Indonesian"),
    kind: oneOf(ACTOR_KINDS, "kind of actor"),
    sect: oneOf(SECTS, "religious or sectarian identity of the actor's leadership"),
    locality: oneOf(LOCALITIES, "local (Syrian) or foreign"),
    parent_actor_id: optional(id("actor this one belongs to (actors.actor_id)")),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["actor_id"],
  foreignKeys: [
    { field: "parent_actor_id", ...actorKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [],
});

/** Schema of data/camps.csv: the camps (coalitions) actors align with. Rows: {@link Camp}. */
export const camps = defineTable({
  name: "camps",
  file: "camps.csv",
  title: "Camps",
  description: "The camps (coalitions) actors are aligned with.",
  fields: {
    camp_id: id("camp id", { unique: true }),
    name_en: text("name in English"),
    name_ind: text("name in Indonesian"),
    description_en: text("who the camp is, in English"),
    leader_actor_id: optional(id("leading actor (actors.actor_id)")),
    source_id: sourceRef(),
  },
  primaryKey: ["camp_id"],
  foreignKeys: [
    { field: "leader_actor_id", ...actorKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [],
});

/** Schema of data/alignments.csv: an actor's place in a camp, as the article or as reference sources state it, with validity dates. Rows: {@link Alignment}. */
export const alignments = defineTable({
  name: "alignments",
  file: "alignments.csv",
  title: "Alignments",
  description: "An actor's place in a camp, as the article states it (perspective=article) or as other sources state it (perspective=reference).",
  fields: {
    alignment_id: id("alignment id", { unique: true }),
    actor_id: id("actor (actors.actor_id)"),
    camp_id: id("camp (camps.camp_id)"),
    role: oneOf(ALIGNMENT_ROLES, "the actor's role in the camp"),
    perspective: oneOf(PERSPECTIVES, "article: as the article states it; reference: as other sources state it"),
    valid_from: optional(date("first day the alignment held")),
    valid_to: optional(date("last day the alignment held; empty: still in force at the latest source")),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["alignment_id"],
  foreignKeys: [
    { field: "actor_id", ...actorKey },
    { field: "camp_id", resource: "camps", referencedField: "camp_id" },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [startNotAfterEnd("valid_from", "valid_to")],
});

/** Schema of data/support_links.csv: one actor supporting another, by kind, with validity dates. Rows: {@link SupportLink}. */
export const supportLinks = defineTable({
  name: "support_links",
  file: "support_links.csv",
  title: "Support links",
  description: "One actor supporting another.",
  fields: {
    link_id: id("link id", { unique: true }),
    from_actor_id: id("supporting actor (actors.actor_id)"),
    to_actor_id: id("supported actor (actors.actor_id)"),
    kind: oneOf(SUPPORT_KINDS, "kind of support"),
    valid_from: optional(date("first day the support is documented")),
    valid_to: optional(date("last day the support is documented; empty: ongoing at the latest source")),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["link_id"],
  foreignKeys: [
    { field: "from_actor_id", ...actorKey },
    { field: "to_actor_id", ...actorKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [startNotAfterEnd("valid_from", "valid_to")],
});

/** Schema of data/population_groups.csv: religious, sectarian and ethnic groups of Syria's population. Rows: {@link PopulationGroup}. */
export const populationGroups = defineTable({
  name: "population_groups",
  file: "population_groups.csv",
  title: "Population groups",
  description: "Religious, sectarian and ethnic groups of Syria's population.",
  fields: {
    group_id: id("group id", { unique: true }),
    dimension: oneOf(POPULATION_DIMENSIONS, "religion, ethnicity, or a cross of both (e.g. Sunni Arabs)"),
    name_en: text("name in English"),
    name_ind: text("name in Indonesian"),
    sect: optional(oneOf(SECTS, "the actors.sect value this group matches, to compare population and camp leadership")),
    note: note(),
  },
  primaryKey: ["group_id"],
  foreignKeys: [],
  rowChecks: [],
});

/** Schema of data/composition.csv: one source's estimate of one group's share of the population (a value, a range, or both). Rows: {@link CompositionEstimate}. */
export const composition = defineTable({
  name: "composition",
  file: "composition.csv",
  title: "Population composition",
  description: "One source's estimate of one group's share of Syria's population: a value, a low/high range, or both.",
  fields: {
    estimate_id: id("estimate id", { unique: true }),
    group_id: id("group (population_groups.group_id)"),
    share_pct: optional(number("share of the population, percent", { minimum: 0, maximum: 100 })),
    share_low: optional(number("low end of the share, percent", { minimum: 0, maximum: 100 })),
    share_high: optional(number("high end of the share, percent", { minimum: 0, maximum: 100 })),
    year: integer("year the estimate refers to", { minimum: 1900, maximum: 2100 }),
    source_id: sourceRef(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["estimate_id"],
  foreignKeys: [
    { field: "group_id", resource: "population_groups", referencedField: "group_id" },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [
    (row) => {
      const hasRange = row.share_low !== null || row.share_high !== null;
      if (row.share_pct === null && !hasRange) return [{ column: "share_pct", rule: "needs a value, or share_low and share_high" }];
      if (hasRange && (row.share_low === null || row.share_high === null)) {
        return [{ column: row.share_low === null ? "share_low" : "share_high", rule: "a range needs both share_low and share_high" }];
      }
      if (row.share_low !== null && row.share_high !== null && row.share_low > row.share_high) {
        return [{ column: "share_high", rule: `must not be below share_low (${row.share_low})` }];
      }
      return [];
    },
  ],
});

/** Schema of data/talk_rounds.csv: the rounds of the Astana and Geneva talks. Rows: {@link TalkRound}. */
export const talkRounds = defineTable({
  name: "talk_rounds",
  file: "talk_rounds.csv",
  title: "Talk rounds",
  description: "Rounds of the Astana and Geneva talks on Syria.",
  fields: {
    round_id: id("round id, e.g. astana-06, geneva-viii-2017", { unique: true }),
    process: oneOf(TALK_PROCESSES, "astana or geneva"),
    round_number: optional(integer("round number within its process", { minimum: 1 })),
    label_en: text("label in English"),
    label_ind: text("label in Indonesian"),
    start_date: date("first day"),
    end_date: date("last day"),
    city: text("city where the round was held"),
    un_envoy_actor_id: optional(id("UN envoy present (actors.actor_id)")),
    key_outcome_en: text("key outcome, in English"),
    key_outcome_ind: text("key outcome, in Indonesian: a translation of key_outcome_en made for this dataset (a translation of the dataset's own summary, not a quote of any source)"),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["round_id"],
  foreignKeys: [
    { field: "un_envoy_actor_id", ...actorKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [startNotAfterEnd("start_date", "end_date")],
});

/** Schema of data/round_participants.csv: who took part in a round, in which role. Rows: {@link RoundParticipant}. */
export const roundParticipants = defineTable({
  name: "round_participants",
  file: "round_participants.csv",
  title: "Round participants",
  description: "Who took part in a round of talks, and in which role.",
  fields: {
    round_id: id("round (talk_rounds.round_id)"),
    actor_id: id("actor (actors.actor_id)"),
    role: oneOf(PARTICIPANT_ROLES, "role at the round"),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["round_id", "actor_id", "role"],
  foreignKeys: [
    { field: "round_id", resource: "talk_rounds", referencedField: "round_id" },
    { field: "actor_id", ...actorKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [],
});

/** Schema of data/events.csv: dated events, those the article names and others that bear on the camps. Rows: {@link Event}. */
export const events = defineTable({
  name: "events",
  file: "events.csv",
  title: "Events",
  description: "Dated events: those the article names and other key events that bear on the coalitions.",
  fields: {
    event_id: id("event id", { unique: true }),
    date: date("day of the event (the first of the month when date_precision is month)"),
    end_date: optional(date("last day, for events that span several days")),
    date_precision: oneOf(DATE_PRECISIONS, "how precisely the date is known"),
    kind: oneOf(EVENT_KINDS, "kind of event"),
    title_en: text("title in English"),
    title_ind: text("title in Indonesian"),
    description_en: text("what happened, in English"),
    actor_ids: idList("actors involved", { resource: "actors", field: "actor_id" }),
    round_id: optional(id("round of talks this event is (talk_rounds.round_id)")),
    article_source_id: optional(id("article paragraph that mentions the event (sources.source_id)")),
    source_id: sourceRef(),
    other_source_ids: otherSources(),
    confidence: confidence(),
    note: note(),
  },
  primaryKey: ["event_id"],
  foreignKeys: [
    { field: "round_id", resource: "talk_rounds", referencedField: "round_id" },
    { field: "article_source_id", ...sourceKey },
    { field: "source_id", ...sourceKey },
  ],
  rowChecks: [startNotAfterEnd("date", "end_date")],
});

/** Schema of data/claims.csv: the article's factual claims, each with a verdict and the source deciding it. Rows: {@link Claim}. */
export const claims = defineTable({
  name: "claims",
  file: "claims.csv",
  title: "Claims",
  description: "The article's factual claims, each with a verdict and the source that decides it.",
  fields: {
    claim_id: id("claim id", { unique: true }),
    source_id: id("article paragraph making the claim (sources.source_id)"),
    text_ind: text("the claim in Indonesian, exactly as written in the paragraph"),
    text_en: text("English gloss"),
    concerns: optional(text('dataset rows the claim concerns: "table:id" entries separated by ";"')),
    verdict: oneOf(VERDICTS, "supported, contradicted, partly_supported or unverifiable"),
    evidence_source_id: optional(id("source that decides the verdict (sources.source_id); empty only when unverifiable")),
    other_source_ids: otherSources(),
    explanation_en: text("why the verdict, in English"),
    confidence: confidence(),
  },
  primaryKey: ["claim_id"],
  foreignKeys: [
    { field: "source_id", ...sourceKey },
    { field: "evidence_source_id", ...sourceKey },
  ],
  rowChecks: [
    (row) =>
      row.verdict !== "unverifiable" && row.evidence_source_id === null
        ? [{ column: "evidence_source_id", rule: `is required when the verdict is ${row.verdict}` }]
        : [],
  ],
});

/** Every table by its key in a loaded Dataset, referenced tables before the tables that point to them. */
export const datasetTables = {
  sources,
  actors,
  camps,
  alignments,
  supportLinks,
  populationGroups,
  composition,
  talkRounds,
  roundParticipants,
  events,
  claims,
} as const;

/** Key of a table in a loaded {@link Dataset} (and in {@link datasetTables}): "actors", "talkRounds"… */
export type TableKey = keyof typeof datasetTables;
/**
 * Every table's rows, typed by its schema: what {@link openNotebook} gives as `nb.dataset`
 * and {@link loadDataset} returns. Each table is an array of plain objects, one per CSV row,
 * with an empty cell as null and an id list as an array.
 *
 * @example
 * ```ts
 * const nb = openNotebook("04-2017-diplomacy");
 * const july = nb.dataset.events.filter((event) => event.date.startsWith("2017-07"));
 * july.map((event) => `${event.date}: ${event.title_en}`);
 * ```
 */
export type Dataset = { [K in TableKey]: Array<RowOf<(typeof datasetTables)[K]>> };

/** A row of data/sources.csv (see {@link sources} for its columns). */
export type Source = RowOf<typeof sources>;
/** A row of data/actors.csv (see {@link actors} for its columns). */
export type Actor = RowOf<typeof actors>;
/** A row of data/camps.csv (see {@link camps} for its columns). */
export type Camp = RowOf<typeof camps>;
/** A row of data/alignments.csv (see {@link alignments} for its columns). */
export type Alignment = RowOf<typeof alignments>;
/** A row of data/support_links.csv (see {@link supportLinks} for its columns). */
export type SupportLink = RowOf<typeof supportLinks>;
/** A row of data/population_groups.csv (see {@link populationGroups} for its columns). */
export type PopulationGroup = RowOf<typeof populationGroups>;
/** A row of data/composition.csv (see {@link composition} for its columns). */
export type CompositionEstimate = RowOf<typeof composition>;
/** A row of data/talk_rounds.csv (see {@link talkRounds} for its columns). */
export type TalkRound = RowOf<typeof talkRounds>;
/** A row of data/round_participants.csv (see {@link roundParticipants} for its columns). */
export type RoundParticipant = RowOf<typeof roundParticipants>;
/** A row of data/events.csv (see {@link events} for its columns). */
export type Event = RowOf<typeof events>;
/** A row of data/claims.csv (see {@link claims} for its columns). */
export type Claim = RowOf<typeof claims>;

/** One of {@link SECTS}. */
export type Sect = (typeof SECTS)[number];
/** One of {@link VERDICTS}. */
export type Verdict = (typeof VERDICTS)[number];
