import type { ChartData } from "../../lib/src/charts";

/** A small dataset in the shape of data/*.csv, for builder tests that must not depend on the real files. */
export const fixture: ChartData = {
  sources: [
    { source_id: "art-p04", kind: "article_paragraph", paragraph: 4, title: "Article, paragraph 4", publisher: "Unknown Indonesian news outlet" },
    { source_id: "art-p11", kind: "article_paragraph", paragraph: 11, title: "Article, paragraph 11", publisher: "Unknown Indonesian news outlet" },
    { source_id: "ref-cia", kind: "external_reference", paragraph: null, title: "World Factbook: Syria", publisher: "CIA" },
    { source_id: "ref-mrg", kind: "external_reference", paragraph: null, title: "Syria", publisher: "Minority Rights Group" },
    { source_id: "ref-un", kind: "external_reference", paragraph: null, title: "Astana process", publisher: "United Nations" },
  ],
  actors: [
    { actor_id: "united_states", name_en: "United States", name_ind: "Amerika Serikat", kind: "state", sect: "secular_or_mixed", locality: "foreign", source_id: "art-p11" },
    { actor_id: "free_syrian_army", name_en: "Free Syrian Army", name_ind: "Tentara Pembebasan Suriah", kind: "armed_group", sect: "sunni", locality: "local", source_id: "art-p11" },
    { actor_id: "russia", name_en: "Russia", name_ind: "Rusia", kind: "state", sect: "secular_or_mixed", locality: "foreign", source_id: "art-p11" },
    { actor_id: "syria_government", name_en: "Syrian government", name_ind: "Pemerintah Suriah", kind: "state", sect: "alawite", locality: "local", source_id: "art-p11" },
    { actor_id: "iran", name_en: "Iran", name_ind: "Iran", kind: "state", sect: "shia", locality: "foreign", source_id: "art-p11" },
    { actor_id: "turkey", name_en: "Turkey", name_ind: "Turki", kind: "state", sect: "sunni", locality: "foreign", source_id: "art-p11" },
    { actor_id: "isis", name_en: "Islamic State", name_ind: "Negara Islam", kind: "armed_group", sect: "sunni", locality: "local", source_id: "art-p04" },
    { actor_id: "un", name_en: "United Nations", name_ind: "Perserikatan Bangsa-Bangsa", kind: "international_body", sect: "not_applicable", locality: "foreign", source_id: "ref-un" },
    { actor_id: "hezbollah", name_en: "Hezbollah", name_ind: "Hizbullah", kind: "armed_group", sect: "shia", locality: "foreign", source_id: "ref-un" },
  ],
  camps: [
    { camp_id: "us_led", name_en: "US-led camp", name_ind: "Kubu pimpinan AS", source_id: "art-p11" },
    { camp_id: "russia_led", name_en: "Russia-led camp", name_ind: "Kubu pimpinan Rusia", source_id: "art-p11" },
    { camp_id: "jihadist", name_en: "Jihadist groups", name_ind: "Kelompok jihadis", source_id: "art-p04" },
    { camp_id: "mediators", name_en: "Mediators and hosts", name_ind: "Mediator dan tuan rumah", source_id: "ref-un" },
  ],
  alignments: [
    { alignment_id: "al-art-us", actor_id: "united_states", camp_id: "us_led", role: "leader", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-fsa", actor_id: "free_syrian_army", camp_id: "us_led", role: "member", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-russia", actor_id: "russia", camp_id: "russia_led", role: "leader", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-syria", actor_id: "syria_government", camp_id: "russia_led", role: "member", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-iran", actor_id: "iran", camp_id: "russia_led", role: "member", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-turkey", actor_id: "turkey", camp_id: "russia_led", role: "member", perspective: "article", source_id: "art-p11" },
    { alignment_id: "al-art-isis", actor_id: "isis", camp_id: "jihadist", role: "member", perspective: "article", source_id: "art-p04" },
    { alignment_id: "al-ref-turkey", actor_id: "turkey", camp_id: "us_led", role: "backer", perspective: "reference", source_id: "ref-un" },
    { alignment_id: "al-ref-russia", actor_id: "russia", camp_id: "russia_led", role: "leader", perspective: "reference", source_id: "ref-un" },
    { alignment_id: "al-ref-un", actor_id: "un", camp_id: "mediators", role: "leader", perspective: "reference", source_id: "ref-un" },
  ],
  supportLinks: [
    { link_id: "sl-us-fsa", from_actor_id: "united_states", to_actor_id: "free_syrian_army", kind: "arms", source_id: "ref-un" },
    { link_id: "sl-hez-syria", from_actor_id: "hezbollah", to_actor_id: "syria_government", kind: "ground_forces", source_id: "ref-un" },
  ],
  populationGroups: [
    { group_id: "sunni_muslim", dimension: "religion", name_en: "Sunni Muslims", name_ind: "Muslim Sunni", sect: "sunni" },
    { group_id: "alawite", dimension: "religion", name_en: "Alawites", name_ind: "Alawi", sect: "alawite" },
    { group_id: "christian", dimension: "religion", name_en: "Christians", name_ind: "Kristen", sect: "christian" },
    { group_id: "arab", dimension: "ethnicity", name_en: "Arabs", name_ind: "Arab", sect: null },
    { group_id: "kurd", dimension: "ethnicity", name_en: "Kurds", name_ind: "Kurdi", sect: null },
  ],
  composition: [
    { estimate_id: "cia-sunni", group_id: "sunni_muslim", share_pct: 74, share_low: null, share_high: null, year: 2010, source_id: "ref-cia" },
    { estimate_id: "mrg-sunni", group_id: "sunni_muslim", share_pct: null, share_low: 65, share_high: 74, year: 2018, source_id: "ref-mrg" },
    { estimate_id: "cia-alawite", group_id: "alawite", share_pct: 10, share_low: null, share_high: null, year: 2010, source_id: "ref-cia" },
    { estimate_id: "mrg-alawite", group_id: "alawite", share_pct: 12, share_low: 10, share_high: 13, year: 2018, source_id: "ref-mrg" },
    { estimate_id: "cia-christian", group_id: "christian", share_pct: 10, share_low: null, share_high: null, year: 2010, source_id: "ref-cia" },
    { estimate_id: "cia-arab", group_id: "arab", share_pct: 90.3, share_low: null, share_high: null, year: 2010, source_id: "ref-cia" },
    { estimate_id: "mrg-kurd", group_id: "kurd", share_pct: null, share_low: 7, share_high: 10, year: 2018, source_id: "ref-mrg" },
  ],
  talkRounds: [
    { round_id: "geneva-i-2012", process: "geneva", label_en: "Geneva I", label_ind: "Jenewa I", start_date: "2012-06-30", end_date: "2012-06-30", city: "Geneva", source_id: "ref-un" },
    { round_id: "astana-01", process: "astana", label_en: "Astana 1", label_ind: "Astana 1", start_date: "2017-01-23", end_date: "2017-01-24", city: "Astana", source_id: "ref-un" },
    { round_id: "geneva-iv-2017", process: "geneva", label_en: "Geneva IV", label_ind: "Jenewa IV", start_date: "2017-02-23", end_date: "2017-03-03", city: "Geneva", source_id: "ref-un" },
    { round_id: "astana-22", process: "astana", label_en: "Astana 22", label_ind: "Astana 22", start_date: "2024-11-11", end_date: "2024-11-12", city: "Astana", source_id: "ref-un" },
  ],
  events: [
    { event_id: "g20-trump-putin", date: "2017-07-07", end_date: null, kind: "meeting", title_en: "Trump and Putin meet at the G20", title_ind: "Trump dan Putin bertemu di G20", article_source_id: "art-p04", source_id: "ref-un" },
    { event_id: "khan-shaykhun", date: "2017-04-04", end_date: null, kind: "attack", title_en: "Chemical attack on Khan Shaykhun", title_ind: "Serangan kimia di Khan Shaykhun", article_source_id: null, source_id: "ref-un" },
    { event_id: "old-event", date: "2015-09-30", end_date: null, kind: "military", title_en: "Russian air campaign begins", title_ind: "Kampanye udara Rusia dimulai", article_source_id: null, source_id: "ref-un" },
  ],
  roundParticipants: [
    { round_id: "astana-01", actor_id: "russia", role: "guarantor", source_id: "ref-un" },
    { round_id: "astana-01", actor_id: "syria_government", role: "delegation", source_id: "ref-un" },
    { round_id: "geneva-iv-2017", actor_id: "un", role: "mediator", source_id: "ref-un" },
    { round_id: "geneva-iv-2017", actor_id: "syria_government", role: "delegation", source_id: "ref-un" },
  ],
  claims: [
    { claim_id: "cl-p04-meeting", source_id: "art-p04", verdict: "supported", evidence_source_id: "ref-un" },
    { claim_id: "cl-p04-turkey", source_id: "art-p04", verdict: "partly_supported", evidence_source_id: "ref-mrg" },
    { claim_id: "cl-p11-camps", source_id: "art-p11", verdict: "contradicted", evidence_source_id: "ref-cia" },
  ],
};
