import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { agendaItems, committeeThemes, meetings } from "../../db/schema/index.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { canManageCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { getReadingState, type ReadingState } from "../reading/get-reading-state.ts";
import { canAssembleAgenda, canReadAgenda } from "./agenda.policy.ts";
import { type AgendaTiming, agendaTiming } from "./agenda-layout.ts";
import { type LeadTime, leadTimeOf } from "./lead-time.ts";
import { listCasesReadyForAgenda } from "./list-cases-ready-for-agenda.ts";

export interface AssemblyItem {
  id: number;
  durationMinutes: number | null;
  publishedInVersion: number | null;
}

export interface AgendaWorkspace {
  meeting: FullMeeting;
  agendaVersion: number;
  seriesId: string | null;
  /** Secretaries and administrators of the committee. */
  canManage: boolean;
  /** canManage while the meeting is not held yet. */
  canAssemble: boolean;
  /** Per item: its estimate and the agenda version that sent it (null: not sent yet). */
  assembly: Map<number, AssemblyItem>;
  timing: AgendaTiming;
  leadTime: LeadTime | null;
  readyCases: Awaited<ReturnType<typeof listCasesReadyForAgenda>>;
  openThemes: { id: number; title: string }[];
  reading: ReadingState;
}

/**
 * Everything the agenda page shows one user: the meeting, and for the secretary the assembly
 * tools (cases ready for an agenda, open themes, timing, lead time), for everyone their own
 * reading state. Null when the meeting does not exist; a forbidden DomainError when the user
 * has no role on its committee.
 */
export async function getAgendaWorkspace(
  db: Db,
  principal: Principal,
  meetingId: number,
  now: Date = new Date(),
): Promise<AgendaWorkspace | null> {
  const meeting = await getMeeting(db, meetingId);
  if (!meeting) return null;
  if (!canReadAgenda(principal, meeting.committee)) {
    throw new DomainError("forbidden", agendaMessages.forbidden.read);
  }
  const [row] = await db
    .select({ agendaVersion: meetings.agendaVersion, seriesId: meetings.seriesId })
    .from(meetings)
    .where(eq(meetings.id, meeting.id));
  const extra = await db
    .select({
      id: agendaItems.id,
      durationMinutes: agendaItems.durationMinutes,
      publishedInVersion: agendaItems.publishedInVersion,
      withdrawnAt: agendaItems.withdrawnAt,
    })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  const agendaVersion = row?.agendaVersion ?? 0;
  const canManage = canManageCommittee(principal, meeting.committee);
  const canAssemble = canAssembleAgenda(principal, meeting);
  const assembly = new Map(extra.map((x) => [x.id, x]));
  const ordered = meeting.items.map((i) => ({
    id: i.id,
    durationMinutes: assembly.get(i.id)?.durationMinutes ?? null,
    withdrawn: assembly.get(i.id)?.withdrawnAt != null,
  }));
  return {
    meeting,
    agendaVersion,
    seriesId: row?.seriesId ?? null,
    canManage,
    canAssemble,
    assembly,
    timing: agendaTiming(meeting, ordered),
    leadTime: meeting.agendaPublishedAt ? null : leadTimeOf(meeting, now),
    readyCases: canAssemble ? await listCasesReadyForAgenda(db, meeting.committee) : [],
    openThemes: canAssemble
      ? await db
          .select({ id: committeeThemes.id, title: committeeThemes.title })
          .from(committeeThemes)
          .where(
            and(
              eq(committeeThemes.committeeId, meeting.committee.id),
              isNull(committeeThemes.agendaItemId),
            ),
          )
      : [],
    reading: await getReadingState(db, principal.user.id, { id: meeting.id }),
  };
}
