import * as fs from "node:fs";
import { writeFileAtomic } from "../files/atomic-write";
import type { Field } from "./fields";
import { datasetTables } from "./tables";

/**
 * How every CSV file of data/ is written, stated rather than left to readers' sniffing (which
 * guesses wrong on some tables): comma-separated, one header row, "\n" line ends, '"' quotes
 * doubled inside quoted cells, no space skipped after a comma.
 */
export const csvDialect = { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true } as const;

/**
 * The Frictionless Data Package descriptor of data/, generated from the table
 * definitions so that it can never drift from what the loader enforces. Valid for the
 * tabular-data-package profile: a table without foreign keys has no foreignKeys array (the
 * profile wants none rather than an empty one).
 */
export function buildDataPackage() {
  return {
    profile: "tabular-data-package",
    name: "syria-war-coalitions-2017",
    title: "Coalitions of the Syrian war around an Indonesian commentary of 2017",
    description:
      "Actors, camps, alignments, population composition, talk rounds, events and the article's claims, each row citing a paragraph of the article or an external reference. See data/README.md.",
    licenses: [{ name: "CC-BY-4.0", title: "Creative Commons Attribution 4.0" }],
    resources: Object.values(datasetTables).map((table) => ({
      name: table.name,
      path: table.file,
      title: table.title,
      description: table.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: csvDialect,
      schema: {
        fields: (Object.entries(table.fields) as Array<[string, Field]>).map(([name, field]) => ({ name, ...field.descriptor })),
        missingValues: [""],
        primaryKey: table.primaryKey.length === 1 ? table.primaryKey[0] : table.primaryKey,
        ...(table.foreignKeys.length > 0 && {
          foreignKeys: table.foreignKeys.map((key) => ({
            fields: key.field,
            reference: { resource: key.resource === table.name ? "" : key.resource, fields: key.referencedField },
          })),
        }),
      },
    })),
  };
}

/** The descriptor as written to disk: stable key order, two-space indent, final newline. */
export function serializeDataPackage(): string {
  return `${JSON.stringify(buildDataPackage(), null, 2)}\n`;
}

/**
 * Writes the descriptor to `file` when what is there differs from what the schemas generate (or
 * nothing is there); says whether it wrote. Atomic: an interrupted write leaves the previous one.
 */
export function updateDataPackage(file: string): boolean {
  const text = serializeDataPackage();
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  writeFileAtomic(file, text);
  return true;
}
