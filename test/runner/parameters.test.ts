import assert from "node:assert/strict";
import { test } from "node:test";
import type { Cell } from "../../lib/src/runner/notebook-format";
import { injectedParametersSource, parseParameter, withInjectedParameters } from "../../lib/src/runner/parameters";

test("parseParameter reads JSON values and falls back to plain strings", () => {
  assert.deepEqual(parseParameter("year=2018"), ["year", 2018]);
  assert.deepEqual(parseParameter("draft=false"), ["draft", false]);
  assert.deepEqual(parseParameter("lang=id"), ["lang", "id"]);
  assert.deepEqual(parseParameter('lang="2018"'), ["lang", "2018"]);
  assert.deepEqual(parseParameter('camps=["a","b"]'), ["camps", ["a", "b"]]);
  assert.deepEqual(parseParameter("note=a=b"), ["note", "a=b"]);
  assert.throws(() => parseParameter("no-equals"), /name=value/);
  assert.throws(() => parseParameter("1bad=2"), /identifier/);
});

test("injected parameters assign (type-checked against the defaults), they do not re-declare", () => {
  assert.equal(injectedParametersSource({ year: 2018, lang: "id" }), '// Parameters injected by the notebook runner\n{\n  year = 2018;\n  lang = "id";\n}');
});

const code = (source: string, tags?: string[]): Cell => ({ cell_type: "code", source, metadata: tags ? { tags } : {}, outputs: [], execution_count: null });

test("withInjectedParameters puts the cell after the parameters cell and replaces an earlier run's", () => {
  const cells = [code("a"), code("let year = 2017;", ["parameters"]), code("old", ["injected-parameters"]), code("b")];
  const result = withInjectedParameters(cells, { year: 2018 });
  assert.deepEqual(result.map((cell) => cell.source), ["a", "let year = 2017;", injectedParametersSource({ year: 2018 }), "b"]);
  assert.deepEqual(result[2].metadata.tags, ["injected-parameters"]);
  assert.deepEqual(withInjectedParameters(cells, {}).map((cell) => cell.source), ["a", "let year = 2017;", "b"]);
});

test("a notebook without a parameters cell gets no injected cell", () => {
  const cells = [code("a")];
  assert.deepEqual(withInjectedParameters(cells, { year: 2018 }), cells);
});
