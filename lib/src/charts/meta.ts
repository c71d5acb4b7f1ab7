import type { ChartMeta, Lang } from "../vocabulary";
import { labels } from "../vocabulary";

type TitleKey = keyof typeof labels.titles;

/** Values of a title's placeholders, e.g. { from: 2012, to: 2024 } for "{from}–{to}". */
export type TitleFill = Readonly<Record<string, string | number>>;

/**
 * A chart title in both languages, its placeholders ("{from}–{to}") filled from the data;
 * a placeholder left without a value is an error, never printed as is.
 */
export function chartTitle(titleKey: TitleKey, fill: TitleFill = {}): Record<Lang, string> {
  const filled = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in fill)) throw new Error(`chart title "${titleKey}" needs a value for {${name}}`);
      return String(fill[name]);
    });
  const title = labels.titles[titleKey];
  return { en: filled(title.en), id: filled(title.id) };
}

/**
 * The meta of a chart: its file id carries the language ("-id" suffix for
 * Indonesian) so that both versions can sit side by side in figures/.
 */
export function chartMeta(baseId: string, titleKey: TitleKey, lang: Lang, tables: string[], sourceIds: string[], titleFill: TitleFill = {}): ChartMeta {
  return {
    id: lang === "en" ? baseId : `${baseId}-id`,
    title: chartTitle(titleKey, titleFill),
    lang,
    tables: [...tables].sort(),
    sourceIds,
  };
}
