import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { caseFields, comments, users } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { notify } from "../notification/notify.ts";
import { COMMENT_ANCHOR } from "../richtext/rich-text-schema.ts";
import { canCommentOnCase, canReadCase } from "./case.policy.ts";
import { type CaseRecord, loadCase } from "./load-case.ts";
import { mentionedEmails } from "./mentions.ts";
import { MAX_COMMENT_LENGTH } from "./return-case.ts";
import { writeCommentMark } from "./write-comment-mark.ts";

const m = caseMessages;

export interface AddCommentInput {
  caseId: number;
  /** The field the comment is about; null or absent: the case as a whole. */
  fieldKey?: string | null;
  /** The id of the comment mark the editor put on the commented text range in that field. */
  anchor?: string | null;
  /** Replying to a comment: the reply joins that comment's thread. */
  parentId?: number | null;
  body: string;
  /** Mentioned users beside "@email" mentions in the body. */
  mentionUserIds?: number[];
  /**
   * The field's document with the new comment mark around the commented text, as the editor
   * has it, and the case version it was made on. Stored with the comment, so people who may
   * comment but not edit can anchor comments too; it may differ from the stored document in
   * comment marks only.
   */
  markedDoc?: unknown;
  version?: number;
}

/** Users mentioned by e-mail or id who can read the case; the others are returned unreached. */
async function mentioned(tx: Tx, kase: CaseRecord, input: AddCommentInput, body: string) {
  const emails = mentionedEmails(body);
  const byEmail = emails.length
    ? await tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(
          and(
            eq(users.organisationId, kase.organisationId),
            inArray(sql`lower(${users.email})`, emails),
          ),
        )
    : [];
  const ids = [...byEmail.map((u) => u.id), ...(input.mentionUserIds ?? []).filter(isRowId)];
  const reachable: number[] = [];
  for (const id of new Set(ids)) {
    const p = await loadPrincipal(tx, id);
    if (p && canReadCase(p, kase)) reachable.push(id);
  }
  const found = byEmail.filter((u) => reachable.includes(u.id)).map((u) => u.email.toLowerCase());
  const unreached = emails.filter((e) => !found.includes(e));
  return { reachable, unreached };
}

async function threadOf(tx: Tx, caseId: number, parentId: number | null | undefined) {
  if (parentId === null || parentId === undefined) return null;
  const [parent] = isRowId(parentId)
    ? await tx
        .select()
        .from(comments)
        .where(and(eq(comments.id, parentId), eq(comments.caseId, caseId)))
    : [];
  if (!parent) throw new DomainError("invalid", m.comment.parentNotFound);
  if (parent.parentId === null) return parent;
  const [root] = await tx.select().from(comments).where(eq(comments.id, parent.parentId));
  return root ?? parent;
}

/** The comment's text and anchor, or a Danish DomainError saying what is wrong with them. */
function validComment(input: AddCommentInput): { body: string; anchor: string | null } {
  const body = (input.body ?? "").trim();
  if (!body) throw new DomainError("invalid", m.comment.bodyMissing);
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new DomainError("invalid", m.textTooLong("Kommentaren", MAX_COMMENT_LENGTH));
  }
  const anchor = input.anchor ?? null;
  if (anchor !== null && !COMMENT_ANCHOR.test(anchor))
    throw new DomainError("invalid", m.comment.anchorInvalid);
  if (anchor !== null && !input.fieldKey)
    throw new DomainError("invalid", m.comment.anchorWithoutField);
  return { body, anchor };
}

/**
 * Comments on a case, a field or a marked text range in a field, or replies in a thread.
 * Mentioned colleagues who can read the case are notified in the app; `unreached` lists the
 * mentioned addresses that are unknown or have no access, so the writer can be told.
 */
export async function addComment(db: Db, principal: Principal, input: AddCommentInput) {
  return db.transaction(async (tx) => {
    const marking = input.markedDoc !== undefined;
    const kase = await loadCase(tx, principal, input.caseId, { lock: marking });
    if (!canCommentOnCase(principal, kase)) throw new DomainError("forbidden", m.forbidden.comment);
    // Validated after authorizing: someone who may not comment learns nothing from the checks.
    const { body, anchor } = validComment(input);
    const root = await threadOf(tx, kase.id, input.parentId);
    let version = kase.version;
    if (marking && !root && input.fieldKey && anchor) {
      const mark = { fieldKey: input.fieldKey, anchor, markedDoc: input.markedDoc };
      version = await writeCommentMark(tx, kase, { ...mark, version: input.version ?? -1 });
    }
    const fieldKey = root ? root.fieldKey : (input.fieldKey ?? null);
    if (!root && fieldKey !== null) {
      const [field] = await tx
        .select({ id: caseFields.id })
        .from(caseFields)
        .where(and(eq(caseFields.caseId, kase.id), eq(caseFields.key, fieldKey)));
      if (!field) throw new DomainError("invalid", m.unknownField(fieldKey));
    }
    const [row] = await tx
      .insert(comments)
      .values({
        caseId: kase.id,
        fieldKey,
        anchor: root ? root.anchor : anchor,
        parentId: root?.id ?? null,
        authorId: principal.user.id,
        body,
      })
      .returning({ id: comments.id, createdAt: comments.createdAt });
    if (!row) throw new Error("comment row was not inserted");
    const { reachable, unreached } = await mentioned(tx, kase, input, body);
    const notified = await notify(tx, reachable, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      kind: "mention",
      caseId: kase.id,
      commentId: row.id,
    });
    await recordAudit(tx, {
      organisationId: kase.organisationId,
      actorId: principal.user.id,
      action: "comment.added",
      entityType: "comment",
      entityId: row.id,
      data: { caseId: kase.id, fieldKey, parentId: root?.id ?? null, notified },
    });
    return { id: row.id, threadId: root?.id ?? row.id, version, notified, unreached };
  });
}
