import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/** Files copied at once: enough to keep the file system's threads busy. */
const AT_ONCE = 16;

/**
 * Copies a folder with everything in it to `to` (made if missing), many files at a time.
 * A PostgreSQL cluster is about 1 300 small files; `fs.cp` copies them one after another
 * and took three times as long.
 */
export async function copyFolder(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const pathOf = (entry: (typeof entries)[number]) => join(entry.parentPath, entry.name);
  await mkdir(to, { recursive: true });
  for (const entry of entries) {
    if (entry.isDirectory())
      await mkdir(join(to, relative(from, pathOf(entry))), { recursive: true });
  }
  const files = entries.filter((e) => e.isFile()).map(pathOf);
  let next = 0;
  const copyNext = async (): Promise<void> => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      await copyFile(file, join(to, relative(from, file)));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, copyNext));
}
