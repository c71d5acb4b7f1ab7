/**
 * Every table a notebook shows has every column header in English and in Indonesian.
 * The tables are not listed by hand: each committed notebook's code cells run here, in
 * this process, in both languages, with the notebook API recording what `nb.table`
 * is given instead of displaying it (charts are not drawn, figures not exported), so a
 * table or column added to a notebook is checked without touching this test.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, describe, it } from "node:test";
import * as ts from "typescript";
import * as library from "../../lib/src";
import { columnLabel } from "../../lib/src/analysis";
import { paths } from "../../lib/src/config/paths";
import { withInjectedParameters } from "../../lib/src/runner/parameters";
import { joinText } from "../../lib/src/runner/notebook-format";
import type { Lang } from "../../lib/src/vocabulary";
import { readNotebook } from "../runner/fixtures";

interface ShownTable {
  notebook: string;
  lang: Lang;
  caption: string;
  columns: string[];
  dataFrame: boolean;
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Runs a notebook's code cells with `lang` injected as the runner injects it; returns the tables it shows. */
async function tablesShownBy(notebook: string, lang: Lang): Promise<ShownTable[]> {
  const shown: ShownTable[] = [];
  const recording: typeof library = {
    ...library,
    openNotebook(id, options) {
      const nb = library.openNotebook(id, options);
      return {
        ...nb,
        table(frame, caption) {
          const dataFrame = typeof (frame as { rename?: unknown }).rename === "function";
          shown.push({ notebook, lang, caption, columns: [...frame.columns].map(String), dataFrame });
        },
        findings: () => undefined,
        export: async () => undefined,
      };
    },
    show: async () => undefined,
    showTable: () => undefined,
  };
  const cells = withInjectedParameters(readNotebook(path.join(paths.notebooks, notebook)).cells, { lang });
  const source = cells.filter((cell) => cell.cell_type === "code").map((cell) => joinText(cell.source)).join("\n;\n");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const requireInNotebook = (name: string) => (name === "syria-coalitions" ? recording : require(name));
  await new AsyncFunction("require", "exports", outputText)(requireInNotebook, {});
  return shown;
}

describe("every column header the notebooks show is translated", () => {
  const dataset = library.loadDataset();
  const notebooks = fs.readdirSync(paths.notebooks).filter((file) => file.endsWith(".ipynb")).sort();
  const shown: ShownTable[] = [];

  before(async () => {
    for (const notebook of notebooks) for (const lang of ["en", "id"] as const) shown.push(...(await tablesShownBy(notebook, lang)));
  });

  it("the notebooks' tables were found", () => {
    for (const notebook of notebooks) {
      assert.ok(shown.some((table) => table.notebook === notebook && table.lang === "en"), `${notebook} shows tables`);
      assert.equal(shown.filter((table) => table.notebook === notebook && table.lang === "id").length, shown.filter((table) => table.notebook === notebook && table.lang === "en").length);
    }
    assert.ok(shown.length >= 40, `${shown.length} tables`);
  });

  it("every table is a DataFrame, whose headers nb.table translates", () => {
    assert.deepEqual(shown.filter((table) => !table.dataFrame).map((table) => `${table.notebook} ${table.caption}`), []);
  });

  it("every column has a header in English and in Indonesian", () => {
    const missing = shown.flatMap((table) =>
      table.columns.flatMap((column) =>
        (["en", "id"] as const).filter((lang) => !columnLabel(column, lang, dataset)).map((lang) => `${table.notebook} (${table.lang}) "${table.caption}": ${column} has no ${lang} header`),
      ),
    );
    assert.deepEqual([...new Set(missing)], []);
  });
});
