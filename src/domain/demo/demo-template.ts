import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { copyCluster, hasCluster } from "../../db/cluster-folder.ts";
import { copyFolder } from "../../db/copy-folder.ts";
import { DATABASE_FOLDER as DATA, FILES_FOLDER as FILES } from "../../storage/data-folders.ts";
import { isoDate } from "./calendar.ts";

/**
 * The demo year takes seconds to make, most of a first start. `npm ci` (bin/start.mjs --build)
 * therefore makes it once into a folder of the server bundle, as a data folder of its own (the
 * database and the bilag files), and a first start that day copies it (adr/0027). The demo is a
 * year around the day it is made, so a copy serves only that day; on any other day the first
 * start makes the demo itself, as before. An entry of the server bundle.
 */
let templates: string | null = null;

/** Where the bundle keeps its demo folders: set by bin/start.mjs before the server loads. */
export function useDemoTemplates(folder: string): void {
  templates = folder;
}

/** The demo made for `today`, or null when none was. */
export function demoTemplateFor(today: string): string | null {
  if (!templates) return null;
  const folder = join(templates, today);
  return hasCluster(join(folder, DATA)) && existsSync(join(folder, FILES)) ? folder : null;
}

/**
 * A new data folder starts as a copy of today's demo, if one was made: its bilag files first,
 * then its database, so a copy a killed start left half-made is made again. True when it did;
 * false for a data folder that has a database already, or when there is no demo for today.
 */
export async function copyDemoTemplate(
  target: { filesDir: string; pgliteDir: string },
  today = isoDate(new Date()),
): Promise<boolean> {
  if (hasCluster(target.pgliteDir)) return false;
  const template = demoTemplateFor(today);
  if (!template) return false;
  await copyFolder(join(template, FILES), target.filesDir);
  await copyCluster(join(template, DATA), target.pgliteDir);
  return true;
}

/**
 * Makes the demo for `today` in `folder/<today>` unless it is there, and removes those made for
 * other days. The modules that make it load here, not when the server starts.
 */
export async function makeDemoTemplate(folder: string, today = isoDate(new Date())): Promise<void> {
  templates = folder;
  if (demoTemplateFor(today)) return;
  const [{ openDatabase }, { generateDemoData }, { FileSystemStorage }] = await Promise.all([
    import("../../db/client.ts"),
    import("./generate-demo-data.ts"),
    import("../../storage/file-system-storage.ts"),
  ]);
  const temporary = join(folder, `${today}.${process.pid}.tmp`);
  await rm(temporary, { recursive: true, force: true });
  const database = await openDatabase({ kind: "pglite", dataDir: join(temporary, DATA) });
  try {
    await mkdir(join(temporary, FILES), { recursive: true });
    const storage = new FileSystemStorage(join(temporary, FILES));
    await generateDemoData(database.db, storage, { years: 1, committees: 4, today });
  } finally {
    await database.close();
  }
  for (const old of await readdir(folder)) {
    if (join(folder, old) !== temporary) await rm(join(folder, old), { recursive: true });
  }
  await rename(temporary, join(folder, today));
}
