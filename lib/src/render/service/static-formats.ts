import type { Chart } from "../../vocabulary";
import { renderChartSvg } from "../chart-svg";
import { svgToPdf } from "../svg-to-pdf";
import { svgToPng } from "../svg-to-png";
import type { StaticFormat } from "./protocol";

export type StaticFiles = Partial<Record<StaticFormat, string | Buffer>>;

/** The requested files of a chart whose SVG is rendered: PNG and PDF are made from it side by side. */
export async function staticFilesFromSvg(chart: Chart, svg: string, formats: readonly StaticFormat[], pngScale: number): Promise<StaticFiles> {
  const [png, pdf] = await Promise.all([
    formats.includes("png") ? svgToPng(svg, pngScale) : undefined,
    formats.includes("pdf") ? svgToPdf(svg, chart.meta.title[chart.meta.lang]) : undefined,
  ]);
  const files: StaticFiles = {};
  for (const format of formats) files[format] = { svg, png, pdf }[format];
  return files;
}

/** Renders in this process: the chart's SVG once, and PNG and PDF from it. */
export async function renderStaticInProcess(chart: Chart, formats: readonly StaticFormat[], pngScale: number): Promise<StaticFiles> {
  if (formats.length === 0) return {};
  return staticFilesFromSvg(chart, await renderChartSvg(chart), formats, pngScale);
}
