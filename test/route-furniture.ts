import { eq } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import {
  agendaItems,
  cases,
  comments,
  committeeThemes,
  conflictsOfInterest,
  followUpTasks,
  minutesVersions,
  persons,
  protocolNotes,
  rosterMemberships,
  standingItems,
  votes,
} from "../src/db/schema/index.ts";
import { storeAttachment } from "../src/domain/attachment/store-attachment.ts";
import type { CaseFacts } from "../src/domain/case/case.policy.ts";
import { internalDocument } from "../src/domain/document/build-document.ts";
import { getMeeting } from "../src/domain/meeting/get-meeting.ts";
import type { BlobStorage } from "../src/storage/blob-storage.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createMeeting,
  createWrittenCase,
} from "./factories.ts";

/**
 * The same furniture in every committee of the route-by-role world, so each route parameter
 * has a valid value in committee A, one in B and one in the other organisation's X. Canary
 * words mark what only some may read.
 */

export type Tag = "A" | "B" | "X";

/** Content of closed items (fields, decision, bilag name): readers with a role on the committee. */
export const closedCanary = (t: Tag) => `KANARIELUKKET${t}`;
/** A draft case and its non-public bilag: its author only. */
export const draftCanary = (t: Tag) => `KANARIEKLADDE${t}`;
/** An item waiting for its supplement: the committee's secretaries and administrators. */
export const supplementCanary = (t: Tag) => `KANARIETILLAEG${t}`;
/** A 1×1 PNG with the text after its end, where nothing reads it but a leak. */
const png = (text: string) =>
  new Uint8Array([
    ...Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
      "base64",
    ),
    ...Buffer.from(text),
  ]);

export interface Furniture {
  committee: number;
  slug: string;
  meeting: number;
  decided: number;
  openItem: number;
  openNumber: number;
  supplementItem: number;
  closedBilag: number;
  draftBilag: number;
  draftCase: number;
  submittedCase: number;
  comment: number;
  theme: number;
  standing: number;
  participant: number;
  vote: number;
  note: number;
  followUp: number;
  /** A membership of the committee's roster. */
  rosterMembership: number;
  /** A colleague on the committee the draft case can be shared with. */
  colleague: number;
  facts: Record<"draftCase" | "submittedCase", CaseFacts>;
}

async function caseFacts(db: Db, id: number): Promise<CaseFacts> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw new Error(`no case ${id}`);
  return { ...row, sharedWith: [] };
}

type People = Pick<AuthoringCommittee, "author" | "approver" | "secretary"> & { member: number };

