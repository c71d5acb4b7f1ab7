/** npm run data:package: regenerates data/datapackage.json from the table schemas. */
import * as fs from "node:fs";
import { paths } from "../config/paths";
import { serializeDataPackage } from "../datasets";

fs.writeFileSync(paths.dataPackage, serializeDataPackage());
console.log(`wrote ${paths.dataPackage}`);
