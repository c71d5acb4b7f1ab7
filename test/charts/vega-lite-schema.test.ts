import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import Ajv from "ajv";
import { allCharts } from "../../lib/src/charts";
import { loadDataset } from "../../lib/src/datasets";

/** The JSON schema shipped in the vega-lite package. */
const schemaFile = path.join(path.dirname(require.resolve("vega-lite/package.json")), "build", "vega-lite-schema.json");

describe("Vega-Lite specs", () => {
  // The schema uses union types and keywords ajv's strict mode rejects; it is still draft-07.
  // Its string formats are not checked (ajv-formats would be one more package for three URL/colour formats).
  const formats = { uri: true, "uri-reference": true, "color-hex": true } as const;
  const validate = new Ajv({ strict: false, allErrors: true, formats }).compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  const data = loadDataset();
  for (const lang of ["en", "id"] as const) {
    for (const chart of allCharts(data, lang)) {
      if (chart.library !== "vega-lite") continue;
      it(`${chart.meta.id} validates against vega-lite-schema.json`, () => {
        const valid = validate(JSON.parse(JSON.stringify(chart.spec)));
        assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
      });
    }
  }
});
