import type * as dfd from "danfojs-node";
import { withHeaders } from "../analysis/headers";
import { openDataset, type Dataset } from "../datasets";
import { Frame } from "../frames";
import { showFindings, showTable, type FrameLike, type TableOptions } from "../display";
import type { FigureFormat } from "../export/export-figure";
import type { Finding } from "../findings/finding";
import { asChart, type Showable } from "../charts/own-chart";
import { captions, type CaptionKey, type Lang } from "../vocabulary";

/** The parameters every notebook declares in its cell tagged `parameters`. */
export interface NotebookOptions {
  /** Language of table headers, captions, charts and findings (default "en"). */
  lang?: Lang;
  /** Figure files `export` writes (default: every format). */
  formats?: readonly FigureFormat[];
}

/** What a notebook works with: its data, its language, and the few calls that display and export in that language. */
export interface Notebook {
  /** The notebook's name without extension, e.g. "01-actors-and-coalitions". */
  readonly id: string;
  /** Its path from the project root, recorded as the maker of its figures. */
  readonly path: string;
  readonly dataset: Dataset;
  readonly lang: Lang;
  /** A table caption from the caption dictionary, in the notebook's language. */
  caption(key: CaptionKey): string;
  /** Shows a DataFrame with its headers, numbers and dates in the notebook's language and a caption from the dictionary; the options cut it (see {@link TableOptions}). */
  table(frame: Frame<object> | dfd.DataFrame | FrameLike, caption: CaptionKey, options?: Omit<TableOptions, "caption" | "lang">): void;
  /** Shows computed findings as Markdown in the notebook's language. */
  findings(findings: readonly Finding[]): void;
  /**
   * Exports the charts (the library's, or bare Plotly figures and Vega-Lite specs, named
   * after their titles) to figures/ in the notebook's formats, recording the notebook as
   * their maker, and prints what it wrote. A chart that fails to export does not stop the
   * others: they are written, and then its error is thrown.
   */
  export(...charts: Showable[]): Promise<void>;
}

function hasColumnNames(frame: Frame<object> | dfd.DataFrame | FrameLike): frame is Frame<object> | dfd.DataFrame {
  return frame instanceof Frame || typeof (frame as dfd.DataFrame).rename === "function";
}

/**
 * Opens a notebook: opens the dataset (the one place notebooks load it; each table is
 * read and checked on first use, see {@link openDataset}) and binds the language and
 * formats its parameters cell declares. `id` is the notebook's file name without
 * extension. Figure export (browser, PDF writer) loads only when `export` is first called.
 *
 * @example
 * ```ts
 * // The cell tagged "parameters"
 * let lang: "en" | "id" = "en";
 * let formats: Array<"svg" | "png" | "pdf" | "html" | "json"> = ["svg", "png"];
 * // The import cell (write `lang: lang`: tslab loses the shorthand `{ lang }`)
 * const nb = openNotebook("03-talk-rounds", { lang: lang, formats: formats });
 * nb.table(roundsPerYearWithTotal(nb.dataset), "roundsPerYear");
 * nb.findings(talkRoundsFindings(nb.dataset));
 * await nb.export(talkRoundsTimelineChart(nb.dataset, { lang: nb.lang }));
 * ```
 */
export function openNotebook(id: string, options: NotebookOptions = {}): Notebook {
  const lang = options.lang ?? "en";
  const path = `notebooks/${id}.ipynb`;
  const dataset = openDataset();
  return {
    id,
    path,
    dataset,
    lang,
    caption: (key) => captions[key][lang],
    table(frame, caption, tableOptions = {}) {
      showTable(hasColumnNames(frame) ? withHeaders(frame, lang, dataset) : frame, { ...tableOptions, caption: captions[caption][lang], lang });
    },
    findings: (findings) => showFindings(findings, lang),
    async export(...charts) {
      const { exportFigure } = await import("../export/export-figure");
      // All at once: the render service draws one chart while it writes another's PNG and PDF.
      const outcomes = await Promise.allSettled(charts.map((chart) => exportFigure(asChart(chart), { madeBy: path, formats: options.formats })));
      for (const outcome of outcomes) {
        if (outcome.status === "fulfilled") console.log(`${outcome.value.id}: ${outcome.value.files.map((file) => file.name).join(", ")}`);
      }
      const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}
