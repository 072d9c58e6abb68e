import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { agendaItems, cases } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { refreshPublicView } from "../publication/refresh-public-view.ts";
import { type AgendaMeeting, loadAgendaMeeting } from "./load-agenda-meeting.ts";
import { recordOpennessChange } from "./record-openness-change.ts";
import { relayoutAgenda } from "./relayout-agenda.ts";

const e = agendaMessages.assemblyErrors;
const l = agendaMessages.assembly;

export interface AgendaItemChanges {
  title: string;
  durationMinutes: string | number | null;
  closed: boolean;
  closureReason: string;
  openDecision: string;
}

const MAX_TITLE = 300;
const MAX_TEXT = 2000;

/** Checks the edit form; every problem at once, each with the field it is about. */
function validate(input: AgendaItemChanges) {
  const problems: string[] = [];
  const targets: (keyof AgendaItemChanges)[] = [];
  const problem = (message: string, target: keyof AgendaItemChanges) => {
    problems.push(message);
    targets.push(target);
  };
  const title = input.title.trim().replace(/\s+/g, " ");
  if (!title) problem(e.title, "title");
  if (title.length > MAX_TITLE) problem(e.titleTooLong(MAX_TITLE), "title");
  const raw = input.durationMinutes === null ? "" : String(input.durationMinutes).trim();
  const duration = raw === "" ? null : Number(raw);
  if (duration !== null && (!Number.isInteger(duration) || duration < 0 || duration > 600)) {
    problem(e.duration, "durationMinutes");
  }
  const closureReason = input.closureReason.trim();
  const openDecision = input.openDecision.trim();
  if (input.closed && !closureReason) problem(e.closureReason, "closureReason");
  if (closureReason.length > MAX_TEXT) {
    problem(e.textTooLong(l.closureReason, MAX_TEXT), "closureReason");
  }
  if (openDecision.length > MAX_TEXT) {
    problem(e.textTooLong(l.openDecision, MAX_TEXT), "openDecision");
  }
  if (problems.length > 0) {
    throw new DomainError("invalid", problems.join(" "), problems, targets);
  }
  return {
    title,
    durationMinutes: duration,
    closed: input.closed,
    closureReason: input.closed ? closureReason : null,
    openDecision: openDecision || null,
  };
}

/**
 * Once an item went out, its title changes only as a visible correction with a reason
 * (correctAgendaItem); a withdrawn item does not change at all.
 */
function refuseSilentCorrection(
  item: { publishedInVersion: number | null; withdrawnAt: Date | null; title: string },
  title: string,
) {
  const c = agendaCorrectionMessages.errors;
  if (item.withdrawnAt) throw new DomainError("conflict", c.withdrawnItem, [c.withdrawnItem]);
  if (item.publishedInVersion !== null && item.title !== title) {
    throw new DomainError("conflict", c.titleLocked, [c.titleLocked]);
  }
}

/**
 * A sent item closed or opened (or closed with another reason) is a correction members and the
 * public see. An item whose case is closed stays closed whatever the item says.
 */
async function correctOpenness(
  tx: Tx,
  meeting: AgendaMeeting,
  before: { id: number; caseId: number | null; closed: boolean; closureReason: string | null },
  after: { closed: boolean; closureReason: string | null },
  actorId: number,
) {
  const [kase] =
    before.caseId === null
      ? []
      : await tx.select({ closed: cases.closed }).from(cases).where(eq(cases.id, before.caseId));
  if (kase?.closed) return;
  const opennessChanged = before.closed !== after.closed;
  const reasonChanged = after.closed && before.closureReason !== after.closureReason;
  if (!opennessChanged && !reasonChanged) return;
  const change = {
    itemId: before.id,
    caseId: before.caseId,
    wasClosed: before.closed,
    closed: after.closed,
    reason: after.closureReason ?? "",
  };
  await recordOpennessChange(tx, meeting, change, actorId);
}

/**
 * The secretary changes an item's title, time estimate or openness (a closed item needs its
 * reason, which is public). Time slots follow; members see the item as changed, and closing or
 * opening a sent item is a correction for the next »Rettet dagsorden«.
 */
export async function updateAgendaItem(
  db: Db,
  principal: Principal,
  input: { meetingId: number; itemId: number; changes: AgendaItemChanges },
): Promise<void> {
  const values = validate(input.changes);
  await db.transaction(async (tx) => {
    const meeting = await loadAgendaMeeting(tx, principal, input.meetingId, "assemble");
    const [before] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.meetingId, meeting.id)));
    if (!before) throw new DomainError("not_found", agendaMessages.itemNotFound);
    refuseSilentCorrection(before, values.title);
    const changed = Object.entries(values).filter(
      ([key, value]) => before[key as keyof typeof before] !== value,
    );
    if (changed.length === 0) return;
    await tx
      .update(agendaItems)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(agendaItems.id, before.id));
    await relayoutAgenda(tx, meeting, principal.user.id);
    if (meeting.status === "agenda_published" && before.publishedInVersion !== null) {
      await correctOpenness(tx, meeting, before, values, principal.user.id);
    }
    await recordAudit(tx, {
      organisationId: meeting.organisationId,
      actorId: principal.user.id,
      action: "agenda.item_updated",
      entityType: "agenda_item",
      entityId: before.id,
      data: {
        meetingId: meeting.id,
        changes: Object.fromEntries(
          changed.map(([key, value]) => [
            key,
            { from: before[key as keyof typeof before], to: value },
          ]),
        ),
      },
    });
    // Closing, opening or renaming an item of a public agenda changes what the public sees.
    await refreshPublicView(tx, {
      kind: "item_updated",
      meetingIds: [meeting.id],
      actorId: principal.user.id,
      detail: { itemId: before.id, changed: changed.map(([key]) => key) },
    });
  });
}
