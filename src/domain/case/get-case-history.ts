import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import {
  agendaItems,
  auditLog,
  comments,
  committees,
  decisions,
  meetings,
  revisions,
  users,
} from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { type CaseRef, readCase } from "./load-case.ts";

type Person = { id: number; name: string } | null;
type Base = { at: Date; actor: Person };

export type HistoryEvent =
  | (Base & { kind: "revision"; number: number; restoredFrom: number | null })
  | (Base & {
      kind: "status";
      step: "created" | "submitted" | "returned" | "approved";
      /** The revision the step concerned: e.g. the one sent, to diff against later ones. */
      revision: number | null;
      approver: Person;
      commentId: number | null;
    })
  | (Base & { kind: "shared" | "unshared"; user: Person })
  | (Base & {
      kind: "comment";
      commentId: number;
      threadId: number;
      fieldKey: string | null;
      body: string;
    })
  | (Base & { kind: "comment_resolved" | "comment_reopened"; commentId: number });

const STEPS = [
  "case.created",
  "case.submitted",
  "case.returned",
  "case.approved",
  "case.shared",
  "case.unshared",
];
const COMMENT_STEPS = ["comment.resolved", "comment.reopened"];

/**
 * The history of a case in time order: revisions (who saved, when), status steps from the
 * audit log (created, sent to approval, returned, approved), sharing, comments and their
 * resolving. A step and the revision it concerns can share a time; the step comes first.
 */
export async function getCaseHistory(
  db: Db,
  principal: Principal,
  ref: CaseRef,
): Promise<HistoryEvent[]> {
  const kase = await readCase(db, principal, ref);
  const revs = await db.select().from(revisions).where(eq(revisions.caseId, kase.id));
  const notes = await db.select().from(comments).where(eq(comments.caseId, kase.id));
  const caseSteps = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, "case"),
        eq(auditLog.entityId, kase.id),
        inArray(auditLog.action, STEPS),
      ),
    )
    .orderBy(asc(auditLog.id));
  const commentSteps = notes.length
    ? await db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entityType, "comment"),
            inArray(
              auditLog.entityId,
              notes.map((c) => c.id),
            ),
            inArray(auditLog.action, COMMENT_STEPS),
          ),
        )
        .orderBy(asc(auditLog.id))
    : [];
  const data = (d: unknown) => (d ?? {}) as Record<string, number | null | undefined>;
  const ids = new Set<number>();
  for (const r of revs) if (r.authorId) ids.add(r.authorId);
  for (const c of notes) ids.add(c.authorId);
  for (const s of [...caseSteps, ...commentSteps]) {
    if (s.actorId) ids.add(s.actorId);
    const d = data(s.data);
    for (const id of [d.approverId, d.userId]) if (id) ids.add(id);
  }
  const names = ids.size
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, [...ids]))
    : [];
  const person = (id: number | null | undefined): Person => names.find((n) => n.id === id) ?? null;
  const events: [HistoryEvent, number][] = [];
  for (const s of caseSteps) {
    const d = data(s.data);
    const base = { at: s.createdAt, actor: person(s.actorId) };
    if (s.action === "case.shared" || s.action === "case.unshared") {
      events.push([
        {
          ...base,
          kind: s.action === "case.shared" ? "shared" : "unshared",
          user: person(d.userId),
        },
        2,
      ]);
      continue;
    }
    const step = s.action.slice("case.".length) as
      | "created"
      | "submitted"
      | "returned"
      | "approved";
    const revision = step === "created" ? 1 : (d.revision ?? null);
    const extra = { approver: person(d.approverId), commentId: d.commentId ?? null };
    events.push([
      { ...base, kind: "status", step, revision, ...extra },
      step === "created" ? 0 : 3,
    ]);
  }
  for (const r of revs) {
    const base = { at: r.createdAt, actor: person(r.authorId) };
    events.push([{ ...base, kind: "revision", number: r.number, restoredFrom: r.restoredFrom }, 1]);
  }
  for (const c of notes) {
    const thread = {
      commentId: c.id,
      threadId: c.parentId ?? c.id,
      fieldKey: c.fieldKey,
      body: c.body,
    };
    events.push([{ at: c.createdAt, actor: person(c.authorId), kind: "comment", ...thread }, 2]);
  }
  for (const s of commentSteps) {
    const kind = s.action === "comment.resolved" ? "comment_resolved" : "comment_reopened";
    events.push([
      { at: s.createdAt, actor: person(s.actorId), kind, commentId: s.entityId ?? 0 },
      4,
    ]);
  }
  return events
    .sort(([a, ra], [b, rb]) => a.at.getTime() - b.at.getTime() || ra - rb)
    .map(([event]) => event);
}

/** One appearance of a case on an agenda, with what was decided there. */
export interface CaseMeeting {
  meetingId: number;
  startsAt: string;
  committee: string;
  itemId: number;
  itemNumber: number;
  itemTitle: string;
  /** Closed on that agenda (behind closed doors): its text is not public there. */
  closed: boolean;
  /** How this appearance continues the previous one: postponed to it, or forwarded to it. */
  continuation: "postponed" | "forwarded" | null;
  decision: { outcome: "decided" | "noted" | "postponed"; text: string } | null;
}

/**
 * Every meeting and committee a case passed, oldest first (e.g. fagudvalg → Økonomiudvalget →
 * Kommunalbestyrelsen, or postponed and relisted), each with its decision. The same reading
 * rights as the case's history; closed items included, since the reader may read the case.
 */
export async function getCaseMeetings(
  db: Db,
  principal: Principal,
  ref: CaseRef,
): Promise<CaseMeeting[]> {
  const kase = await readCase(db, principal, ref);
  return listCaseMeetings(db, kase.id);
}

/** The appearances of a case, without checking who asks (callers check the case or the meeting). */
export async function listCaseMeetings(db: Db, caseId: number): Promise<CaseMeeting[]> {
  const rows = await db
    .select({
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
      committee: committees.name,
      itemId: agendaItems.id,
      itemNumber: agendaItems.number,
      itemTitle: agendaItems.title,
      closed: agendaItems.closed,
      continuation: agendaItems.continuation,
      outcome: decisions.outcome,
      text: decisions.text,
    })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .leftJoin(decisions, eq(decisions.agendaItemId, agendaItems.id))
    .where(eq(agendaItems.caseId, caseId))
    .orderBy(asc(meetings.startsAt), asc(agendaItems.id))
    .limit(100);
  return rows.map(({ outcome, text, ...r }) => ({
    ...r,
    decision: outcome && text !== null ? { outcome, text } : null,
  }));
}
