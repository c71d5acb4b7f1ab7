import type { Lang } from "./lang";

/**
 * Every label the charts print, in English and Indonesian: the single source of
 * truth for both chart libraries. Camp, actor and group names come from
 * the data (name_en / name_ind columns) through localName().
 */
export const labels = {
  unaligned: { en: "No camp", id: "Tanpa kubu" },
  sects: {
    sunni: { en: "Sunni", id: "Sunni" },
    shia: { en: "Shia", id: "Syiah" },
    alawite: { en: "Alawite", id: "Alawi" },
    jewish: { en: "Jewish", id: "Yahudi" },
    christian: { en: "Christian", id: "Kristen" },
    secular_or_mixed: { en: "Secular or mixed", id: "Sekuler atau campuran" },
    not_applicable: { en: "Not applicable", id: "Tidak berlaku" },
  },
  actorKinds: {
    state: { en: "State", id: "Negara" },
    armed_group: { en: "Armed group", id: "Kelompok bersenjata" },
    political_group: { en: "Political group", id: "Kelompok politik" },
    international_body: { en: "International body", id: "Badan internasional" },
    international_official: { en: "International official", id: "Pejabat internasional" },
  },
  roles: {
    leader: { en: "leader", id: "pemimpin" },
    member: { en: "member", id: "anggota" },
    backer: { en: "backer", id: "pendukung" },
    partner: { en: "partner", id: "mitra" },
  },
  perspectives: {
    article: { en: "As the article states it", id: "Menurut artikel" },
    reference: { en: "As reference sources state it", id: "Menurut sumber rujukan" },
  },
  supportKinds: {
    military: { en: "military", id: "militer" },
    financial: { en: "financial", id: "keuangan" },
    political: { en: "political", id: "politik" },
    air_support: { en: "air support", id: "dukungan udara" },
    ground_forces: { en: "ground forces", id: "pasukan darat" },
    training: { en: "training", id: "pelatihan" },
    arms: { en: "arms", id: "senjata" },
  },
  eventKinds: {
    meeting: { en: "meeting", id: "pertemuan" },
    ceasefire: { en: "ceasefire", id: "gencatan senjata" },
    talks: { en: "talks", id: "perundingan" },
    military: { en: "military", id: "militer" },
    announcement: { en: "announcement", id: "pengumuman" },
    attack: { en: "attack", id: "serangan" },
    agreement: { en: "agreement", id: "kesepakatan" },
  },
  verdicts: {
    supported: { en: "supported", id: "didukung" },
    contradicted: { en: "contradicted", id: "dibantah" },
    partly_supported: { en: "partly supported", id: "didukung sebagian" },
    unverifiable: { en: "unverifiable", id: "tidak dapat diverifikasi" },
  },
  participantRoles: {
    delegation: { en: "delegation", id: "delegasi" },
    guarantor: { en: "guarantor", id: "penjamin" },
    observer: { en: "observer", id: "pengamat" },
    mediator: { en: "mediator", id: "mediator" },
    host: { en: "host", id: "tuan rumah" },
    absent: { en: "absent", id: "tidak hadir" },
  },
  processes: {
    astana: { en: "Astana talks", id: "Perundingan Astana" },
    geneva: { en: "Geneva talks", id: "Perundingan Jenewa" },
  },
  dimensions: {
    religion: { en: "By religion or sect", id: "Menurut agama atau mazhab" },
    ethnicity: { en: "By ethnicity", id: "Menurut etnis" },
    religion_ethnicity: { en: "By religion and ethnicity", id: "Menurut agama dan etnis" },
  },
  legends: {
    edgeArticle: { en: "In camp (article)", id: "Dalam kubu (artikel)" },
    edgeReference: { en: "In camp (reference sources)", id: "Dalam kubu (sumber rujukan)" },
    edgeSupport: { en: "Support (arrow: to whom)", id: "Dukungan (panah: kepada siapa)" },
    rangeAcrossSources: { en: "Range across sources", id: "Rentang antarsumber" },
    events2017: { en: "Events of 2017", id: "Peristiwa 2017" },
    year2017: { en: "2017", id: "2017" },
    disagreementNote: {
      en: "* the article and the reference sources place this actor differently",
      id: "* artikel dan sumber rujukan menempatkan aktor ini secara berbeda",
    },
    estimate: { en: "Estimate", id: "Perkiraan" },
    event: { en: "Event (point)", id: "Peristiwa (titik)" },
    inArticle: { en: "mentioned in the article", id: "disebut dalam artikel" },
    notInArticle: { en: "not mentioned in the article", id: "tidak disebut dalam artikel" },
    talkRounds: { en: "Round of talks (span)", id: "Putaran perundingan (rentang)" },
    roleAtRound: { en: "Role at the round", id: "Peran dalam putaran" },
    verdict: { en: "Verdict", id: "Penilaian" },
    startInData: { en: "Start of the membership", id: "Awal keanggotaan" },
    startDated: { en: "dated by a source", id: "bertanggal menurut sumber" },
    startUndated: { en: "no date in the data: drawn from {from}", id: "tanpa tanggal dalam data: digambar sejak {from}" },
    articlePicture: { en: "The article's picture ({year})", id: "Gambaran artikel ({year})" },
    campsOn: { en: "The camps on {date}", id: "Kubu-kubu pada {date}" },
    eventsAround: { en: "Events from {from} to {to} ({days} days either side)", id: "Peristiwa {from} sampai {to} ({days} hari sebelum dan sesudahnya)" },
    dateSlider: { en: "Date: days since {from}", id: "Tanggal: hari sejak {from}" },
    sliderHint: {
      en: "Move the slider under the chart to choose a day; the exported images and the PDF show {date}.",
      id: "Geser penggeser di bawah grafik untuk memilih hari; gambar ekspor dan PDF menampilkan {date}.",
    },
    staticDate: {
      en: "Interactive: move the slider to choose any day from {from} to {to}. The PDF and the exported images show {date}.",
      id: "Interaktif: geser penggeser untuk memilih hari mana pun dari {from} sampai {to}. PDF dan gambar ekspor menampilkan {date}.",
    },
  },
  axes: {
    actor: { en: "Actor", id: "Aktor" },
    camp: { en: "Camp", id: "Kubu" },
    date: { en: "Date (year)", id: "Tanggal (tahun)" },
    date2017: { en: "Date in 2017 (month)", id: "Tanggal pada 2017 (bulan)" },
    process: { en: "Negotiation process", id: "Proses perundingan" },
    roundOrEvent: { en: "Round or event", id: "Putaran atau peristiwa" },
    populationShare: { en: "Share of population (%)", id: "Porsi penduduk (%)" },
    group: { en: "Population group", id: "Kelompok penduduk" },
    members: { en: "Members (number of actors)", id: "Anggota (jumlah aktor)" },
    sect: { en: "Sect of the leadership", id: "Mazhab kepemimpinan" },
    religionGroup: { en: "Religious group", id: "Kelompok agama" },
    source: { en: "Source", id: "Sumber" },
    role: { en: "Role", id: "Peran" },
    dateMonth: { en: "Date (month)", id: "Tanggal (bulan)" },
    from: { en: "From", id: "Dari" },
    to: { en: "To", id: "Sampai" },
    talksOrEventKind: { en: "Talks or kind of event", id: "Perundingan atau jenis peristiwa" },
    roundInYear: { en: "Round of talks in {year} (in date order)", id: "Putaran perundingan pada {year} (urut tanggal)" },
    claims: { en: "Claims (number)", id: "Klaim (jumlah)" },
    verdict: { en: "Verdict on the claim", id: "Penilaian atas klaim" },
    paragraph: { en: "Paragraph of the article (¶)", id: "Paragraf artikel (¶)" },
  },
  titles: {
    coalitionStructure: { en: "The camps of the Syrian war and their members", id: "Kubu-kubu perang Suriah dan anggotanya" },
    coalitionNetwork: { en: "Coalition network: camps, members and support", id: "Jaringan koalisi: kubu, anggota, dan dukungan" },
    alignmentMatrix: { en: "Who is in which camp: the article vs reference sources", id: "Siapa di kubu mana: artikel vs sumber rujukan" },
    talkRoundsTimeline: { en: "Astana and Geneva talks, {from}–{to}, and the events of 2017", id: "Perundingan Astana dan Jenewa, {from}–{to}, dan peristiwa 2017" },
    // The same rounds as talkRoundsTimeline, drawn by Plotly: a figure of the report needs a title of its own.
    talkRoundsTimelinePlotly: { en: "Astana and Geneva talks, {from}–{to}: the two tracks at a glance (Plotly view)", id: "Perundingan Astana dan Jenewa, {from}–{to}: kedua jalur sekilas (tampilan Plotly)" },
    populationComposition: { en: "Syria's population by religion and ethnicity: estimates and their range", id: "Penduduk Suriah menurut agama dan etnis: perkiraan dan rentangnya" },
    eventsTimeline: { en: "Events and rounds of talks", id: "Peristiwa dan putaran perundingan" },
    participation: { en: "Who took part in the rounds of talks, and in which role", id: "Siapa ikut putaran perundingan, dan dalam peran apa" },
    claimVerdicts: { en: "The article's claims checked against other sources", id: "Klaim artikel diperiksa terhadap sumber lain" },
    verdictsByParagraph: { en: "Checked claims per paragraph of the article, by verdict", id: "Klaim yang diperiksa per paragraf artikel, menurut penilaian" },
    campsOnDate: { en: "The camps on any date, {from}–{to} (reference sources), and the events around it", id: "Kubu pada tanggal mana pun, {from}–{to} (sumber rujukan), dan peristiwa sekitarnya" },
    campMembershipTimeline: { en: "Who was in which camp, {from}–{to} (reference sources)", id: "Siapa di kubu mana, {from}–{to} (sumber rujukan)" },
    sectVersusCoalition: { en: "Population shares beside the sect of each camp's members", id: "Porsi penduduk di samping mazhab anggota tiap kubu" },
  },
  /**
   * The one word for "sources": before a chart's source line ("Sources: …"), a report figure's
   * caption and the report's list of sources, and over a table's count of distinct sources.
   */
  sources: { en: "Sources", id: "Sumber" },
  /** Under a table cut short: "… 12 more rows", "… 12 baris lagi". */
  tableMore: { en: "… {n} more {noun}", id: "… {n} {noun} lagi" },
  articleParagraphs: { en: "article ¶", id: "artikel ¶" },
} as const;

