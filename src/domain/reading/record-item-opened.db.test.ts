import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  createWrittenCase,
  docFromText,
} from "../../../test/factories.ts";
import { agendaItems, auditLog } from "../../db/schema/index.ts";
import { loadPrincipal } from "../access/load-principal.ts";
import { addCasesToAgenda } from "../agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../agenda/publish-agenda.ts";
import { approveCase } from "../case/approve-case.ts";
import { saveCase } from "../case/save-case.ts";
import { submitCase } from "../case/submit-case.ts";
import { planMeeting } from "../meeting/plan-meeting.ts";
import { getReadingState } from "./get-reading-state.ts";
import { markAgendaRead } from "./mark-agenda-read.ts";
import { recordItemOpened } from "./record-item-opened.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
let member: NonNullable<Awaited<ReturnType<typeof loadPrincipal>>>;
let stranger: AuthoringCommittee;
let room = 0;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  stranger = await createAuthoringCommittee(db);
  const user = await createUser(db, {
    organisationId: world.organisationId,
    roles: [{ role: "member", committeeId: world.committee.id }],
  });
  const principal = await loadPrincipal(db, user.id);
  if (!principal) throw new Error("no member");
  member = principal;
});

async function approvedCase(title: string) {
  const { db } = database.current;
  const written = await createWrittenCase(db, world, { title });
  await saveCase(db, world.author, {
    caseId: written.id,
    version: written.version,
    fields: [{ key: "sagsfremstilling", doc: docFromText("Forvaltningen anbefaler forslaget.") }],
  });
  await submitCase(db, world.author, { caseId: written.id, approverId: world.approver.user.id });
  await approveCase(db, world.approver, { caseId: written.id });
  return written.id;
}

/** A published agenda of two cases; the meeting and its two items. */
async function publishedAgenda() {
  const { db } = database.current;
  const n = ++room;
  const { meetingId } = await planMeeting(db, world.secretary, {
    committeeId: world.committee.id,
    date: "2030-06-12",
    start: "09:00",
    end: "11:00",
    location: `Læselokale ${n}`,
    guests: "",
  });
  const cases = [
    await approvedCase(`Beslutning om sag A ${n}`),
    await approvedCase(`Beslutning om sag B ${n}`),
  ];
  const { itemIds } = await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: cases });
  await publishAgenda(db, world.secretary, { meetingId });
  const [first, second] = itemIds as [number, number];
  return { meetingId, first, second };
}

const state = (meetingId: number) =>
  getReadingState(database.current.db, member.user.id, { id: meetingId });

describe("an agenda read by opening every item", () => {
  it("is read once the last item is opened, audited as such, and not before", async () => {
    const { db } = database.current;
    const { meetingId, first, second } = await publishedAgenda();
    expect(await recordItemOpened(db, member, { meetingId, itemId: first })).toEqual({
      read: false,
    });
    let s = await state(meetingId);
    expect(s.readAt).toBeNull();
    expect(s.items.get(first)?.opened).toBe(true);
    expect(s.items.get(second)?.opened).toBe(false);
    // Opening the same item again changes nothing.
    expect(await recordItemOpened(db, member, { meetingId, itemId: first })).toEqual({
      read: false,
    });
    expect(await recordItemOpened(db, member, { meetingId, itemId: second })).toEqual({
      read: true,
    });
    s = await state(meetingId);
    expect(s.readAt).not.toBeNull();
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "agenda.read"), eq(auditLog.entityId, meetingId)));
    expect(audits.map((a) => a.data)).toEqual([{ by: "opened" }]);
  });

  it("does not move 'read' on when read items are opened again; a changed item must be opened anew", async () => {
    const { db } = database.current;
    const { meetingId, first, second } = await publishedAgenda();
    await recordItemOpened(db, member, { meetingId, itemId: first });
    await recordItemOpened(db, member, { meetingId, itemId: second });
    const readAt = (await state(meetingId)).readAt;
    expect(await recordItemOpened(db, member, { meetingId, itemId: first })).toEqual({
      read: false,
    });
    expect((await state(meetingId)).readAt).toEqual(readAt);
    // The item changes after the member read it: it is changed, and no longer opened.
    await db
      .update(agendaItems)
      .set({ updatedAt: new Date(Date.now() + 60_000) })
      .where(eq(agendaItems.id, second));
    let s = await state(meetingId);
    expect(s.items.get(second)).toMatchObject({ changed: true, opened: false });
    expect(s.items.get(first)?.opened).toBe(true);
    await db
      .update(agendaItems)
      .set({ updatedAt: new Date((readAt?.getTime() ?? 0) + 1) })
      .where(eq(agendaItems.id, second));
    expect(await recordItemOpened(db, member, { meetingId, itemId: second })).toEqual({
      read: true,
    });
    s = await state(meetingId);
    expect(s.readAt?.getTime()).toBeGreaterThan(readAt?.getTime() ?? 0);
  });

  it("counts only the items the member sees; an unsent item cannot be opened", async () => {
    const { db } = database.current;
    const { meetingId, first, second } = await publishedAgenda();
    // Added after the agenda went out: waits for a supplement, hidden from members.
    const { itemIds } = await addCasesToAgenda(db, world.secretary, {
      meetingId,
      caseIds: [await approvedCase(`Beslutning om sag C ${room}`)],
    });
    const pending = itemIds[0] as number;
    await expect(
      recordItemOpened(db, member, { meetingId, itemId: pending }),
    ).rejects.toMatchObject({ status: 404 });
    await recordItemOpened(db, member, { meetingId, itemId: first });
    expect(await recordItemOpened(db, member, { meetingId, itemId: second })).toEqual({
      read: true,
    });
  });

  it("refuses a user of another organisation and an item of another meeting", async () => {
    const { db } = database.current;
    const { meetingId, first } = await publishedAgenda();
    const other = await publishedAgenda();
    await expect(
      recordItemOpened(db, stranger.secretary, { meetingId, itemId: first }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      recordItemOpened(db, member, { meetingId, itemId: other.first }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await state(meetingId)).items.get(first)?.opened).toBe(false);
  });

  it("the button still marks the agenda read without opening anything", async () => {
    const { db } = database.current;
    const { meetingId, first } = await publishedAgenda();
    await markAgendaRead(db, member, { meetingId });
    const s = await state(meetingId);
    expect(s.readAt).not.toBeNull();
    expect(s.items.get(first)?.opened).toBe(false);
  });
});
