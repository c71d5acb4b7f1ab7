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

/**
 * An SVG document as a data: URI for an <img> in a double-quoted attribute. Percent-encoded
 * rather than base64 (about 15% longer than the SVG instead of 33%), encoding only what would
 * break the URI or the attribute: "%" and "#" (URI syntax), '"' and "&" (the attribute),
 * "<" and ">" (so no HTML parser, however naive, sees markup in it), line breaks and tabs
 * (URL parsers strip them) and non-ASCII characters.
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${svg.replace(/[%#"&<>\0-\x1f\x7f]|[^\0-\x7f]/gu, encodeURIComponent)}`;
}
