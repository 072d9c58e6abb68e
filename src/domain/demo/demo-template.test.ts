import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/client.ts";
import { attachments, meetings, organisations } from "../../db/schema/index.ts";
import { FileSystemStorage } from "../../storage/file-system-storage.ts";
import { copyDemoTemplate, makeDemoTemplate } from "./demo-template.ts";

const DAY = "2026-03-10";
let root: string;
let templates: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "referat-demo-template-"));
  templates = join(root, "templates");
  // A demo left from an earlier day.
  await mkdir(join(templates, "2026-03-09", "pglite"), { recursive: true });
  await makeDemoTemplate(templates, DAY);
}, 120_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** The folders a start finds in the data directory, as the configuration names them. */
const newDataFolder = async (name: string) => {
  const config = loadConfig({ REFERAT_DATA_DIR: join(root, name) });
  if (config.database.kind !== "pglite" || !config.database.dataDir) {
    throw new Error("expected the embedded database in a folder");
  }
  return { dataDir: config.dataDir, filesDir: config.filesDir, pgliteDir: config.database.dataDir };
};
type DataFolder = Awaited<ReturnType<typeof newDataFolder>>;

/** What a first start on the copy finds: organisations, meetings, and a bilag that opens. */
async function contents(target: DataFolder) {
  const database = await openDatabase({ kind: "pglite", dataDir: target.pgliteDir });
  try {
    const names = (await database.db.select().from(organisations)).map((o) => o.name);
    const [held] = await database.db.select({ n: count() }).from(meetings);
    const [file] = await database.db.select().from(attachments).limit(1);
    const bytes = file
      ? await new FileSystemStorage(target.filesDir).get(file.storageKey ?? "")
      : null;
    return { names, meetings: held?.n, pdf: bytes ? Buffer.from(bytes).subarray(0, 5) : null };
  } finally {
    await database.close();
  }
}

describe("the demo made by npm ci", () => {
  it("keeps only the day it was made for", async () => {
    expect(await readdir(templates)).toEqual([DAY]);
  });

  it("is copied into a new data folder that day: the database and its bilag files", async () => {
    const target = await newDataFolder("new");
    expect(await copyDemoTemplate(target, DAY)).toBe(true);
    const found = await contents(target);
    expect(found.names).toEqual(["Eksempel Kommune"]);
    expect(found.meetings).toBeGreaterThan(40);
    expect(found.pdf?.toString()).toBe("%PDF-");
  });

  it("is not copied on another day, so that day's first start makes the demo itself", async () => {
    const target = await newDataFolder("next-day");
    expect(await copyDemoTemplate(target, "2026-03-11")).toBe(false);
    expect(existsSync(target.dataDir)).toBe(false);
  });

  it("never replaces a database that is there", async () => {
    const target = await newDataFolder("used");
    await copyDemoTemplate(target, DAY);
    const database = await openDatabase({ kind: "pglite", dataDir: target.pgliteDir });
    await database.db.insert(organisations).values({ slug: "ny", name: "Ny Kommune" });
    await database.close();
    expect(await copyDemoTemplate(target, DAY)).toBe(false);
    expect((await contents(target)).names).toEqual(["Eksempel Kommune", "Ny Kommune"]);
  });

  it("is copied again over what a start killed while copying left", async () => {
    const target = await newDataFolder("killed");
    await mkdir(target.pgliteDir, { recursive: true });
    await writeFile(join(target.pgliteDir, "PG_VERSION"), "17\n");
    await writeFile(join(target.pgliteDir, ".referat-creating"), "");
    expect(await copyDemoTemplate(target, DAY)).toBe(true);
    expect((await contents(target)).names).toEqual(["Eksempel Kommune"]);
  });
});
