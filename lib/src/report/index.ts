export { buildReport, type ReportOptions, type ReportResult } from "./build-report";
export { storyPage, type PageChapter, type PageFigure, type StoryPageInput } from "./story-page";
export { story, paragraphGlossEn, figureNumber, type StoryNotebook, type StoryFigure } from "./story";
export { markdownHtml } from "./markdown";
export { printPdf, withFixedDates } from "./print-pdf";
export { renderNotebooksHtml, withoutRemoteResources, withCellIds, notebookTitle } from "./notebook-html";
export { citation } from "./citation";
