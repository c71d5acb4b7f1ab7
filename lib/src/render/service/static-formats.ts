import type { Chart } from "../../vocabulary";
import { renderChartSvg } from "../chart-svg";
import { svgToPdf } from "../svg-to-pdf";
import { svgToPng } from "../svg-to-png";
import type { StaticFormat } from "./protocol";

export type StaticFiles = Partial<Record<StaticFormat, string | Buffer>>;

/** Renders in this process: the chart's SVG once, and PNG and PDF from it. */
export async function renderStaticInProcess(chart: Chart, formats: readonly StaticFormat[], pngScale: number): Promise<StaticFiles> {
  const files: StaticFiles = {};
  if (formats.length === 0) return files;
  const svg = await renderChartSvg(chart);
  for (const format of formats) {
    if (format === "svg") files.svg = svg;
    if (format === "png") files.png = svgToPng(svg, pngScale);
    if (format === "pdf") files.pdf = await svgToPdf(svg, chart.meta.title[chart.meta.lang]);
  }
  return files;
}
