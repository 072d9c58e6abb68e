import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";
import { cacheFolder } from "../../cache-folder.ts";

const brotli = promisify(brotliCompress);
const folder = join(cacheFolder, "brotli");

/** Where the brotli form of `text` is kept. */
export const brotliFile = (text: string) =>
  join(folder, `${createHash("sha256").update(text).digest("hex")}.br`);

/**
 * `text` brotli-compressed at the best quality, made once per text and kept on disk: it takes
 * seconds for the pdf.js worker, so a restart or another process (each test server) reads it
 * instead. Runs on the thread pool. Where the folder cannot be written, it is made each time.
 */
export async function brotliOnce(text: string): Promise<Uint8Array> {
  const file = brotliFile(text);
  try {
    return new Uint8Array(await readFile(file));
  } catch {
    // Not made yet.
  }
  const bytes = new Uint8Array(
    await brotli(text, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text),
      },
    }),
  );
  try {
    await mkdir(folder, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch {
    // A read-only installation: kept in memory only.
  }
  return bytes;
}
