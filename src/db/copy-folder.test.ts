import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyFolder } from "./copy-folder.ts";

/** Every file under `folder` with its bytes, by path relative to it. */
async function contents(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const e of entries.filter((e) => e.isFile())) {
    const path = join(e.parentPath, e.name);
    files[path.slice(folder.length + 1)] = (await readFile(path)).toString("base64");
  }
  return files;
}

const name = fc.stringMatching(/^[a-z0-9_.]{1,8}$/).filter((n) => n !== "." && n !== "..");
const tree = fc.array(
  fc.record({
    dirs: fc.array(name, { maxLength: 3 }),
    file: name,
    bytes: fc.uint8Array({ maxLength: 300 }),
  }),
  { maxLength: 40 },
);

describe("copyFolder", () => {
  it("copies every file and folder, however deep, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const root = await mkdtemp(join(tmpdir(), "referat-copy-"));
        try {
          const from = join(root, "from");
          await mkdir(join(from, "empty", "folder"), { recursive: true });
          for (const f of files) {
            // Files are named f-…, folders never: no name is both.
            const folder = join(from, "d", ...f.dirs);
            await mkdir(folder, { recursive: true });
            await writeFile(join(folder, `f-${f.file}`), f.bytes);
          }
          await copyFolder(from, join(root, "to"));
          expect(await contents(join(root, "to"))).toEqual(await contents(from));
          expect(await readdir(join(root, "to", "empty"))).toEqual(["folder"]);
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 30 },
    );
  });
});
