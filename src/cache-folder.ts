import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** What Referat makes once per version and keeps between runs: the PGlite template, packed texts. */
export const cacheFolder = join(root, "node_modules", ".cache", "referat");
