/**
 * "syria-coalitions/report": the report of the five notebooks (`npm run report`), in English
 * and Indonesian, as HTML pages and A4 PDFs, with the executed notebooks rendered to HTML.
 * {@link buildReport} does it all; the other exports are its parts: the story, the page, the
 * PDF printer, the notebook pages and the Markdown and citation formatters.
 *
 * @module syria-coalitions/report
 */
export { buildReport, type ReportOptions, type ReportResult } from "./build-report";
export { storyPage, type PageChapter, type PageFigure, type StoryPageInput } from "./story-page";
export { story, paragraphGlossEn, figureNumber, type StoryNotebook, type StoryFigure } from "./story";
export { markdownHtml } from "./markdown";
export { openPdfPrinter, withFixedDates, type PdfPrinter } from "./print-pdf";
export { renderNotebooksHtml, withoutRemoteResources, withCellIds, notebookTitle } from "./notebook-html";
export { citation } from "./citation";
