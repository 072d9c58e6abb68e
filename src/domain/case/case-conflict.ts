import { desc, eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { revisions, users } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { canonicalJson } from "../richtext/canonical-json.ts";
import { type CaseContent, type CaseRow, loadContent, META_KEYS } from "./case-content.ts";
import { type AttemptedSave, CaseConflictError } from "./case-errors.ts";

/** The conflict a stale save runs into: the stored state, who saved it last, and the attempt. */
export async function caseConflict(
  tx: Tx,
  kase: CaseRow,
  stored: CaseContent,
  attempted: AttemptedSave,
  /** The fields and facts that clash; by default every one the attempt has otherwise. */
  clashes?: string[],
): Promise<CaseConflictError> {
  const [last] = await tx
    .select({ id: users.id, name: users.name, at: revisions.createdAt })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.caseId, kase.id))
    .orderBy(desc(revisions.number))
    .limit(1);
  const savedBy = last?.id && last.name ? { id: last.id, name: last.name } : null;
  const fieldKeys = (attempted.fields ?? [])
    .filter((a) => {
      const s = stored.fields.find((f) => f.key === a.key);
      return !s || canonicalJson(s.doc) !== canonicalJson(a.doc);
    })
    .map((a) => a.key);
  const metaKeys = META_KEYS.filter(
    (k) => attempted[k] !== undefined && attempted[k] !== stored[k],
  );
  return new CaseConflictError(
    caseMessages.conflict(savedBy?.name ?? null),
    { version: kase.version, content: stored, savedBy, savedAt: last?.at ?? null },
    attempted,
    clashes ?? [...metaKeys, ...fieldKeys],
  );
}

/** A step (send, approve, return) taken on a version the case has left is a conflict. */
export async function refuseStaleVersion(tx: Tx, kase: CaseRow, version: number | undefined) {
  if (version === undefined || version === kase.version) return;
  throw await caseConflict(tx, kase, await loadContent(tx, kase), { version });
}