/** A row's name (name_en / name_ind: camps, actors, population groups) in the chosen language. */
export function localName(row: { name_en: string; name_ind: string }, lang: Lang): string {
  return lang === "en" ? row.name_en : row.name_ind;
}

/**
 * A long name cut for a small label: at its first parenthesis or comma when
 * that leaves a name ("Government of Syria (Assad government)" → "Government of
 * Syria"), else at `max` characters with an ellipsis. Hover texts keep the full name.
 */
export function shortName(name: string, max = 26): string {
  if (name.length <= max) return name;
  const cut = name.search(/ \(|, /);
  if (cut >= 4 && cut <= max) return name.slice(0, cut);
  return `${name.slice(0, max - 1).trimEnd()}…`;
}

/** Greedy word wrap: lines of up to `width` characters, a longer word on a line of its own. */
function wordLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A long name as at most `maxLines` lines of up to `width` characters, broken between
 * words, a parenthesis starting a line of its own ("Government of Syria" / "(Assad
 * government)"). A name too long for that is cut as shortName cuts it, at its first comma
 * or parenthesis ("Staffan de Mistura, UN Special Envoy…" → "Staffan de Mistura"), or
 * else ends in an ellipsis. Charts join the lines with their own line break ("<br>" in
 * Plotly, an axis label array in Vega-Lite); hover texts keep the full name.
 */
export function nameLines(name: string, width = 26, maxLines = 2): string[] {
  if (name.length <= width) return [name];
  const paren = name.indexOf(" (");
  const whole = [
    ...(paren > 0 ? [[...wordLines(name.slice(0, paren), width), ...wordLines(name.slice(paren + 1), width)]] : []),
    wordLines(name, width),
  ].find((lines) => lines.length <= maxLines);
  if (whole) return whole;
  const cut = shortName(name, width * maxLines);
  if (!cut.endsWith("…") && wordLines(cut, width).length <= maxLines) return wordLines(cut, width);
  const lines = wordLines(name, width);
  const rest = lines.slice(maxLines - 1).join(" ");
  return [...lines.slice(0, maxLines - 1), `${rest.slice(0, width - 1).trimEnd()}…`];
}
