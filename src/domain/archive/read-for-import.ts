import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { ParsedMinutes } from "../../import/model.ts";
import { parseLegacyBuffer, readLegacyBytes } from "../../import/read-legacy-file.ts";
import { type MinutesTexts, textsOf } from "./item-texts.ts";

export interface ReadFile {
  file: string;
  parsed: ParsedMinutes;
  fileName: string;
  sha256: string;
}

/** A file read and parsed, with its texts ready to store. */
export type PreparedFile = ReadFile & { texts: MinutesTexts };

/** Reads and parses a legacy minutes file, with the SHA-256 that identifies it. */
export async function readForImport(path: string): Promise<ReadFile> {
  const bytes = await readLegacyBytes(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const parsed = await parseLegacyBuffer(bytes, path);
  return { file: path, parsed, fileName: basename(path), sha256 };
}

/** Reads and parses a file, and makes the texts it will store (what the reader thread does). */
export async function prepareForImport(path: string): Promise<PreparedFile> {
  const read = await readForImport(path);
  return { ...read, texts: textsOf(read.parsed) };
}
