import type { Tx } from "../../db/client.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { DomainError } from "../domain-error.ts";
import { hasRoster, listRosterOn, type RosterEntry } from "../roster/list-roster.ts";
import { type CommitteeMember, listCommitteeMembers } from "./list-committee-members.ts";
import { rosterTitle } from "./participant-title.ts";
import type { ValidPlan } from "./plan-meeting-input.ts";

/** Someone a planned meeting invites from its committee. */
export interface Invitee {
  /** Set when the person can log in: notifications, meeting mode and reading go by it. */
  userId: number | null;
  /** Set when invited from the committee's roster. */
  personId: number | null;
  name: string;
  title: string | null;
}

/** The invited members: the chosen ones, each of whom must be a member of the committee. */
export function chooseParticipants(members: CommitteeMember[], plan: ValidPlan): CommitteeMember[] {
  if (plan.participantUserIds === null) return members;
  const chosen = new Set(plan.participantUserIds);
  const known = new Set(members.map((x) => x.userId));
  if ([...chosen].some((id) => !known.has(id))) {
    throw new DomainError("invalid", agendaMessages.planErrors.participant, [
      agendaMessages.planErrors.participant,
    ]);
  }
  return members.filter((x) => chosen.has(x.userId));
}

/** A roster entry as a meeting invites them. */
export const inviteeOf = (p: RosterEntry, committee: { kind?: string }): Invitee => ({
  userId: p.userId,
  personId: p.personId,
  name: p.name,
  title: rosterTitle(p, committee.kind === "political"),
});

/**
 * The committee's people each date invites. With a roster: its formand, næstformand and members
 * whose membership covers that date, as persons (with their user when linked). A committee
 * without a roster invites its member users (all, or the ones chosen), the same on every date.
 */
export async function listInvitees(
  tx: Tx,
  committee: { id: number; organisationId: number; kind?: string },
  plan: ValidPlan,
  dates: string[],
): Promise<Map<string, Invitee[]>> {
  const out = new Map<string, Invitee[]>();
  if (await hasRoster(tx, committee.id)) {
    for (const date of dates) {
      const roster = await listRosterOn(tx, committee.id, date);
      out.set(
        date,
        roster.map((p) => inviteeOf(p, committee)),
      );
    }
    return out;
  }
  const members = chooseParticipants(await listCommitteeMembers(tx, committee), plan);
  const invitees = members.map((x) => ({ ...x, personId: null }));
  for (const date of dates) out.set(date, invitees);
  return out;
}
