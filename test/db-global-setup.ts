import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string | null;
    postgresTemplate: { url: string; name: string } | null;
  }
}

/**
 * Migrates one database per run and lets every test file start from a copy of it:
 * a PGlite dump (creating a PGlite cluster from scratch takes seconds) or a PostgreSQL
 * template database.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  if (config.database.kind === "postgres") {
    const url = config.database.url;
    const name = `referat_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(`Kan ikke forbinde til PostgreSQL i DATABASE_URL (${url}): ${error}`);
    }
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ kind: "postgres", url: target.toString() });
    await database.close();
    project.provide("postgresTemplate", { url, name });
    project.provide("pgliteDump", null);
    return async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  const client = (database.db as unknown as { $client: import("@electric-sql/pglite").PGlite })
    .$client;
  const dump = await client.dumpDataDir("none");
  await database.close();
  const file = join(tmpdir(), `referat-test-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  project.provide("postgresTemplate", null);
  return async () => {
    await rm(file, { force: true });
  };
}
