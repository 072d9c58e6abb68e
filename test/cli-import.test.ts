import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/db/client.ts";
import { agendaItems, meetings } from "../src/db/schema/index.ts";
import { runCli } from "./cli.ts";

const SEEDS = new URL("../../shared/seeds/", import.meta.url).pathname;
const SEED = join(SEEDS, "000_071358dfb169713c.txt");

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "referat-cli-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function publishedAt(dataDir: string) {
  const database = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") });
  try {
    const rows = await database.db.select({ at: meetings.minutesPublishedAt }).from(meetings);
    return rows.map((r) => r.at !== null);
  } finally {
    await database.close();
  }
}

async function countRows(dataDir: string) {
  const database = await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") });
  try {
    const m = await database.db.select().from(meetings);
    const i = await database.db.select().from(agendaItems);
    return { meetings: m.length, items: i.length };
  } finally {
    await database.close();
  }
}

/** A copy of a seed with another meeting date, so it is a different meeting. */
async function seedCopy(folder: string, index: number) {
  const text = (await readFile(SEED, "utf8")).replace(
    "25. november 2021",
    `${(index % 28) + 1}. marts ${2000 + index}`,
  );
  const file = join(folder, `referat-${String(index).padStart(2, "0")}.txt`);
  await writeFile(file, text);
  return file;
}

describe("referat import (command line)", { timeout: 180_000 }, () => {
  it("--dry-run --json prints only the parsed JSON and stores nothing", async () => {
    const dataDir = join(work, "dry");
    const { code, stdout } = await runCli(["import", "--dry-run", "--json", SEED], dataDir);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.meeting).toMatchObject({
      committee: "Chefforum",
      date: "2021-11-25",
      startTime: "09:00",
    });
    expect(parsed.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("stores a file once; a second import says nothing changed", async () => {
    const dataDir = join(work, "twice");
    const first = await runCli(["import", SEED], dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Importeret:");
    const second = await runCli(["import", SEED], dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("Uændret:");
    expect(await countRows(dataDir)).toEqual({ meetings: 1, items: 7 });
  });

  it("keeps imported minutes private unless --publish is given", async () => {
    const privateDir = join(work, "private");
    expect((await runCli(["import", SEED], privateDir)).code).toBe(0);
    expect(await publishedAt(privateDir)).toEqual([false]);
    const publicDir = join(work, "public");
    expect((await runCli(["import", "--publish", SEED], publicDir)).code).toBe(0);
    expect(await publishedAt(publicDir)).toEqual([true]);
  });

  it.each([
    ["tom.txt", /Filen er tom/, async (f: string) => writeFile(f, "")],
    [
      "to-referater.txt",
      /mere end ét møde: punkt 1, 2, 3, 4, 5, 6 og 7 findes mere end én gang/,
      async (f: string) => {
        const seed = await readFile(SEED, "utf8");
        await writeFile(f, `${seed}\n\n${seed}`);
      },
    ],
    [
      "binaer.txt",
      /billede|binære data/,
      async (f: string) =>
        writeFile(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3, 0, 9])),
    ],
    [
      "ingen-punkter.txt",
      /ingen dagsordenspunkter/,
      async (f: string) =>
        writeFile(f, "REFERAT Chefforum d. 25-11-2021\n\nDer blev ikke behandlet noget.\n"),
    ],
    [
      "ulaeselig.pdf",
      /PDF-filen kan ikke åbnes/,
      async (f: string) => writeFile(f, "%PDF-1.7\nthis is not a pdf at all"),
    ],
    [
      "kaempe.txt",
      /Filen er for stor/,
      async (f: string) => {
        await writeFile(f, "");
        await truncate(f, 50 * 1024 * 1024);
      },
    ],
  ])(
    "refuses %s with a Danish message naming the file, and creates no database",
    async (name, reason, make) => {
      const dataDir = join(work, `bad-${name}`);
      const file = join(work, name);
      await make(file);
      const { code, stdout, stderr } = await runCli(["import", file], dataDir);
      expect(code).toBe(1);
      expect(stderr).toContain(name);
      expect(stderr).toMatch(reason);
      expect(stdout).toBe("");
      expect(existsSync(dataDir)).toBe(false);
    },
  );

  it("imports a folder with a summary, reports the bad file, and a re-run finishes the rest", async () => {
    const folder = join(work, "folder");
    const dataDir = join(work, "folder-data");
    await import("node:fs/promises").then((fs) => fs.mkdir(folder));
    await seedCopy(folder, 1);
    await seedCopy(folder, 2);
    await writeFile(join(folder, "tom.txt"), "");
    const run = await runCli(["import", folder], dataDir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("I alt: 2 importeret, 0 uændret, 0 sprunget over, 1 fejl");
    expect(run.stderr).toContain("tom.txt");
    await seedCopy(folder, 3);
    const again = await runCli(["import", folder], dataDir);
    expect(again.stdout).toContain("I alt: 1 importeret, 2 uændret, 0 sprunget over, 1 fejl");
    expect(await countRows(dataDir)).toEqual({ meetings: 3, items: 21 });
  });

  it("leaves a consistent database when killed mid-folder, and a re-run completes it", async () => {
    const folder = join(work, "killed");
    const dataDir = join(work, "killed-data");
    await import("node:fs/promises").then((fs) => fs.mkdir(folder));
    for (let i = 0; i < 25; i++) await seedCopy(folder, i);
    let killed = false;
    await runCli(["import", folder], dataDir, (out, child) => {
      if (!killed && (out.match(/Importeret:/g) ?? []).length >= 3) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    expect(killed).toBe(true);
    const partial = await countRows(dataDir);
    expect(partial.items).toBe(partial.meetings * 7);
    expect(partial.meetings).toBeLessThan(25);
    const rerun = await runCli(["import", folder], dataDir);
    expect(rerun.code).toBe(0);
    expect(await countRows(dataDir)).toEqual({ meetings: 25, items: 175 });
  });

  it("exits 2 with the usage text for an unknown command", async () => {
    const { code, stderr } = await runCli(["importer"], join(work, "usage"));
    expect(code).toBe(2);
    expect(stderr).toContain("Ukendt kommando: importer");
  });
});
