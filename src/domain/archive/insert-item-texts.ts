import { sql } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { insertNestedRows } from "../../db/insert-nested-rows.ts";
import { caseFields, decisions } from "../../db/schema/index.ts";
import type { MinutesTexts } from "./item-texts.ts";

/** The texts of one new meeting and the ids its items got, in the file's item order. */
export interface PlacedTexts {
  texts: MinutesTexts;
  caseIds: number[];
  itemIds: number[];
}

/**
 * Inserts the case fields and decisions of new meetings: one statement per table for all the
 * meetings. Each meeting's rows travel as the JSON its file was parsed into (textsOf), never
 * taken apart here; the database sets each row's case or agenda item from the ids given.
 */
export async function insertItemTexts(
  tx: Tx,
  organisationId: number,
  placed: PlacedTexts[],
): Promise<void> {
  if (placed.length === 0) return;
  const bases: number[] = [];
  let items = 0;
  for (const p of placed) {
    bases.push(items);
    items += p.caseIds.length;
  }
  const item = (ids: number[]) =>
    sql`(${intArray(ids)}::int[])[(${intArray(bases)}::int[])[d.ord] + t.item + 1]`;
  await insertNestedRows(
    tx,
    caseFields,
    placed.map((p) => p.texts.fields),
    { caseId: item(placed.flatMap((p) => p.caseIds)) },
    ["position", "key", "label", "public", "doc", "text"],
  );
  await insertNestedRows(
    tx,
    decisions,
    placed.map((p) => p.texts.decisions),
    {
      organisationId: sql`${organisationId}::int`,
      agendaItemId: item(placed.flatMap((p) => p.itemIds)),
    },
    ["outcome", "doc", "text"],
  );
}

/** A PostgreSQL array literal of integers, sent as one text parameter. */
const intArray = (values: number[]) => `{${values.map((v) => Math.trunc(v)).join(",")}}`;
