import { sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import type { ParsedMinutes } from "../../import/model.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { insertMinutes } from "./insert-minutes.ts";
import type { MinutesTexts } from "./item-texts.ts";
import { type Plan, planStore } from "./plan-store.ts";

/** One parsed file to store, with the name and SHA-256 of the file it came from. */
export interface MinutesFile {
  parsed: ParsedMinutes;
  fileName: string;
  sha256: string;
  /** When set, the meeting is public from the start (agenda and minutes published then). */
  publishedAt?: Date | null;
  /** The stored texts, when the reader already made them from `parsed` (textsOf). */
  texts?: MinutesTexts;
}

export type StoreResult =
  | { status: "created"; meetingId: number; items: number }
  | { status: "unchanged"; meetingId: number }
  | { status: "duplicate"; meetingId: number; importedFrom: string | null };

/** What became of one file of a batch: stored (or recognised), or failed with nothing written. */
export type StoreOutcome = StoreResult | { status: "failed"; error: unknown };

/** Files stored per transaction: few statements per file, yet a small loss if one fails. */
export const STORE_CHUNK_SIZE = 25;

/**
 * Stores parsed legacy minutes as meetings with their items, cases, decisions and attachment
 * names, `chunkSize` files per transaction, and answers one outcome per file in the order
 * given. A file already imported (same SHA-256) is "unchanged"; a file for a meeting that
 * exists or comes earlier in the batch (same committee and start) is a "duplicate". When a
 * chunk fails, its files are stored one by one, so only the file at fault fails, and
 * nothing of it is written.
 */
export async function storeParsedMinutesBatch(
  db: Db,
  files: MinutesFile[],
  organisationId: number,
  chunkSize = STORE_CHUNK_SIZE,
): Promise<StoreOutcome[]> {
  const outcomes: StoreOutcome[] = [];
  for (let i = 0; i < files.length; i += chunkSize) {
    outcomes.push(...(await storeChunk(db, files.slice(i, i + chunkSize), organisationId)));
  }
  return outcomes;
}

async function storeChunk(
  db: Db,
  files: MinutesFile[],
  organisationId: number,
): Promise<StoreOutcome[]> {
  try {
    return await db.transaction((tx) => storeInTransaction(tx, files, organisationId));
  } catch (error) {
    if (files.length === 1) return [{ status: "failed", error }];
    const outcomes: StoreOutcome[] = [];
    for (const file of files) outcomes.push(...(await storeChunk(db, [file], organisationId)));
    return outcomes;
  }
}

async function storeInTransaction(
  tx: Tx,
  files: MinutesFile[],
  organisationId: number,
): Promise<StoreResult[]> {
  await preferFastCompression(tx);
  const plans = await planStore(tx, files, organisationId);
  const toCreate = plans.flatMap((plan, index) =>
    plan.kind === "create" ? [{ ...plan, file: files[index] as MinutesFile }] : [],
  );
  const meetingIds = await insertMinutes(tx, organisationId, toCreate);
  // Meetings published by the import are searchable at once; private ones stay out.
  const published = meetingIds.filter((_, i) => toCreate[i]?.file.publishedAt);
  await refreshPublicView(tx, { kind: "imported", meetingIds: published, actorId: null });
  const createdAt = new Map<number, number>();
  let next = 0;
  plans.forEach((plan, index) => {
    if (plan.kind === "create") createdAt.set(index, meetingIds[next++] as number);
  });
  return plans.map((plan, index) => resultOf(plan, index, files, createdAt));
}

/**
 * Long texts are compressed with lz4 in this transaction where the server has it (PostgreSQL
 * built with lz4; not PGlite): it costs the server a fraction of pglz's time, which is much of
 * what storing a file's texts costs. Either is read back the same way.
 */
async function preferFastCompression(tx: Tx): Promise<void> {
  await tx.execute(
    sql`select set_config('default_toast_compression', 'lz4', true)
        where exists (select from pg_settings
          where name = 'default_toast_compression' and 'lz4' = any(enumvals))`,
  );
}

function resultOf(
  plan: Plan,
  index: number,
  files: MinutesFile[],
  createdAt: Map<number, number>,
): StoreResult {
  switch (plan.kind) {
    case "create": {
      const items = (files[index] as MinutesFile).parsed.items.length;
      return { status: "created", meetingId: createdAt.get(index) as number, items };
    }
    case "known":
      return plan.result;
    case "like-earlier": {
      const meetingId = createdAt.get(plan.index) as number;
      if (plan.status === "unchanged") return { status: "unchanged", meetingId };
      const importedFrom = (files[plan.index] as MinutesFile).fileName;
      return { status: "duplicate", meetingId, importedFrom };
    }
  }
}
