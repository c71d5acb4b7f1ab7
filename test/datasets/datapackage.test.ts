import assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { paths } from "../../lib/src/config/paths";
import { datasetTables, serializeDataPackage } from "../../lib/src/datasets";
import type { Field } from "../../lib/src/datasets/fields";
import { rowSchema, type AnyTable } from "../../lib/src/datasets/table";

type FieldEntry = [string, Field];

describe("data/datapackage.json", () => {
  it("is exactly what the schemas generate (run npm run data:package after changing a schema)", () => {
    assert.equal(fs.readFileSync(paths.dataPackage, "utf8"), serializeDataPackage());
  });

  const descriptor = JSON.parse(fs.readFileSync(paths.dataPackage, "utf8"));

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
