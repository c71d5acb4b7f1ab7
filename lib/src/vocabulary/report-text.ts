import { labels } from "./labels";
import type { Lang } from "./lang";

/** The report's own wording, in both languages, beside the labels of charts and tables. */
export const reportText = {
  title: { en: "Coalitions of the Syrian war: an Indonesian commentary of 2017, checked against the data", id: "Koalisi perang Suriah: sebuah komentar Indonesia tahun 2017, diperiksa dengan data" },
  lead: {
    en: "The report follows the five analysis notebooks in order. Each chapter quotes the article paragraphs it examines, states the findings computed from the datasets in data/ and shows the figures with their sources.",
    id: "Laporan ini mengikuti kelima notebook analisis secara berurutan. Setiap bab mengutip paragraf artikel yang diperiksanya, menyatakan temuan yang dihitung dari dataset di data/ dan menampilkan gambar beserta sumbernya.",
  },
  pdfLead: { en: "The PDF of this report is {pdf}.", id: "PDF laporan ini: {pdf}." },
  overview: { en: "What the article claims and what the data say", id: "Apa klaim artikel dan apa kata data" },
  overviewLead: {
    en: "The article makes {claims} checkable claims. Checked against the datasets and their sources:",
    id: "Artikel ini memuat {claims} klaim yang dapat diperiksa. Setelah diperiksa terhadap dataset dan sumbernya:",
  },
  overviewTable: { en: "Claims of the paragraphs each chapter examines, by verdict", id: "Klaim paragraf yang diperiksa tiap bab, menurut penilaian" },
  chapter: { en: "Chapter", id: "Bab" },
  paragraphs: { en: "Paragraphs", id: "Paragraf" },
  question: { en: "Question", id: "Pertanyaan" },
  article: { en: "The article", id: "Artikel" },
  paragraph: { en: "paragraph", id: "paragraf" },
  findings: { en: "Findings", id: "Temuan" },
  figure: { en: "Figure", id: "Gambar" },
  sources: labels.sources,
  files: { en: "files", id: "berkas" },
  notebookCell: { en: "the notebook cell", id: "sel notebook" },
  gloss: { en: "English gloss", id: "Terjemahan bahasa Inggris" },
  readAt: { en: "read at", id: "dibaca di" },
  readOn: { en: "on", id: "pada" },
  sourcesLead: {
    en: "Every source the figures cite, in the order they are first cited, with the passage quoted from it.",
    id: "Semua sumber yang dikutip gambar, menurut urutan kutipan pertamanya, beserta kutipannya.",
  },
  // Each page names the other in its own words: a reader of one language follows links in it.
  otherLanguage: { en: "The report in Indonesian", id: "Laporan ini dalam bahasa Inggris" },
  /** How a paragraph of the article is cited in the list of sources. */
  articleCitation: { en: "Article (Indonesian commentary, 2017), paragraph {paragraph}", id: "Artikel (komentar berbahasa Indonesia, 2017), paragraf {paragraph}" },
  notInSources: { en: "not in data/sources.csv", id: "tidak ada di data/sources.csv" },
  /** The label of a figure's interactive page among its files (the others are named by their format). */
  interactivePage: { en: "HTML (interactive)", id: "HTML (interaktif)" },
} as const satisfies Record<string, Record<Lang, string>>;
