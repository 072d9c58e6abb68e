import { mkdir, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openDatabase, queryRows } from "./client.ts";
import { organisations } from "./schema/index.ts";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

describe("a new embedded database", () => {
  it("is made migrated in its folder and keeps what was written when opened again", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "referat-template-")), "data");
    folders.push(dataDir);
    const first = await openDatabase({ kind: "pglite", dataDir });
    await first.db.insert(organisations).values({ slug: "ny", name: "Ny Kommune" });
    await first.close();
    const again = await openDatabase({ kind: "pglite", dataDir });
    const names = (await again.db.select().from(organisations)).map((o) => o.name);
    await again.close();
    expect(names).toEqual(["Ny Kommune"]);
  });

  it("is made again when a first start was killed while copying it", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "referat-template-")), "data");
    folders.push(dataDir);
    // What a killed first start leaves: the marker and part of a cluster.
    await mkdir(join(dataDir, "base"), { recursive: true });
    await writeFile(join(dataDir, "PG_VERSION"), "18\n");
    await writeFile(join(dataDir, ".referat-creating"), "");
    const database = await openDatabase({ kind: "pglite", dataDir });
    expect(await database.db.select().from(organisations)).toEqual([]);
    await database.close();
    const again = await openDatabase({ kind: "pglite", dataDir });
    expect(await again.db.select().from(organisations)).toEqual([]);
    await again.close();
  });

  it("gets shared buffers as large as its data, not PostgreSQL's default 128 MB", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "referat-template-")), "data");
    folders.push(dataDir);
    const buffers = async (db: Db) =>
      (await queryRows<{ shared_buffers: string }>(db, sql`show shared_buffers`))[0]
        ?.shared_buffers;
    const folder = await openDatabase({ kind: "pglite", dataDir });
    const small = await buffers(folder.db);
    await folder.close();
    const memory = await openDatabase({ kind: "pglite", dataDir: null });
    expect(await buffers(memory.db)).toBe("128MB");
    await memory.close();
    expect(Number(/^(\d+)MB$/.exec(small ?? "")?.[1])).toBeGreaterThanOrEqual(16);
    expect(Number(/^(\d+)MB$/.exec(small ?? "")?.[1])).toBeLessThan(64);
  });

  it("keeps the default 128 MB of shared buffers for data larger than that", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "referat-template-")), "data");
    folders.push(dataDir);
    await (await openDatabase({ kind: "pglite", dataDir })).close();
    // A large archive's data, as a sparse file that no table owns.
    const archive = join(dataDir, "base", "archive.bin");
    await writeFile(archive, "");
    await truncate(archive, 300 * 2 ** 20);
    const large = await openDatabase({ kind: "pglite", dataDir });
    const rows = await queryRows<{ shared_buffers: string }>(large.db, sql`show shared_buffers`);
    await large.close();
    expect(rows[0]?.shared_buffers).toBe("128MB");
  });

  it("starts empty and migrated in memory", async () => {
    const memory = await openDatabase({ kind: "pglite", dataDir: null });
    expect(await memory.db.select().from(organisations)).toEqual([]);
    await memory.close();
  });
});
