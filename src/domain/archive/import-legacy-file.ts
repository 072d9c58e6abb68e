import type { Db } from "../../db/client.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { type ReadFile, readForImport } from "./read-for-import.ts";
import { type StoreResult, storeParsedMinutes } from "./store-parsed-minutes.ts";

export interface ImportedFile {
  file: string;
  parsed: ParsedMinutes;
  result: StoreResult;
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
