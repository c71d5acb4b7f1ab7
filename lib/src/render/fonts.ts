import * as fs from "node:fs";

/**
 * The font files static exports draw text with: Liberation Sans (metrics of
 * Arial, the charts' first font) from Debian's fonts-liberation. Given to
 * resvg and pdfkit explicitly, so PNG and PDF look the same on any machine
 * that has the package, and resvg skips scanning every system font.
 */
export const exportFonts = {
  regular: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  bold: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  italic: "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
  boldItalic: "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf",
} as const;

/** Thrown when the export fonts are missing, with the fix in the message. */
export class MissingFontsError extends Error {
  constructor(missing: string[]) {
    super(`Font files missing: ${missing.join(", ")}. Install them with \`apt-get install fonts-liberation\`.`);
    this.name = "MissingFontsError";
  }
}

/** The export fonts, checked once. */
export function exportFontFiles(): typeof exportFonts {
  const missing = Object.values(exportFonts).filter((file) => !fs.existsSync(file));
  if (missing.length) throw new MissingFontsError(missing);
  return exportFonts;
}
