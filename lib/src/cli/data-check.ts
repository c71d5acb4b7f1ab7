/**
 * npm run data:check: validates every table and prints one line per table (rows,
 * sources cited), then every problem found, then the citation rules: a cited
 * reference without a quote and a source cited by no row are errors, a source
 * without a readable copy is a warning. Exit code 1 on any error.
 */
import { passesDataCheck, validateDataset, validationSummary } from "../datasets";

const report = validateDataset();
console.log(validationSummary(report).join("\n"));
if (!passesDataCheck(report)) process.exitCode = 1;
