import type { Chart } from "../vocabulary";

/**
 * The widest a chart of each library may be, in CSS pixels, so that it shows whole where
 * notebooks are read: classic Notebook's output area in a 1280 px window is 978 px wide,
 * 967 px inside its padding, and an interactive Vega-Lite chart keeps a 38 px margin at its
 * right for vega-embed's action menu.
 */
export const maxChartWidth: Readonly<Record<Chart["library"], number>> = { plotly: 960, "vega-lite": 920 };
