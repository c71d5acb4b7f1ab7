import * as dfd from "danfojs-node";
import type { Lang } from "../charts/chart";
import { labels } from "../charts/labels";

/**
 * Headers of the tables the analysis functions return, in English and Indonesian.
 * Words the charts also print (camp, actor, source ...) come from the chart labels,
 * so each word is translated once.
 */
export const columnLabels: Record<string, Record<Lang, string>> = {
  actor_id: labels.axes.actor,
  camp_id: labels.axes.camp,
  name_en: { en: "Name", id: "Nama (Inggris)" },
  name_id: { en: "Name (Indonesian)", id: "Nama" },
  camp_en: { en: "Camp", id: "Kubu (Inggris)" },
  camp_id_name: { en: "Camp (Indonesian)", id: "Kubu" },
  role: labels.axes.role,
  kind: { en: "Kind", id: "Jenis" },
  sect: labels.axes.sect,
  locality: { en: "Local or foreign", id: "Lokal atau asing" },
  local: { en: "Local (Syrian)", id: "Lokal (Suriah)" },
  foreign: { en: "Foreign", id: "Asing" },
  confidence: { en: "Confidence", id: "Tingkat keyakinan" },
  article_camps: { en: "Camp per the article", id: "Kubu menurut artikel" },
  reference_camps: { en: "Camp per reference sources", id: "Kubu menurut sumber rujukan" },
  agrees: { en: "Agree?", id: "Sepakat?" },
  dimension: { en: "Dimension", id: "Dimensi" },
  group_id: labels.axes.group,
  min_pct: { en: "Lowest (%)", id: "Terendah (%)" },
  max_pct: { en: "Highest (%)", id: "Tertinggi (%)" },
  median_pct: { en: "Median (%)", id: "Median (%)" },
  spread_pct: { en: "Spread (points)", id: "Selisih (poin)" },
  estimates: { en: "Estimates", id: "Perkiraan" },
  sources: { en: "Sources", id: "Sumber" },
  member_sects: { en: "Sects of the core members' leadership", id: "Mazhab pimpinan anggota inti" },
  matched_low_pct: { en: "Population of those sects, low (%)", id: "Penduduk bermazhab sama, rendah (%)" },
  matched_high_pct: { en: "Population of those sects, high (%)", id: "Penduduk bermazhab sama, tinggi (%)" },
  article_sects: { en: "Sects of the core (article)", id: "Mazhab inti (artikel)" },
  article_low_pct: { en: "Same-sect population, low (article, %)", id: "Penduduk semazhab, rendah (artikel, %)" },
  article_high_pct: { en: "Same-sect population, high (article, %)", id: "Penduduk semazhab, tinggi (artikel, %)" },
  reference_sects: { en: "Sects of the core (references)", id: "Mazhab inti (rujukan)" },
  reference_low_pct: { en: "Same-sect population, low (references, %)", id: "Penduduk semazhab, rendah (rujukan, %)" },
  reference_high_pct: { en: "Same-sect population, high (references, %)", id: "Penduduk semazhab, tinggi (rujukan, %)" },
  change_low_pct: { en: "Change, low (points)", id: "Perubahan, rendah (poin)" },
  estimate_id: { en: "Estimate", id: "Perkiraan" },
  low: { en: "Low (%)", id: "Rendah (%)" },
  high: { en: "High (%)", id: "Tinggi (%)" },
  year: { en: "Year", id: "Tahun" },
  astana: labels.processes.astana,
  geneva: labels.processes.geneva,
  process: labels.axes.process,
  round_id: { en: "Round id", id: "Id putaran" },
  label_en: { en: "Round", id: "Putaran (Inggris)" },
  label_id: { en: "Round (Indonesian)", id: "Putaran" },
  start_date: { en: "Start", id: "Mulai" },
  end_date: { en: "End", id: "Selesai" },
  city: { en: "City", id: "Kota" },
  duration_days: { en: "Length (days)", id: "Lama (hari)" },
  days_since_previous: { en: "Days since previous round", id: "Hari sejak putaran sebelumnya" },
  rounds: { en: "Rounds", id: "Jumlah putaran" },
  mean_days: { en: "Mean length (days)", id: "Rata-rata lama (hari)" },
  median_days: { en: "Median length (days)", id: "Median lama (hari)" },
  min_days: { en: "Shortest (days)", id: "Terpendek (hari)" },
  max_days: { en: "Longest (days)", id: "Terpanjang (hari)" },
  mean_gap_days: { en: "Mean gap (days)", id: "Rata-rata jeda (hari)" },
  median_gap_days: { en: "Median gap (days)", id: "Median jeda (hari)" },
  min_gap_days: { en: "Shortest gap (days)", id: "Jeda terpendek (hari)" },
  max_gap_days: { en: "Longest gap (days)", id: "Jeda terpanjang (hari)" },
  delegation: { en: "Delegation", id: "Delegasi" },
  guarantor: { en: "Guarantor", id: "Penjamin" },
  observer: { en: "Observer", id: "Pengamat" },
  mediator: { en: "Mediator", id: "Mediator" },
  host: { en: "Host", id: "Tuan rumah" },
  event_id: { en: "Event id", id: "Id peristiwa" },
  events: { en: "Events", id: "Jumlah peristiwa" },
  date: { en: "Date", id: "Tanggal" },
  date_precision: { en: "Date precision", id: "Ketelitian tanggal" },
  title_en: { en: "Event", id: "Peristiwa (Inggris)" },
  title_id: { en: "Event (Indonesian)", id: "Peristiwa" },
  article_source_id: { en: "Article paragraph", id: "Paragraf artikel" },
  source_id: labels.axes.source,
  publisher: { en: "Publisher", id: "Penerbit" },
  day_of_window: { en: "Day", id: "Hari ke-" },
  claim_id: { en: "Claim id", id: "Id klaim" },
  text_id: { en: "Claim (Indonesian, as written)", id: "Klaim (sesuai teks)" },
  text_en: { en: "Claim (English gloss)", id: "Klaim (terjemahan Inggris)" },
  verdict: { en: "Verdict", id: "Penilaian" },
  claims: { en: "Claims", id: "Jumlah klaim" },
  percent: { en: "Percent", id: "Persen" },
  paragraph: { en: "Paragraph", id: "Paragraf" },
  evidence_source_id: { en: "Deciding source", id: "Sumber penentu" },
  evidence_title: { en: "Deciding source (title)", id: "Sumber penentu (judul)" },
  evidence_publisher: { en: "Deciding source (publisher)", id: "Sumber penentu (penerbit)" },
  explanation_en: { en: "Why", id: "Alasan (Inggris)" },
  ...Object.fromEntries(Object.entries(labels.sects)),
  ...Object.fromEntries(Object.entries(labels.actorKinds)),
  ...Object.fromEntries(Object.entries(labels.verdicts)),
};

/**
 * The frame with its column headers in the chosen language. Unknown columns keep
 * their names; a label that two columns would share keeps the second column's
 * name beside it, since a DataFrame needs distinct headers.
 */
export function withHeaders(frame: dfd.DataFrame, lang: Lang): dfd.DataFrame {
  const used = new Set<string>();
  const mapping: Record<string, string> = {};
  for (const column of frame.columns) {
    const label = columnLabels[column]?.[lang] ?? column;
    mapping[column] = used.has(label) ? `${label} (${column})` : label;
    used.add(mapping[column]!);
  }
  return frame.rename(mapping);
}
