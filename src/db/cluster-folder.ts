import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { copyFolder } from "./copy-folder.ts";

/** Lies in a cluster's folder while it is being copied: a start killed meanwhile left it half-made. */
const marker = (dataDir: string) => join(dataDir, ".referat-creating");

/** True when `dataDir` holds a whole PGlite cluster, not none or one a killed start left half-copied. */
export function hasCluster(dataDir: string): boolean {
  return existsSync(join(dataDir, "PG_VERSION")) && !existsSync(marker(dataDir));
}

/**
 * Makes `dataDir` a copy of the cluster in `from`, replacing whatever a killed start left there.
 * The marker file says the copy has not finished until it has.
 */
export async function copyCluster(from: string, dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await writeFile(marker(dataDir), "");
  await copyFolder(from, dataDir);
  await rm(marker(dataDir));
}
