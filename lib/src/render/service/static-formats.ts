import type { Chart } from "../../vocabulary";
import { renderChartSvg } from "../chart-svg";
import type { StaticFormat } from "./protocol";

export type StaticFiles = Partial<Record<StaticFormat, string | Buffer>>;

/** One static file of a chart, made from its SVG. resvg and pdfkit load on first use: a render service answering from its disk cache never needs them. */
export async function staticFileFromSvg(chart: Chart, svg: string, format: StaticFormat, pngScale: number): Promise<string | Buffer> {
  switch (format) {
    case "svg":
      return svg;
    case "png":
      return (await import("../svg-to-png")).svgToPng(svg, pngScale);
    case "pdf":
      return (await import("../svg-to-pdf")).svgToPdf(svg, chart.meta.title[chart.meta.lang]);
  }
}

/** Renders in this process: the chart's SVG once, and PNG and PDF from it, side by side. */
export async function renderStaticInProcess(chart: Chart, formats: readonly StaticFormat[], pngScale: number): Promise<StaticFiles> {
  if (formats.length === 0) return {};
  const svg = await renderChartSvg(chart);
  const contents = await Promise.all(formats.map((format) => staticFileFromSvg(chart, svg, format, pngScale)));
  return Object.fromEntries(formats.map((format, index) => [format, contents[index]]));
}
