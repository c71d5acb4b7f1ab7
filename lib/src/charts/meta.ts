import type { ChartMeta, Lang } from "../vocabulary";
import { labels } from "../vocabulary";

type TitleKey = keyof typeof labels.titles;

/**
 * The meta of a chart: its file id carries the language ("-id" suffix for
 * Indonesian) so that both versions can sit side by side in figures/.
 */
export function chartMeta(baseId: string, titleKey: TitleKey, lang: Lang, tables: string[], sourceIds: string[]): ChartMeta {
  return {
    id: lang === "en" ? baseId : `${baseId}-id`,
    title: { ...labels.titles[titleKey] },
    lang,
    tables: [...tables].sort(),
    sourceIds,
  };
}
