import type { Layout } from "plotly.js";
import type { Lang } from "../vocabulary";
import { maxChartWidth } from "./chart-size";
import { fontFamily } from "./palette";

/** Size of every Plotly figure of the library, in CSS pixels: as wide as a notebook shows whole. */
export const plotlyFigureSize = { width: maxChartWidth.plotly, height: 720 } as const;

/**
 * The layout every Plotly chart shares: title on top, source lines as a grey
 * footnote under the plot area, the project's fonts, a fixed size and margins
 * that leave room for both (a taller top margin for a legend under the title).
 */
export function plotlyBaseLayout(title: string, sourceLines: readonly string[], lang: Lang, topMargin = 60): Partial<Layout> & Required<Pick<Layout, "annotations" | "margin">> {
  const footerHeight = 18 + 14 * sourceLines.length;
  return {
    ...plotlyFigureSize,
    title: { text: title, x: 0.02, xanchor: "left", y: 0.985, yanchor: "top", font: { size: 18 } },
    font: { family: fontFamily, size: 12, color: "#222222" },
    paper_bgcolor: "#ffffff",
    plot_bgcolor: "#ffffff",
    margin: { l: 70, r: 30, t: topMargin, b: 70 + footerHeight },
    separators: lang === "id" ? ",." : ".,",
    annotations: [
      {
        text: sourceLines.join("<br>"),
        xref: "paper",
        yref: "paper",
        x: 0,
        y: 0,
        xanchor: "left",
        yanchor: "top",
        // Below the x axis title.
        yshift: -62,
        align: "left",
        showarrow: false,
        font: { size: 11, color: "#555555" },
      },
    ],
  };
}

/** Plotly config of exported and notebook figures: no mode bar, no logo, no network calls. */
export const plotlyConfig = { displaylogo: false, responsive: false, displayModeBar: false } as const;
