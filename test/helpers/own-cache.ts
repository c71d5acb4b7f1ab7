// Imported first by a test file whose render service must start cold: the cache folder is read
// once, when config/paths loads, so it is set here, before any module of the library is imported.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ownCache = fs.mkdtempSync(path.join(os.tmpdir(), "own-cache-"));
process.env.SYRIA_CACHE_DIR = ownCache;
