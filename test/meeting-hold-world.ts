import { eq } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { agendaItems, auditLog, meetings, standingItems } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
  createUser,
  type FactoryPrincipal,
} from "./factories.ts";

export const CLOSED_SECRET = "LUKKET-INDHOLD-9c1e";

async function principal(db: Db, userId: number): Promise<FactoryPrincipal> {
  const p = await loadPrincipal(db, userId);
  if (!p) throw new Error(`no user ${userId}`);
  return { ...p, id: userId, email: p.user.email, name: p.user.name };
}

/** Cases on the held meeting, in agenda order after the standing first item. */
const CASES = [
  "Orientering om budgetopfølgning",
  "Beslutning om nye åbningstider",
  "Beslutning om lokalplan for bymidten",
  "Beslutning om tilskud til foreninger",
  "Beslutning om digital postløsning",
];

/**
 * A committee ready to hold a meeting: standing items in its settings, a secretary, an
 * administrator, a member (who sits on the meeting) and a member of another committee; the
 * previous meeting with published minutes, the meeting itself with its agenda published
 * (approving standing item first, five cases, one closed, "Eventuelt" last), a later meeting
 * of the same committee and a coming meeting of another committee.
 */
export async function createHoldWorld(db: Db) {
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, {
    organisationId: org.id,
    name: "Økonomiudvalget",
    kind: "political",
  });
  const other = await createCommittee(db, {
    organisationId: org.id,
    name: "Kommunalbestyrelsen",
    kind: "political",
  });
  await db.insert(standingItems).values([
    {
      committeeId: committee.id,
      placement: "first",
      position: 0,
      title: "Godkendelse af dagsorden og referat",
      approvesMinutes: true,
    },
    { committeeId: committee.id, placement: "last", position: 0, title: "Eventuelt" },
  ]);
  const user = async (
    name: string,
    role: "secretary" | "admin" | "member" | null,
    on = committee.id,
  ) =>
    createUser(db, {
      organisationId: org.id,
      name,
      roles: role ? [{ role, committeeId: on }] : [],
    });
  const secretaryUser = await user("Sofie Sekretær", "secretary");
  const secondSecretaryUser = await user("Søren Referent", "secretary");
  const memberUser = await user("Mads Medlem", "member");
  const strangerUser = await user("Sara Fremmed", "member", other.id);
  const participants = [
    { name: "Anne Formand", title: "Formand", userId: null },
    { name: "Mads Medlem", title: "Medlem", userId: memberUser.id },
    { name: "Bent Byrådsmedlem", title: null, userId: null },
    { name: "Karin Kasserer", title: null, userId: null },
    { name: "Gitte Gæst", title: "Direktør", userId: null, guest: true },
  ];
  const previous = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    startsAt: "2025-02-12 09:00:00",
    status: "minutes_published",
    participants,
  });
  await createAgendaItem(db, {
    meetingId: previous.id,
    title: "Beslutning om gammel sag",
    fields: [{ key: "indstilling", label: "Indstilling", text: "at sagen godkendes" }],
    decision: { text: "Godkendt." },
  });
  const meeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    startsAt: "2025-03-12 09:00:00",
    endsAt: "2025-03-12 11:00:00",
    location: "Mødelokale 915",
    status: "agenda_published",
    agendaVersion: 1,
    participants,
  });
  const approving = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: "Godkendelse af dagsorden og referat",
  });
  const items = [];
  for (const [i, title] of CASES.entries()) {
    items.push(
      await createAgendaItem(db, {
        meetingId: meeting.id,
        title,
        journalNumber: `00.01.00-A00-${i + 1}-25`,
        closed: i === 3,
        closureReason: i === 3 ? "Oplysninger om enkeltpersoners økonomiske forhold" : null,
        openDecision: i === 3 ? "Tilskuddet blev bevilget." : null,
        fields: [
          {
            key: "indstilling",
            label: "Indstilling",
            text: `1. at ${title.toLowerCase()} godkendes`,
          },
          {
            key: "sagsfremstilling",
            label: "Sagsfremstilling",
            text: i === 3 ? CLOSED_SECRET : "Baggrund.",
          },
        ],
      }),
    );
  }
  const eventuelt = await createAgendaItem(db, { meetingId: meeting.id, title: "Eventuelt" });
  // Every item went out with the agenda (version 1), as publishing it records.
  await db
    .update(agendaItems)
    .set({ standing: true, publishedInVersion: 1 })
    .where(eq(agendaItems.meetingId, meeting.id));
  for (const item of items) {
    await db.update(agendaItems).set({ standing: false }).where(eq(agendaItems.id, item.id));
  }
  const later = await createMeeting(db, {
    organisationId: org.id,
    committeeId: committee.id,
    startsAt: "2025-04-09 09:00:00",
    status: "planned",
    participants,
  });
  const laterApproving = await createAgendaItem(db, {
    meetingId: later.id,
    title: "Godkendelse af dagsorden og referat",
  });
  const laterEventuelt = await createAgendaItem(db, { meetingId: later.id, title: "Eventuelt" });
  await db.update(agendaItems).set({ standing: true }).where(eq(agendaItems.meetingId, later.id));
  const otherMeeting = await createMeeting(db, {
    organisationId: org.id,
    committeeId: other.id,
    startsAt: "2025-03-26 17:00:00",
    status: "planned",
  });
  return {
    org,
    committee,
    other,
    previous,
    meeting,
    approving,
    items,
    eventuelt,
    later,
    laterApproving,
    laterEventuelt,
    otherMeeting,
    secretary: await principal(db, secretaryUser.id),
    secondSecretary: await principal(db, secondSecretaryUser.id),
    member: await principal(db, memberUser.id),
    stranger: await principal(db, strangerUser.id),
    users: { secretary: secretaryUser, member: memberUser, stranger: strangerUser },
  };
}

export type HoldWorld = Awaited<ReturnType<typeof createHoldWorld>>;

/** Audit actions recorded for an entity, oldest first. */
export async function auditActions(
  db: Db,
  entityType: string,
  entityId: number,
): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action, type: auditLog.entityType, id: auditLog.entityId })
    .from(auditLog)
    .where(eq(auditLog.entityId, entityId))
    .orderBy(auditLog.id);
  return rows.filter((r) => r.type === entityType).map((r) => r.action);
}

/** Moves the world's meeting to next week, so that its day has not come. */
export async function moveMeetingAhead(db: Db, w: HoldWorld): Promise<void> {
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await db
    .update(meetings)
    .set({ startsAt: `${nextWeek} 16:00:00` })
    .where(eq(meetings.id, w.meeting.id));
}
