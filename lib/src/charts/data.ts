import type { EstimateData, MembershipData } from "../analysis";
import type { Claim, Event, PopulationGroup, RoundParticipant, Source, SupportLink, TalkRound } from "../datasets/tables";

/**
 * The columns chart builders read, per dataset table (see data/README.md): picked
 * from the loader's row types, so builders take the loaded dataset as it is and
 * tests can pass small literal fixtures.
 */
export interface ChartData extends MembershipData, EstimateData {
  sources: ReadonlyArray<Pick<Source, "source_id" | "kind" | "paragraph" | "title" | "publisher">>;
  supportLinks: ReadonlyArray<Pick<SupportLink, "link_id" | "from_actor_id" | "to_actor_id" | "kind" | "source_id"> & Partial<Pick<SupportLink, "valid_from" | "valid_to">>>;
  populationGroups: ReadonlyArray<Pick<PopulationGroup, "group_id" | "dimension" | "name_en" | "name_ind" | "sect">>;
  talkRounds: ReadonlyArray<Pick<TalkRound, "round_id" | "process" | "label_en" | "label_ind" | "start_date" | "end_date" | "city" | "source_id">>;
  events: ReadonlyArray<Pick<Event, "event_id" | "date" | "end_date" | "kind" | "title_en" | "title_ind" | "article_source_id" | "source_id">>;
  roundParticipants: ReadonlyArray<Pick<RoundParticipant, "round_id" | "actor_id" | "role" | "source_id">>;
  claims: ReadonlyArray<Pick<Claim, "claim_id" | "source_id" | "verdict" | "evidence_source_id">>;
}
