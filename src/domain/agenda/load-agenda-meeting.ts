import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { committees, meetings } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { canAssembleAgenda, canReadAgenda } from "./agenda.policy.ts";

const m = agendaMessages;

export type AgendaMeeting = typeof meetings.$inferSelect & {
  committee: {
    id: number;
    organisationId: number;
    name: string;
    kind: "political" | "administrative";
  };
};

/**
 * The meeting with its committee, when the principal may do `purpose` with it; otherwise a
 * not-found (no access at all) or forbidden DomainError. `assemble` takes the meeting's row
 * lock (SELECT … FOR UPDATE), so concurrent changes of one agenda wait for each other.
 */
export async function loadAgendaMeeting(
  db: Db | Tx,
  principal: Principal,
  meetingId: number,
  purpose: "read" | "assemble" | "manage",
): Promise<AgendaMeeting> {
  if (!isRowId(meetingId)) throw new DomainError("not_found", m.meetingNotFound);
  const query = db
    .select({ meeting: meetings, committee: committees })
    .from(meetings)
    .innerJoin(committees, eq(committees.id, meetings.committeeId))
    .where(
      and(eq(meetings.id, meetingId), eq(meetings.organisationId, principal.user.organisationId)),
    );
  const [row] = purpose === "read" ? await query : await query.for("update", { of: meetings });
  if (!row) throw new DomainError("not_found", m.meetingNotFound);
  const committee = {
    id: row.committee.id,
    organisationId: row.committee.organisationId,
    name: row.committee.name,
    kind: row.committee.kind,
  };
  if (!canReadAgenda(principal, committee)) throw new DomainError("not_found", m.meetingNotFound);
  const meeting = { ...row.meeting, committee };
  if (purpose === "read") return meeting;
  if (!canManageCommittee(principal, committee)) {
    throw new DomainError("forbidden", m.forbidden.assemble);
  }
  if (purpose === "assemble" && !canAssembleAgenda(principal, meeting)) {
    throw new DomainError("conflict", m.forbidden.held);
  }
  return meeting;
}
