import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { exportFontFiles } from "./fonts";
import { svgSize } from "./svg-size";

/** PDF points per CSS pixel. */
const pointsPerPixel = 0.75;

/**
 * Fixed document date: a PDF written from the same SVG is byte-identical
 * (pdfkit derives the file id from the date too).
 */
const fixedDate = new Date(Date.UTC(2017, 0, 1));

/** A one-page vector PDF of the SVG, page sized to the figure, fonts embedded. */
export function svgToPdf(svg: string, title: string): Promise<Buffer> {
  const fonts = exportFontFiles();
  const { width, height } = svgSize(svg);
  const size: [number, number] = [width * pointsPerPixel, height * pointsPerPixel];
  const doc = new PDFDocument({
    size,
    margin: 0,
    autoFirstPage: true,
    compress: true,
    info: { Title: title, Creator: "syria-coalitions", Producer: "pdfkit", CreationDate: fixedDate, ModDate: fixedDate },
  });
  doc.registerFont("export", fonts.regular);
  doc.registerFont("export-bold", fonts.bold);
  doc.registerFont("export-italic", fonts.italic);
  doc.registerFont("export-bolditalic", fonts.boldItalic);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  SVGtoPDF(doc, withoutEmptyDashes(svg), 0, 0, {
    width: size[0],
    height: size[1],
    // Every family of the charts' font stack is drawn with the embedded Liberation Sans.
    fontCallback: (_family, bold, italic) => `export${bold || italic ? "-" : ""}${bold ? "bold" : ""}${italic ? "italic" : ""}`,
    warningCallback: () => undefined,
  });
  doc.end();
  return done;
}

/**
 * pdfkit refuses zero dash lengths, which Plotly writes for annotation arrows
 * ("0px, 0px, 89px, 97px"). A zero dash followed by a zero gap draws nothing,
 * so such pairs are dropped; a pattern left empty becomes a solid line.
 */
export function withoutEmptyDashes(svg: string): string {
  return svg.replace(/stroke-dasharray(="|:\s*)([^;"]+)/g, (match, separator: string, value: string) => {
    const lengths = value.split(/[\s,]+/).filter(Boolean).map((length) => parseFloat(length));
    if (lengths.some((length) => Number.isNaN(length))) return match;
    const kept: number[] = [];
    for (let index = 0; index < lengths.length; index += 2) {
      const dash = lengths[index];
      const gap = lengths[index + 1] ?? dash;
      if (dash !== 0 || gap !== 0) kept.push(dash, gap);
    }
    return `stroke-dasharray${separator}${kept.length && kept.every((length) => length > 0) ? kept.join(",") : "none"}`;
  });
}
