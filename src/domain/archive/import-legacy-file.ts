import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Db } from "../../db/client.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import { type StoreResult, storeParsedMinutes } from "./store-parsed-minutes.ts";

export interface ReadFile {
  file: string;
  parsed: ParsedMinutes;
  fileName: string;
  sha256: string;
}

export interface ImportedFile {
  file: string;
  parsed: ParsedMinutes;
  result: StoreResult;
}

/** Reads and parses a legacy minutes file, with the SHA-256 that identifies it. */
export async function readForImport(path: string): Promise<ReadFile> {
  const parsed = await readLegacyFile(path);
  const sha256 = createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
  return { file: path, parsed, fileName: basename(path), sha256 };
}

/** Stores a file read by readForImport in the organisation's archive. */
export async function storeReadFile(
  db: Db,
  read: ReadFile,
  organisationId: number,
): Promise<ImportedFile> {
  const { file, parsed, fileName, sha256 } = read;
  const result = await storeParsedMinutes(db, parsed, { organisationId, fileName, sha256 });
  return { file, parsed, result };
}

/** Reads one legacy minutes file and stores it in the organisation's archive. */
export async function importLegacyFile(
  db: Db,
  path: string,
  organisationId: number,
): Promise<ImportedFile> {
  return storeReadFile(db, await readForImport(path), organisationId);
}
