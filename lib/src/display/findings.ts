import { findingsMarkdown, type Finding } from "../findings/finding";
import type { Lang } from "../vocabulary";
import type { MimeBundle } from "./mime-bundle";
import { sendBundle } from "./send-bundle";

/** The bundle showFindings sends: the Markdown list, with itself as the text twin (Markdown reads as text). */
export function findingsBundle(findings: readonly Finding[], lang: Lang): MimeBundle {
  const markdown = findingsMarkdown(findings, lang);
  return { "text/markdown": markdown, "text/plain": markdown };
}

/** Displays a notebook's computed findings as a Markdown list in the chosen language. */
export function showFindings(findings: readonly Finding[], lang: Lang): void {
  sendBundle(findingsBundle(findings, lang));
}
