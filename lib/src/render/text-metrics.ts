import PDFDocument from "pdfkit";
import { exportFontFiles } from "./fonts";

/** What vega passes to its text measure: a text mark item's font settings. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  fontStyle?: string;
  limit?: number;
}

let measurer: PDFKit.PDFDocument | undefined;
const widths = new Map<string, number>();

/** Width in CSS pixels of `text` in the export font (pdfkit's layout of the font file, kerning included). */
function measure(text: string, size: number, bold: boolean, italic: boolean): number {
  const face = bold ? (italic ? "boldItalic" : "bold") : italic ? "italic" : "regular";
  const key = `${face} ${size} ${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (!measurer) {
      // Never written out: a document only to lay text out with the font files.
      measurer = new PDFDocument({ autoFirstPage: false });
      for (const [name, file] of Object.entries(exportFontFiles())) measurer.registerFont(name, file);
    }
    width = measurer.font(face).fontSize(size).widthOfString(text);
    widths.set(key, width);
  }
  return width;
}

/**
 * vega's text width, for `vega.textMetrics.width`. Headless, without node-canvas, vega
 * estimates 0.8 em per character, far wider than real text: static images had labels
 * cut short, wide margins, and widths that did not match the interactive chart. Measured
 * with the font the images are drawn with (Liberation Sans, the charts' first font, which
 * the browser uses too), a static image is laid out as the interactive chart is.
 *
 * vega calls it both for a label's extent (the label as drawn, cut at `limit` with an
 * ellipsis) and while cutting (each candidate prefix, compared with `limit`): the text's
 * width capped at `limit` answers both.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const value = text == null ? "" : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  if (!value || size <= 0) return 0;
  const weight = item.fontWeight;
  const bold = weight === "bold" || weight === "bolder" || Number(weight) >= 600;
  const width = measure(value, size, bold, item.fontStyle === "italic" || item.fontStyle === "oblique");
  return item.limit != null && item.limit > 0 ? Math.min(width, item.limit) : width;
}
