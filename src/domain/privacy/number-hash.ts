import { createHmac, randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { privacyKeys } from "../../db/schema/index.ts";

/**
 * The keyed hash (HMAC-SHA256 with the organisation's key) that names a CPR-shaped number in
 * the database, so that neither confirmations nor bilag scans store the number itself.
 */
export function numberHash(key: string, digits: string): string {
  return createHmac("sha256", key).update(digits).digest("hex");
}

/** The organisations' keys, for those that have one. */
export async function findPrivacyKeys(
  db: Db | Tx,
  organisationIds: number[],
): Promise<Map<number, string>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(privacyKeys)
    .where(inArray(privacyKeys.organisationId, [...new Set(organisationIds)]));
  return new Map(rows.map((r) => [r.organisationId, r.key]));
}

/** The organisation's key, made (32 random bytes) the first time one is needed. */
export async function privacyKeyFor(db: Db | Tx, organisationId: number): Promise<string> {
  await db
    .insert(privacyKeys)
    .values({ organisationId, key: randomBytes(32).toString("hex") })
    .onConflictDoNothing();
  const [row] = await db
    .select({ key: privacyKeys.key })
    .from(privacyKeys)
    .where(eq(privacyKeys.organisationId, organisationId));
  if (!row) throw new Error(`no privacy key for organisation ${organisationId}`);
  return row.key;
}
