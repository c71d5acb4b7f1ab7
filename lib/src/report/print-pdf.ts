import { launchBrowser } from "../render/browser";

/** Page numbers at the foot of every page ("3 / 24"), in Chromium's print template. */
const footerTemplate = `<div style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8px; color: #555; width: 100%; text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * Chromium stamps the print time into the PDF's CreationDate and ModDate. Each is
 * overwritten with a fixed date of the same length, so byte offsets (and the xref
 * table) stay valid and the same page prints to the same bytes.
 */
export function withFixedDates(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1").replace(
    /(\/(?:CreationDate|ModDate) ?\(D:)(\d{4,14})([^)]*)\)/g,
    (_match, key: string, digits: string, zone: string) => `${key}${"20170914000000".slice(0, digits.length)}${zone.replace(/\d/g, "0")})`,
  );
  return Buffer.from(text, "latin1");
}

/** Headless Chromium printing pages to PDF: one launch (about 2 s) for all the pages of a report. */
export interface PdfPrinter {
  /**
   * Prints a self-contained HTML page to an A4 PDF (offline: the page must need no network),
   * with page numbers in the footer and the page's own print CSS.
   */
  print(html: string): Promise<Buffer>;
  /** Closes the browser; the printer cannot print after. */
  close(): Promise<void>;
}

/** Launches headless Chromium (Debian's) for printing: close the printer when done. */
export async function openPdfPrinter(): Promise<PdfPrinter> {
  const browser = await launchBrowser();
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: "load" });
        const pdf = await page.pdf({
          format: "A4",
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate,
          margin: { top: "15mm", bottom: "18mm", left: "14mm", right: "14mm" },
        });
        return withFixedDates(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
