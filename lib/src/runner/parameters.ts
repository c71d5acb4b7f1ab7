import { hasTag, type Cell } from "./notebook-format";

/** Parameter values as given on the command line: JSON-like values only. */
export type ParameterValue = string | number | boolean | null | ParameterValue[] | { [key: string]: ParameterValue };
/** A notebook's parameters by name, as `--param key=value` gives them. */
export type Parameters = Record<string, ParameterValue>;

/** Papermill's cell tags: the defaults cell, and the cell the runner writes after it. */
export const parametersTag = "parameters";
export const injectedParametersTag = "injected-parameters";

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * Parses "key=value": the value is read as JSON when it is JSON (numbers, booleans, null,
 * quoted strings, arrays, objects), and taken as a plain string otherwise, so that
 * `--param lang=id` needs no shell quoting.
 */
export function parseParameter(assignment: string): [string, ParameterValue] {
  const equals = assignment.indexOf("=");
  const key = assignment.slice(0, equals);
  if (equals < 0 || !identifier.test(key)) {
    throw new Error(`--param expects name=value with a TypeScript identifier as name, got "${assignment}"`);
  }
  const text = assignment.slice(equals + 1);
  try {
    return [key, JSON.parse(text) as ParameterValue];
  } catch {
    return [key, text];
  }
}

/**
 * The injected cell assigns, it does not declare: tslab accepts a re-declared `let` or
 * `const` in a later cell, but a re-declaration would silently take the new value's type,
 * while an assignment is type-checked against the defaults cell's `let` declarations
 * (a wrong type or a `const` default is a clear compile error in that cell).
 * The assignments sit in a block because tslab prints the value of a cell's last
 * expression statement, and an injected cell should print nothing.
 */
export function injectedParametersSource(parameters: Parameters): string {
  const assignments = Object.entries(parameters).map(([key, value]) => `  ${key} = ${JSON.stringify(value)};`);
  return ["// Parameters injected by the notebook runner", "{", ...assignments, "}"].join("\n");
}

/**
 * Removes a previous run's injected cell and, when there are parameters, inserts a new one
 * right after the cell tagged "parameters". Unlike papermill, a notebook without such a cell
 * gets none: assignments need the declarations, and one `--param` can serve a whole run.
 */
export function withInjectedParameters(cells: Cell[], parameters: Parameters): Cell[] {
  const kept = cells.filter((cell) => !hasTag(cell, injectedParametersTag));
  const position = kept.findIndex((cell) => hasTag(cell, parametersTag)) + 1;
  if (Object.keys(parameters).length === 0 || position === 0) return kept;
  const injected: Cell = {
    cell_type: "code",
    id: injectedParametersTag,
    source: injectedParametersSource(parameters),
    metadata: { tags: [injectedParametersTag] },
    outputs: [],
    execution_count: null,
  };
  return [...kept.slice(0, position), injected, ...kept.slice(position)];
}
