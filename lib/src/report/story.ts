import type { Dataset } from "../datasets/tables";
import {
  actorsAndCoalitionsFindings,
  claimsCheckFindings,
  diplomacy2017Findings,
  membershipFindings,
  sectarianCompositionFindings,
  talkRoundsFindings,
  type Finding,
} from "../findings";
import type { Lang } from "../vocabulary";

/**
 * English glosses of the article paragraphs the notebooks examine, by source id; the
 * Indonesian text itself is data/sources.csv `text`.
 */
export const paragraphGlossEn: Readonly<Record<string, string>> = {
  "art-p01":
    "In July this year Trump had his first chance to talk with Putin in person since his election as US president. The meeting, planned for 30 minutes, lasted more than two hours.",
  "art-p03":
    "On “9 Juki” [sic] 2017 the ceasefire reached by Trump and Putin officially took effect in south-western Syria. That day Trump tweeted: “Now it is time to move forward in working constructively with Russia!”",
  "art-p05":
    "They have different areas of responsibility and defence, different forces under them, each with its own means of cooperating. The Russia-led group has very strong allies: Iran abroad and the Syrian government at home. So the US will not entertain the unrealistic idea of toppling the Syrian government or scaring Russia off; that is impossible. At the same time Russia knows very well that the majority of Syria's population are Sunni Arabs.",
  "art-p06":
    "Iran is a foreign, Shia power; the Syrian government is controlled by Shias, though united with Sunnis too; Russia is wholly foreign. How could this three-sided alliance control Syria by itself? Sentimentally and logically it cannot. That is why the US and Russia each control and protect some forces in Syria, to reach a new balance in the region.",
  "art-p07":
    "On 14 September 2017 the sixth round of the Astana peace talks on Syria was held in the capital of Kazakhstan. The US and Russia also discussed settling the latest trends of the Syrian question and preparing a new round of the Geneva peace talks. UN Special Envoy for Syria Staffan de Mistura also confirmed that the next round of Syrian peace talks would be held in October in Geneva.",
  "art-p08":
    "Astana's main mission is to settle the course of the war and the division of war zones in Syria; Geneva is mainly for the post-war political settlement. It will have many participants: the UN will attend, and many of the world's major states will attend the Geneva talks.",
  "art-p11":
    "Since the civil war broke out, two camps have formed: opposition groups of Syria's ethnic and religious factions, backed by the US-led Western states, Israel and the Gulf states; and a Russia-led camp of Iran, the Syrian government, Turkey and Iraq.",
};

/** A figure of a notebook: the chart's base id (English file id) and the notebook cell that draws it. */
export interface StoryFigure {
  id: string;
  cellId: string;
}

/** One chapter of the report: a notebook, its question, the article it examines, its findings and figures. */
export interface StoryNotebook {
  /** The notebook's file name without extension. */
  id: string;
  number: number;
  title: Record<Lang, string>;
  question: Record<Lang, string>;
  /** Source ids (art-pNN) of the article paragraphs it examines, each glossed in paragraphGlossEn. */
  paragraphs: string[];
  /** The notebook's findings function (e.g. talkRoundsFindings), computed from the dataset. */
  findings: (dataset: Dataset) => Finding[];
  /** In the order the notebook shows them. */
  figures: StoryFigure[];
}

/**
 * The report's story: the five notebooks in order. Questions follow each notebook's first
 * Markdown cell; figures and cell ids follow its code cells (a test checks both against the notebooks).
 */
export const story: readonly StoryNotebook[] = [
  {
    id: "01-actors-and-coalitions",
    number: 1,
    title: { en: "Actors and coalitions", id: "Aktor dan koalisi" },
    question: {
      en: "Who is in which camp of the Syrian war: according to the article, and according to other sources? What is each camp made of: states or armed groups, Syrians or foreigners, which sects?",
      id: "Siapa berada di kubu mana dalam perang Suriah: menurut artikel, dan menurut sumber lain? Terdiri dari apa setiap kubu: negara atau kelompok bersenjata, orang Suriah atau asing, mazhab apa?",
    },
    paragraphs: ["art-p11"],
    findings: (dataset) => [...actorsAndCoalitionsFindings(dataset), ...membershipFindings(dataset)],
    figures: [
      { id: "coalition-structure", cellId: "4775ea2b" },
      { id: "coalition-network", cellId: "6811dbf0" },
      { id: "alignment-matrix", cellId: "e7760480" },
      { id: "camp-membership-timeline", cellId: "98617e3b" },
      { id: "camps-on-date", cellId: "5b7e0f3c" },
    ],
  },
  {
    id: "02-sectarian-composition",
    number: 2,
    title: { en: "Sectarian and ethnic composition", id: "Komposisi mazhab dan etnis" },
    question: {
      en: "How is Syria's population divided by religion, sect and ethnicity, how far apart are the sources, and does the article's sectarian argument hold?",
      id: "Bagaimana penduduk Suriah terbagi menurut agama, mazhab, dan etnis, seberapa jauh perbedaan antarsumber, dan apakah argumen sektarian artikel itu bertahan?",
    },
    paragraphs: ["art-p05", "art-p06"],
    findings: sectarianCompositionFindings,
    figures: [
      { id: "population-composition", cellId: "25d76de1" },
      { id: "sect-versus-coalition", cellId: "e8aafc83" },
    ],
  },
  {
    id: "03-talk-rounds",
    number: 3,
    title: { en: "The Astana and Geneva talks", id: "Perundingan Astana dan Jenewa" },
    question: {
      en: "How often did the two negotiation tracks meet, for how long, with whom, and what did the 6th Astana round settle?",
      id: "Seberapa sering kedua jalur perundingan bertemu, berapa lama, dengan siapa, dan apa yang diputuskan putaran Astana ke-6?",
    },
    paragraphs: ["art-p07", "art-p08"],
    findings: talkRoundsFindings,
    figures: [
      { id: "talk-rounds-timeline", cellId: "ace16a90" },
      { id: "talk-rounds-timeline-plotly", cellId: "1f550cb1" },
    ],
  },
  {
    id: "04-2017-diplomacy",
    number: 4,
    title: { en: "The diplomacy of July–October 2017", id: "Diplomasi Juli–Oktober 2017" },
    question: {
      en: "What happened between the first Trump–Putin meeting and the Geneva round announced for October, and did the article get the dates right?",
      id: "Apa yang terjadi antara pertemuan pertama Trump–Putin dan putaran Jenewa yang diumumkan untuk Oktober, dan apakah tanggal-tanggal dalam artikel itu benar?",
    },
    paragraphs: ["art-p01", "art-p03", "art-p07"],
    findings: diplomacy2017Findings,
    figures: [
      { id: "events-2017", cellId: "4ec967d4" },
      { id: "participation-2017", cellId: "b5e1946a" },
    ],
  },
  {
    id: "05-claims-check",
    number: 5,
    title: { en: "The article's claims, checked", id: "Klaim artikel, diperiksa" },
    question: {
      en: "Which of the article's factual claims hold up against the datasets and their sources?",
      id: "Klaim faktual artikel mana yang bertahan bila diperiksa terhadap dataset dan sumbernya?",
    },
    paragraphs: ["art-p03"],
    findings: claimsCheckFindings,
    figures: [
      { id: "claim-verdicts", cellId: "34070910" },
      { id: "verdicts-by-paragraph", cellId: "ebe45ecc" },
    ],
  },
];

/** "3.2": the number of a notebook's figure in the report. */
export function figureNumber(notebook: Pick<StoryNotebook, "number">, index: number): string {
  return `${notebook.number}.${index + 1}`;
}
