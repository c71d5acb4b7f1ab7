/**
 * The words every layer shares: the language, the chart types and the label
 * dictionary. It imports nothing from the rest of the library, so any layer may
 * import it without reaching up (test/architecture/layers.test.ts keeps it so).
 */
export type { Lang } from "./lang";
export type { Chart, ChartMeta, PlotlyChart, PlotlyFigure, VegaLiteChart } from "./chart";
export { labels, localName, nameLines, shortName } from "./labels";
export { columnLabels } from "./column-labels";
export { formatCount, formatDate, formatDateRange, formatList, formatMonthRange, formatNumber, formatPercent, formatPercentRange, formatter, monthNames, type Formatter, type Noun, type TwelveNames } from "./format";
export { nouns } from "./nouns";
export { captions, localColumn, type CaptionKey } from "./captions";
export { reportText } from "./report-text";
