import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client.ts";
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

  it("starts empty and migrated in memory", async () => {
    const memory = await openDatabase({ kind: "pglite", dataDir: null });
    expect(await memory.db.select().from(organisations)).toEqual([]);
    await memory.close();
  });
});
