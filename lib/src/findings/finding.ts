import type { Lang } from "../vocabulary";

/**
 * One finding of a notebook: a Markdown sentence or two in English and in
 * Indonesian, every number, date and name in it computed from the data.
 */
export interface Finding {
  en: string;
  id: string;
}

/** The findings as a Markdown bullet list in one language. */
export function findingsMarkdown(findings: readonly Finding[], lang: Lang): string {
  return findings.map((finding) => `- ${finding[lang].replace(/\n/g, "\n  ")}`).join("\n");
}
