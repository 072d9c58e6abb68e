import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { cacheFolder } from "../cache-folder.ts";

/**
 * Creating a PGlite cluster runs initdb inside WebAssembly: most of a cold start. A migrated,
 * empty cluster is therefore made once per PGlite version and migration set, kept as a tarball
 * in the package's cache folder (`npm ci` makes it; the first start makes it if it is missing)
 * and unpacked for every new database.
 */
export const pgliteExtensions = { pg_trgm };

const MiB = 2 ** 20;
/** PostgreSQL's default shared buffers. */
const MAX_BUFFERS_MIB = 128;

/**
 * What a PGlite instance of Referat starts with. PostgreSQL's shared buffers take resident
 * memory as soon as PGlite starts (its default 128 MB: about 110 MB), so a database in a data
 * folder gets as many as its data files fill, between 16 and 128 MB: a small database (the
 * demo's 28 MB) does not pay for buffers it could never fill, a large archive keeps the
 * default (adr/0024). A database in memory keeps the default.
 */
export function pgliteOptions(dataDir?: string) {
  const filled = dataDir ? folderBytes(join(dataDir, "base"), MAX_BUFFERS_MIB * MiB) : Infinity;
  const buffers = Math.min(MAX_BUFFERS_MIB, Math.max(16, Math.ceil(filled / MiB)));
  return {
    extensions: pgliteExtensions,
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${buffers}MB`],
  };
}

/** The bytes of the files in `folder`, counted until `enough`: a large archive stops early. */
function folderBytes(folder: string, enough: number): number {
  if (!existsSync(folder)) return 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true })) {
    const stat = statSync(join(folder, String(name)));
    if (stat.isFile()) bytes += stat.size;
    if (bytes >= enough) break;
  }
  return bytes;
}

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Changes with the PGlite build and with any migration, so a stale template is never used. */
export function templateKey(): string {
  const hash = createHash("sha256");
  const pglite = JSON.parse(
    readFileSync(join(root, "node_modules/@electric-sql/pglite/package.json"), "utf8"),
  ) as { version: string };
  hash.update(pglite.version);
  for (const name of readdirSync(migrationsFolder, { recursive: true }).map(String).sort()) {
    if (!name.endsWith(".sql") && !name.endsWith(".json")) continue;
    hash.update(name).update(readFileSync(join(migrationsFolder, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

let cached: Promise<Blob> | undefined;

/** The template tarball: read from the cache folder, or built (and stored there) once. */
export function pgliteTemplate(): Promise<Blob> {
  cached ??= readOrBuild();
  return cached;
}

async function readOrBuild(): Promise<Blob> {
  const file = join(cacheFolder, `pglite-${templateKey()}.tar.gz`);
  const stored = await readFile(file).catch(() => null);
  if (stored) return new Blob([stored]);
  const template = await buildTemplate();
  // A read-only installation still starts: it builds the template each time.
  await mkdir(cacheFolder, { recursive: true })
    .then(async () =>
      writeFile(`${file}.${process.pid}.tmp`, Buffer.from(await template.arrayBuffer())),
    )
    .then(() => rename(`${file}.${process.pid}.tmp`, file))
    .catch(() => {});
  return template;
}

let unpacked: Promise<string> | undefined;

/**
 * The template unpacked into a folder of the cache, for a new database in a data folder to be
 * copied from: a plain file copy takes a fraction of the time of unpacking the tarball through
 * PGlite's file system at every first start.
 */
export function pgliteTemplateFolder(): Promise<string> {
  unpacked ??= unpackOrFind();
  return unpacked;
}

async function unpackOrFind(): Promise<string> {
  const folder = join(cacheFolder, `pglite-${templateKey()}`);
  if (existsSync(join(folder, "PG_VERSION"))) return folder;
  const temporary = `${folder}.${process.pid}.tmp`;
  const client = new PGlite({
    ...pgliteOptions(),
    dataDir: temporary,
    loadDataDir: await pgliteTemplate(),
  });
  await client.waitReady;
  await client.close();
  try {
    await rename(temporary, folder);
    return folder;
  } catch (error) {
    // Another process may have unpacked it meanwhile; either copy is the same.
    if (!existsSync(join(folder, "PG_VERSION"))) throw error;
    await rm(temporary, { recursive: true, force: true });
    return folder;
  }
}

async function buildTemplate(): Promise<Blob> {
  const client = new PGlite(pgliteOptions());
  try {
    await migrate(drizzle(client), { migrationsFolder });
    return await client.dumpDataDir("gzip");
  } finally {
    await client.close();
  }
}
