import { quietTensorflow } from "./quiet-tensorflow";

// Done on import, before any cell builds a DataFrame: the banner prints on the first tensor.
quietTensorflow();

export { show, showTable, displayBundle } from "./show";
export { sendBundle } from "./send-bundle";
export { tableBundle, type FrameLike, type TableOptions } from "./table-bundle";
export { chartBundle } from "./chart-bundle";
export type { MimeBundle } from "./mime-bundle";
export { showFindings, findingsBundle } from "./findings";
