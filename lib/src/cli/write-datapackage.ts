/** npm run data:package: regenerates data/datapackage.json from the table schemas. */
import { paths } from "../config/paths";
import { serializeDataPackage } from "../datasets";
import { writeFileAtomic } from "../files/atomic-write";

// Atomic: an interrupted run leaves the previous descriptor, never half of one.
writeFileAtomic(paths.dataPackage, serializeDataPackage());
console.log(`wrote ${paths.dataPackage}`);
