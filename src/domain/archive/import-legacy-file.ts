import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Db } from "../../db/client.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { readLegacyFile } from "../../import/read-legacy-file.ts";
import { type StoreResult, storeParsedMinutes } from "./store-parsed-minutes.ts";

export interface ImportedFile {
  file: string;
  parsed: ParsedMinutes;
  result: StoreResult;
}

/** Reads one legacy minutes file and stores it in the organisation's archive. */
export async function importLegacyFile(
  db: Db,
  path: string,
  organisationId: number,
): Promise<ImportedFile> {
  const parsed = await readLegacyFile(path);
  const sha256 = createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
  const result = await storeParsedMinutes(db, parsed, {
    organisationId,
    fileName: basename(path),
    sha256,
  });
  return { file: path, parsed, result };
}
