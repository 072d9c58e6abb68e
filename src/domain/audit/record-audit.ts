import type { Db, Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { auditLog } from "../../db/schema/index.ts";

export interface AuditEntry {
  organisationId: number | null;
  actorId: number | null;
  /** Verb-noun, e.g. "meeting.imported", "user.logged_in". */
  action: string;
  entityType: string;
  entityId: number | null;
  data?: Record<string, unknown>;
}

/** Appends many entries in one statement (bulk creation), inside the caller's transaction. */
export async function recordAudits(tx: Tx, entries: AuditEntry[]): Promise<void> {
  await insertRows(
    tx,
    auditLog,
    entries.map((entry) => ({ ...entry, data: entry.data ?? null })),
  );
}

/** Appends one entry to the audit log, inside the caller's transaction when given one. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...entry, data: entry.data ?? null });
}
