/** npm run data:package: regenerates data/datapackage.json from the table schemas. */
import { paths } from "../config/paths";
import { updateDataPackage } from "../datasets";

console.log(`${updateDataPackage(paths.dataPackage) ? "wrote" : "unchanged:"} ${paths.dataPackage}`);
