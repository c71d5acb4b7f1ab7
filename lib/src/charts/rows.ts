/**
 * The columns chart builders read, per dataset table (see data/README.md).
 * Structural subsets of the loader's row types, so builders accept the loaded
 * dataset as it is and tests can pass small literal fixtures.
 */

export type Sect = "sunni" | "shia" | "alawite" | "jewish" | "christian" | "secular_or_mixed" | "not_applicable";

export interface SourceRow {
  source_id: string;
  kind: "article_paragraph" | "external_reference";
  paragraph: number | null;
  title: string;
  publisher: string;
}

export interface ActorRow {
  actor_id: string;
  name_en: string;
  name_ind: string;
  kind: string;
  sect: Sect;
  locality: "local" | "foreign";
  source_id: string;
}

export interface CampRow {
  camp_id: string;
  name_en: string;
  name_ind: string;
  source_id: string;
}

export interface AlignmentRow {
  alignment_id: string;
  actor_id: string;
  camp_id: string;
  role: "leader" | "member" | "backer" | "partner";
  perspective: "article" | "reference";
  source_id: string;
}

export interface SupportLinkRow {
  link_id: string;
  from_actor_id: string;
  to_actor_id: string;
  kind: string;
  source_id: string;
}

export interface PopulationGroupRow {
  group_id: string;
  dimension: "religion" | "ethnicity" | "religion_ethnicity";
  name_en: string;
  name_ind: string;
  sect: Sect | null;
}

export interface CompositionRow {
  estimate_id: string;
  group_id: string;
  share_pct: number | null;
  share_low: number | null;
  share_high: number | null;
  year: number;
  source_id: string;
}

export interface TalkRoundRow {
  round_id: string;
  process: "astana" | "geneva";
  label_en: string;
  label_ind: string;
  start_date: string;
  end_date: string;
  city: string;
  source_id: string;
}

export interface EventRow {
  event_id: string;
  date: string;
  end_date: string | null;
  kind: string;
  title_en: string;
  title_ind: string;
  article_source_id: string | null;
  source_id: string;
}

export interface RoundParticipantRow {
  round_id: string;
  actor_id: string;
  role: "delegation" | "guarantor" | "observer" | "mediator" | "host";
  source_id: string;
}

export type Verdict = "supported" | "contradicted" | "partly_supported" | "unverifiable";

export interface ClaimRow {
  claim_id: string;
  /** The article paragraph that makes the claim. */
  source_id: string;
  verdict: Verdict;
  /** The source that decides the verdict (empty only when unverifiable). */
  evidence_source_id: string | null;
}

/** Every table a chart of this library reads: the loaded dataset fits it as is. */
export interface ChartData {
  sources: readonly SourceRow[];
  actors: readonly ActorRow[];
  camps: readonly CampRow[];
  alignments: readonly AlignmentRow[];
  supportLinks: readonly SupportLinkRow[];
  populationGroups: readonly PopulationGroupRow[];
  composition: readonly CompositionRow[];
  talkRounds: readonly TalkRoundRow[];
  events: readonly EventRow[];
  roundParticipants: readonly RoundParticipantRow[];
  claims: readonly ClaimRow[];
}
