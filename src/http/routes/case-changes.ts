import type { Context } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { diffRevisions } from "../../domain/case/diff-revisions.ts";
import { findChangesBase } from "../../domain/case/find-changes-base.ts";
import type { CaseView } from "../../domain/case/get-case.ts";
import type { HistoryEvent } from "../../domain/case/get-case-history.ts";
import { listRevisions } from "../../domain/case/list-revisions.ts";
import type { CaseRecord } from "../../domain/case/load-case.ts";
import { lastSeenRevision, recordCaseView } from "../../domain/case/record-case-view.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import type { CaseChangesView } from "../../web/components/case-changes.tsx";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";

/**
 * The changes an approver made since the case was last sent, for its author (»siden du sendte
 * sagen«) when it came back: nobody else sent it.
 */
async function changesSinceSent(
  c: Context<AppEnv>,
  principal: Principal,
  page: { kase: CaseRecord; view: CaseView; events: HistoryEvent[] },
) {
  const { kase, view, events } = page;
  if (kase.authorId !== principal.user.id) return null;
  if (view.status !== "returned" && view.status !== "draft") return null;
  const sent = events.filter((e) => e.kind === "status" && e.step === "submitted").at(-1);
  const returned = events.filter((e) => e.kind === "status" && e.step === "returned").at(-1);
  if (sent?.kind !== "status" || sent.revision === null || !returned) return null;
  if (returned.kind !== "status" || returned.revision === null) return null;
  if (returned.revision <= sent.revision) return null;
  return diffRevisions(c.get("deps").db, principal, {
    caseId: view.id,
    from: sent.revision,
    to: returned.revision,
  });
}

/**
 * What the case page shows of the case's changes: the approver's edits for the author of a
 * returned case; the revision to compare from by default (since the viewer last saw it, or it
 * was returned) and, when asked (?fra=N), every field's changes from N to the latest. A shown
 * page records the view (`record`), after the default was found from the previous one.
 */
export async function caseChangesOf(
  c: Context<AppEnv>,
  principal: Principal,
  page: { kase: CaseRecord; view: CaseView; events: HistoryEvent[] },
  options: { record: boolean },
): Promise<CaseChangesView> {
  const { db } = c.get("deps");
  const { kase, events } = page;
  const revisions = await listRevisions(db, principal, kase.id);
  const latest = revisions[0]?.number ?? 1;
  const lastSeen = await lastSeenRevision(db, principal, kase);
  const base = findChangesBase(principal, kase, { events, lastSeen, latest });
  const raw = options.record ? c.req.query("fra") : undefined;
  let shown = null;
  if (raw !== undefined) {
    const from = parseId(raw);
    if (from === null) throw new DomainError("invalid", caseUi.changes.badVersion);
    if (from > latest) throw new DomainError("not_found", caseMessages.revisions.notFound(from));
    if (from === latest) throw new DomainError("invalid", caseUi.changes.latest);
    shown = await diffRevisions(db, principal, { caseId: kase.id, from, to: latest });
  }
  if (options.record) await recordCaseView(db, principal, kase, latest);
  return {
    caseId: kase.id,
    revisions,
    base,
    shown,
    sinceSent: await changesSinceSent(c, principal, page),
  };
}
