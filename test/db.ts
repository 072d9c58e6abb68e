import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, openDatabase } from "../src/db/client.ts";

/**
 * Gives a test file its own freshly migrated database, on PGlite or PostgreSQL
 * (whichever the run uses), and closes it after the file.
 */
export function useTestDatabase(): { readonly current: Database } {
  const holder: { current: Database } = { current: undefined as unknown as Database };
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const template = inject("postgresTemplate");
    if (template) {
      const name = `referat_t_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: template.url });
      await admin.connect();
      await admin.query(`create database ${name} template ${template.name}`);
      const url = new URL(template.url);
      url.pathname = `/${name}`;
      holder.current = await openDatabase({ kind: "postgres", url: url.toString() });
      cleanup = async () => {
        await holder.current.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
      return;
    }
    const dump = inject("pgliteDump");
    if (!dump) throw new Error("Testdatabasen blev ikke forberedt (db-global-setup)");
    const loadDataDir = new Blob([await readFile(dump)]);
    holder.current = await openDatabase({ kind: "pglite", dataDir: null, loadDataDir });
    cleanup = () => holder.current.close();
  });
  afterAll(() => cleanup());
  return holder;
}
