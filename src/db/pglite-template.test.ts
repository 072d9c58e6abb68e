import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "./client.ts";
import { organisations } from "./schema/index.ts";

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

describe("a new embedded database", () => {
  it("is filled once before it is stored, and keeps what was filled when opened again", async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), "referat-template-")), "data");
    folders.push(dataDir);
    let filled = 0;
    const onCreate = async (db: Db) => {
      filled += 1;
      await db.insert(organisations).values({ slug: "ny", name: "Ny Kommune" });
    };
    const first = await openDatabase({ kind: "pglite", dataDir }, { onCreate });
    await first.db.insert(organisations).values({ slug: "efter", name: "Efter Kommune" });
    await first.close();
    const again = await openDatabase({ kind: "pglite", dataDir }, { onCreate });
    const names = (await again.db.select().from(organisations)).map((o) => o.name).sort();
    await again.close();
    expect(names).toEqual(["Efter Kommune", "Ny Kommune"]);
    expect(filled).toBe(1);
  });

  it("starts empty and migrated in memory", async () => {
    const memory = await openDatabase({ kind: "pglite", dataDir: null });
    expect(await memory.db.select().from(organisations)).toEqual([]);
    await memory.close();
  });
});
