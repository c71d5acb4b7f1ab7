export { buildReport, type ReportOptions, type ReportResult } from "./build-report";
export { reportPage, type ReportFigure, type ReportNotebook } from "./report-page";
export { renderNotebooksHtml, withoutRemoteResources, notebookTitle } from "./notebook-html";
export { citation } from "./citation";
