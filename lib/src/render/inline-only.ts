/**
 * The renderers draw a chart from what it carries, and load nothing else: no file, no URL.
 * A chart that asks for one is refused with this message, and the file or URL it named.
 */
export const notInlineMessage = "chart data must be inline";
