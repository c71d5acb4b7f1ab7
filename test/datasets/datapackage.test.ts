import assert from "node:assert/strict";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { describe, it } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { datasetTables, loadDataset, serializeDataPackage, updateDataPackage } from "../../lib/src/datasets";
import type { Field } from "../../lib/src/datasets/fields";
import { rowSchema, type AnyTable } from "../../lib/src/datasets/table";
import { copyOfData, setCell } from "../helpers/data-copy";

type FieldEntry = [string, Field];

/** The part of the Frictionless reference implementation (npm datapackage, untyped) used here. */
interface FrictionlessResource {
  name: string;
  read(options: { relations?: boolean; cast?: boolean; keyed?: boolean }): Promise<unknown[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}
const { Package } = createRequire(__filename)("datapackage") as { Package: { load(descriptor: string, basePath?: string, strict?: boolean): Promise<FrictionlessPackage> } };

/** data/datapackage.json and the CSV files of `dir`, loaded as a Frictionless tool does, the descriptor validated strictly (an invalid one throws). */
function loadPackage(dir: string): Promise<FrictionlessPackage> {
  return Package.load(path.join(dir, "datapackage.json"), dir, true);
}

describe("data/datapackage.json", () => {
  it("is exactly what the schemas generate (run npm run data:package after changing a schema)", () => {
    assert.equal(fs.readFileSync(paths.dataPackage, "utf8"), serializeDataPackage());
  });

  it("is rewritten by updateDataPackage (npm run data:package, reproduce) only when it differs from the schemas", () => {
    const dir = copyOfData();
    const file = path.join(dir, "datapackage.json");
    fs.writeFileSync(file, serializeDataPackage().replace('"csv"', '"tsv"'));
    assert.equal(updateDataPackage(file), true);
    assert.equal(fs.readFileSync(file, "utf8"), serializeDataPackage());
    assert.equal(updateDataPackage(file), false);
  });

  const descriptor = JSON.parse(fs.readFileSync(paths.dataPackage, "utf8"));

  describe("read by the Frictionless reference implementation (datapackage on npm)", () => {
    it("validates against the tabular-data-package profile", async () => {
      const dataPackage = await loadPackage(paths.data);
      assert.deepEqual(dataPackage.errors.map((error) => error.message), []);
      assert.ok(dataPackage.valid);
    });

    it("reads every table, foreign keys checked and values cast, with the rows the loader reads", async () => {
      const dataset = loadDataset();
      const rowsByName = new Map((Object.entries(datasetTables) as Array<[keyof typeof dataset, AnyTable]>).map(([key, table]) => [table.name, dataset[key].length]));
      const dataPackage = await loadPackage(paths.data);
      assert.equal(dataPackage.resources.length, rowsByName.size);
      for (const resource of dataPackage.resources) {
        const rows = await resource.read({ relations: true, cast: true, keyed: true });
        assert.equal(rows.length, rowsByName.get(resource.name), resource.name);
      }
    });

    it("checks the relations it reads: a row pointing at no actor fails", async () => {
      const dir = copyOfData();
      fs.copyFileSync(paths.dataPackage, path.join(dir, "datapackage.json"));
      setCell(dir, "alignments.csv", () => true, "actor_id", "atlantis");
      const alignments = (await loadPackage(dir)).resources.find((resource) => resource.name === "alignments")!;
      await assert.rejects(alignments.read({ relations: true, cast: true }), /[Ff]oreign key/);
    });

    it("states the dialect the files are written in: no file has a carriage return", () => {
      assert.ok(descriptor.resources.every((resource: { dialect?: { lineTerminator?: string } }) => resource.dialect?.lineTerminator === "\n"));
      for (const name of fs.readdirSync(paths.data).filter((file) => file.endsWith(".csv"))) {
        assert.ok(!fs.readFileSync(path.join(paths.data, name), "utf8").includes("\r"), name);
      }
    });
  });

  it("describes every CSV file in data/ and only those", () => {
    const described = descriptor.resources.map((resource: { path: string }) => resource.path).sort();
    const onDisk = fs.readdirSync(paths.data).filter((name) => name.endsWith(".csv")).sort();
    assert.deepEqual(described, onDisk);
  });

  it("matches each CSV header column for column", () => {
    for (const resource of descriptor.resources) {
      const header = fs.readFileSync(`${paths.data}/${resource.path}`, "utf8").split(/\r?\n/)[0]!.replace(/^\uFEFF/, "");
      assert.deepEqual(header.split(","), resource.schema.fields.map((field: { name: string }) => field.name), resource.path);
    }
  });

  // The descriptor is generated from the same Field objects as the zod schemas; these
  // checks prove that the validation really behaves as each descriptor says.
  for (const table of Object.values(datasetTables) as AnyTable[]) {
    it(`${table.name}: required, enum, pattern and range constraints are what the loader enforces`, () => {
      const field = (name: string) => (table.fields as Record<string, Field>)[name]!;
      for (const [name, { descriptor: d }] of Object.entries(table.fields) as FieldEntry[]) {
        const accepts = (cell: string) => field(name).schema.safeParse(cell).success;
        assert.equal(accepts(""), !d.constraints.required, `${table.name}.${name}: empty cell`);
        for (const value of d.constraints.enum ?? []) assert.ok(accepts(value), `${table.name}.${name} rejects ${value}`);
        if (d.constraints.enum) assert.ok(!accepts("not-a-listed-value"), `${table.name}.${name} accepts a value outside its enum`);
        if (d.constraints.pattern) assert.ok(!accepts("Not An Id!"), `${table.name}.${name} accepts text against its pattern`);
        if (d.type === "integer") assert.ok(!accepts("1.5"), `${table.name}.${name} accepts a fraction`);
        if (d.type === "date") assert.ok(!accepts("2017-13-01"), `${table.name}.${name} accepts month 13`);
        if (d.constraints.maximum !== undefined) assert.ok(!accepts(String(d.constraints.maximum + 1)), `${table.name}.${name} exceeds maximum`);
        if (d.constraints.minimum !== undefined) assert.ok(!accepts(String(d.constraints.minimum - 1)), `${table.name}.${name} below minimum`);
      }
      assert.deepEqual(Object.keys(rowSchema(table).shape), Object.keys(table.fields));
    });
  }
});
