import type { Db } from "../../db/client.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { type StoreResult, storeParsedMinutesBatch } from "./store-parsed-minutes-batch.ts";

export type { StoreResult } from "./store-parsed-minutes-batch.ts";

export interface ImportSource {
  organisationId: number;
  fileName: string;
  sha256: string;
}

/**
 * Stores one parsed legacy minutes as a meeting with its items, cases, decisions and
 * attachment names, in one transaction. The same file (by SHA-256) is stored once; another
 * file for a meeting that already exists (same committee and start) is not stored again.
 * Throws, with nothing written, when the file cannot be stored.
 */
export async function storeParsedMinutes(
  db: Db,
  parsed: ParsedMinutes,
  source: ImportSource,
): Promise<StoreResult> {
  const { organisationId, fileName, sha256 } = source;
  const [outcome] = await storeParsedMinutesBatch(
    db,
    [{ parsed, fileName, sha256 }],
    organisationId,
  );
  if (!outcome) throw new Error("storeParsedMinutesBatch answered no outcome");
  if (outcome.status === "failed") throw outcome.error;
  return outcome;
}
