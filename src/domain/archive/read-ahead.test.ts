import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import type { FailedFile } from "./import-legacy-files.ts";
import { readAhead, startReadWorker } from "./read-ahead.ts";
import { type PreparedFile, prepareForImport } from "./read-for-import.ts";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "referat-read-ahead-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const SEEDS = Object.values(SEED_FILES).map(readSeed);

/** A file of a folder: a seed, text that is no minutes, or a path with no file. */
const fileSpec = fc.oneof(
  fc.record({ seed: fc.nat(SEEDS.length - 1) }),
  fc.record({ junk: fc.string({ maxLength: 80 }) }),
  fc.constant({ missing: true as const }),
);

/** What a caller sees of a file: its identity and texts, or that it failed and why. */
function seen(entry: PreparedFile | FailedFile) {
  if ("error" in entry) {
    const error = entry.error as Error;
    return { file: entry.file, stage: entry.stage, message: error.message };
  }
  const { file, sha256, parsed, texts } = entry;
  return {
    file,
    sha256,
    parsed: JSON.stringify(parsed),
    fields: Buffer.from(texts.fields).toString(),
    decisions: Buffer.from(texts.decisions).toString(),
  };
}

async function readHere(path: string) {
  try {
    return seen(await prepareForImport(path));
  } catch (error) {
    return seen({ file: path, stage: "read", error });
  }
}

describe("readAhead", () => {
  it("answers every file in order, as read on this thread, when the reader's thread dies at any point", async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fileSpec, { minLength: 1, maxLength: 12 }),
        fc.nat(14),
        fc.integer({ min: 1, max: 6 }),
        async (specs, diesAfter, window) => {
          const paths = await Promise.all(
            specs.map(async (spec, i) => {
              const path = join(folder, `${round}-${i}.txt`);
              if ("seed" in spec) await writeFile(path, SEEDS[spec.seed] as string);
              if ("junk" in spec) await writeFile(path, spec.junk);
              return path;
            }),
          );
          round++;
          // The thread stops after answering `diesAfter` files (at once when 0).
          const dying = () => {
            const worker = startReadWorker();
            let answered = 0;
            if (diesAfter === 0) void worker.terminate();
            worker.on("message", () => {
              if (++answered === diesAfter) void worker.terminate();
            });
            return worker;
          };
          const reader = readAhead(paths, window, dying);
          try {
            for (const path of paths)
              expect(seen(await reader.next())).toEqual(await readHere(path));
          } finally {
            await reader.close();
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
