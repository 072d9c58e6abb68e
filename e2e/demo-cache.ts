import { createHash } from "node:crypto";
import { cp, mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { type Database, openDatabase } from "../src/db/client.ts";
import { type DemoOptions, generateDemoData } from "../src/domain/demo/generate-demo-data.ts";
import { FileSystemStorage } from "../src/storage/file-system-storage.ts";

/**
 * An empty migrated database (options null) or one with the demo year in it. Browser tests each want a database of their own with the same demo year in it. Building it
 * (creating the cluster, migrating, generating a year of meetings) takes tens of seconds, so
 * the first test of a run builds each variant once and dumps it with its Bilag; the others
 * start from a copy. Without a cache folder (outside the test runner) every call builds afresh.
 */
export async function openDemoDatabase(
  options: DemoOptions | null,
  /** Where the demo's Bilag go; not used for an empty database (options null). */
  filesDir = "",
): Promise<Database> {
  const cacheDir = cacheFolder();
  if (!cacheDir) return build(options, filesDir);
  const key = createHash("sha256")
    .update(JSON.stringify(options ?? "empty"))
    .digest("hex")
    .slice(0, 16);
  const dump = join(cacheDir, `${key}.tar`);
  const files = join(cacheDir, `${key}-files`);
  if (!(await exists(dump))) await buildOnce(options, cacheDir, key);
  if (options && (await exists(files))) await cp(files, filesDir, { recursive: true });
  const bytes = await readFile(dump);
  return openDatabase({ kind: "pglite", dataDir: null, loadDataDir: new Blob([bytes]) });
}

function cacheFolder(): string | null {
  try {
    return inject("demoCache") ?? null;
  } catch {
    return null;
  }
}

async function build(options: DemoOptions | null, filesDir: string): Promise<Database> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  if (options) await generateDemoData(database.db, new FileSystemStorage(filesDir), options);
  return database;
}

/** Builds and dumps one variant; a second worker asking for it meanwhile waits for the dump. */
async function buildOnce(options: DemoOptions | null, cacheDir: string, key: string) {
  const dump = join(cacheDir, `${key}.tar`);
  const lock = await open(join(cacheDir, `${key}.lock`), "wx").catch(() => null);
  if (!lock) {
    for (let waited = 0; waited < 300_000; waited += 250) {
      if (await exists(dump)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Demodatabasen ${key} blev ikke bygget inden for fem minutter`);
  }
  try {
    const files = join(cacheDir, `${key}-files`);
    await mkdir(files, { recursive: true });
    const database = await build(options, files);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const bytes = Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer());
    await database.close();
    await writeFile(`${dump}.tmp`, bytes);
    await rename(`${dump}.tmp`, dump);
  } finally {
    await lock.close();
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Removes a run's cache (the unit project's global teardown). */
export const removeDemoCache = (cacheDir: string) => rm(cacheDir, { recursive: true, force: true });