export async function furnish(
  db: Db,
  storage: BlobStorage,
  tag: Tag,
  orgId: number,
  people: People,
  committeeId: number,
  slug: string,
): Promise<Furniture> {
  const base = { organisationId: orgId, committeeId };
  const meeting = await createMeeting(db, {
    ...base,
    status: "agenda_published",
    agendaVersion: 1,
    participants: [{ name: "Mads Medlem", userId: people.member }, { name: "Anne Formand" }],
  });
  const open = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: `Beslutning om åbent punkt ${tag}`,
    fields: [{ key: "indstilling", label: "Indstilling", text: "at punktet godkendes" }],
    decision: { text: "Godkendt." },
    attachments: [{ name: `Offentligt bilag ${tag}.pdf` }],
  });
  const closed = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: `Beslutning om lukket punkt ${tag}`,
    closed: true,
    closureReason: "Oplysninger om enkeltpersoners økonomiske forhold",
    openDecision: "Tilskuddet blev bevilget.",
    fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", text: closedCanary(tag) }],
    decision: { text: `Bevilget. ${closedCanary(tag)}` },
  });
  const supplement = await createAgendaItem(db, {
    meetingId: meeting.id,
    title: `Tillægspunkt ${supplementCanary(tag)}`,
    fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", text: supplementCanary(tag) }],
  });
  await db
    .update(agendaItems)
    .set({ publishedInVersion: 1 })
    .where(eq(agendaItems.meetingId, meeting.id));
  await db
    .update(agendaItems)
    .set({ publishedInVersion: null })
    .where(eq(agendaItems.id, supplement.id));
  const store = async (
    target: { agendaItemId: number } | { caseId: number },
    name: string,
    isPublic: boolean,
  ) => {
    const r = await storeAttachment(db, storage, {
      organisationId: orgId,
      actorId: null,
      ...target,
      name,
      bytes: png(name),
      public: isPublic,
    });
    if (!r.ok) throw new Error(r.message);
    return r.attachment.id;
  };
  const closedBilag = await store(
    { agendaItemId: closed.id },
    `Bilag ${closedCanary(tag)}.png`,
    true,
  );
  const world = { ...people, committee: { id: committeeId } } as unknown as AuthoringCommittee;
  const draft = await createWrittenCase(db, world, { title: `Kladde ${draftCanary(tag)}` });
  const draftBilag = await store({ caseId: draft.id }, `Udkast ${draftCanary(tag)}.png`, false);
  const submitted = await createWrittenCase(db, world, { submitTo: people.approver });
  const [comment] = await db
    .insert(comments)
    .values({ caseId: draft.id, authorId: people.author.id, body: `Note ${draftCanary(tag)}` })
    .returning();
  const [theme] = await db
    .insert(committeeThemes)
    .values({ ...base, title: "Tema om trafik" })
    .returning();
  const [standing] = await db
    .insert(standingItems)
    .values({ committeeId, placement: "last", position: 0, title: "Eventuelt" })
    .returning();
  const [participant] = meeting.participants;
  await db
    .insert(conflictsOfInterest)
    .values({ agendaItemId: open.id, participantId: participant?.id ?? 0 });
  const [vote] = await db
    .insert(votes)
    .values({ agendaItemId: open.id, subject: "Indstillingen", inFavour: ["A"] })
    .returning();
  const [note] = await db
    .insert(protocolNotes)
    .values({ agendaItemId: open.id, author: "Enhedslisten", text: "Imod." })
    .returning();
  const [task] = await db
    .insert(followUpTasks)
    .values({
      organisationId: orgId,
      agendaItemId: open.id,
      what: "Følg op",
      assigneeId: people.member,
    })
    .returning();
  const [person] = await db
    .insert(persons)
    .values({ organisationId: orgId, name: `Rikke Roster ${tag}`, party: "A" })
    .returning();
  const [membership] = await db
    .insert(rosterMemberships)
    .values({
      ...base,
      personId: person?.id ?? 0,
      role: "member",
      startsOn: "2025-01-01",
    })
    .returning();
  const decided = await createMeeting(db, {
    ...base,
    status: "minutes_published",
    startsAt: "2025-02-12 09:00:00",
  });
  await createAgendaItem(db, {
    meetingId: decided.id,
    title: "Åben sag",
    decision: { text: "Taget til efterretning." },
  });
  await createAgendaItem(db, {
    meetingId: decided.id,
    title: "Lukket sag",
    closed: true,
    closureReason: "Personoplysninger",
    openDecision: "Sagen blev afgjort.",
    decision: { text: `Afgjort. ${closedCanary(tag)}` },
  });
  const full = await getMeeting(db, decided.id);
  if (!full) throw new Error("no decided meeting");
  await db
    .insert(minutesVersions)
    .values({ meetingId: decided.id, number: 1, document: internalDocument(full) });
  if (!comment || !theme || !standing || !participant || !vote || !note || !task || !membership)
    throw new Error("furniture");
  return {
    committee: committeeId,
    slug,
    meeting: meeting.id,
    decided: decided.id,
    openItem: open.id,
    openNumber: open.number,
    supplementItem: supplement.id,
    closedBilag,
    draftBilag,
    draftCase: draft.id,
    submittedCase: submitted.id,
    comment: comment.id,
    theme: theme.id,
    standing: standing.id,
    participant: participant.id,
    vote: vote.id,
    note: note.id,
    followUp: task.id,
    rosterMembership: membership.id,
    colleague: people.member,
    facts: {
      draftCase: await caseFacts(db, draft.id),
      submittedCase: await caseFacts(db, submitted.id),
    },
  };
}
