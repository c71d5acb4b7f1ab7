import type { Lang } from "../vocabulary";
import type { Perspective } from "./prepare/membership";

/** Options every chart builder takes. */
export interface ChartOptions {
  /** Language of titles, labels and legends (default "en"). */
  lang?: Lang;
}

/** Options of the charts that show one perspective on the camps. */
export interface PerspectiveOptions extends ChartOptions {
  /**
   * Whose account of the camps to draw: "article" (default: the commentary's
   * own placement) or "reference" (other sources).
   */
  perspective?: Perspective;
}
