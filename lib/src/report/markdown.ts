import { escapeHtml } from "../render";

/** **bold** and *italic* inside text already escaped. */
function inline(escaped: string): string {
  return escaped.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/(^|[^*])\*([^*\s][^*]*?)\*(?!\*)/g, "$1<em>$2</em>");
}

/**
 * The Markdown the findings use, as HTML: paragraphs, "- " bullet lists, **bold** and
 * *italic*. The text is escaped first, so nothing in a data row can become markup.
 */
export function markdownHtml(markdown: string): string {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(`<p>${inline(escapeHtml(paragraph.join(" ")))}</p>`);
    if (items.length > 0) blocks.push(`<ul>${items.map((item) => `<li>${inline(escapeHtml(item))}</li>`).join("")}</ul>`);
    paragraph = [];
    items = [];
  };
  for (const line of markdown.split("\n").map((text) => text.trim())) {
    const item = /^[-*] (.*)$/.exec(line);
    if (line === "") flush();
    else if (item) {
      if (paragraph.length > 0) flush();
      items.push(item[1]!);
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks.join("\n");
}
