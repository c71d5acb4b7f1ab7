/** Text safe inside HTML elements and double-quoted attributes: the one escaping function of the library. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON safe inside a <script> element: "<" is written as its JSON escape, so "</script>" cannot occur. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Code as an inline <script>; "</script" inside it (a minified bundle may hold one) would end the element early. */
export function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/script/gi, "<\\/script")}</script>`;
}
