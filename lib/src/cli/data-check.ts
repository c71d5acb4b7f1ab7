/**
 * npm run data:check: validates every table and prints one line per table (rows,
 * sources cited), then every problem found, then the citation rules: a cited
 * reference without a quote and a source cited by no row are errors, a source
 * without a readable copy is a warning. Exit code 1 on any error.
 */
// From their own files: the datasets index also loads danfojs, which a check does not use.
import { validateDataset } from "../datasets/load";
import { passesDataCheck, validationSummary } from "../datasets/summary";

const report = validateDataset();
console.log(validationSummary(report).join("\n"));
if (!passesDataCheck(report)) process.exitCode = 1;
