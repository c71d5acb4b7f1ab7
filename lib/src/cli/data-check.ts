/**
 * npm run data:check: validates every table and prints one line per table (rows,
 * sources cited), then every problem found. Exit code 1 on any problem.
 */
import { validateDataset, validationSummary } from "../datasets";

const report = validateDataset();
console.log(validationSummary(report).join("\n"));
if (report.issues.length > 0) process.exitCode = 1;
