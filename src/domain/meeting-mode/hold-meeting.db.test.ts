import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  auditActions,
  createHoldWorld,
  type HoldWorld,
  moveMeetingAhead,
} from "../../../test/meeting-hold-world.ts";
import { agendaItems, attendance, cases, decisions, meetings } from "../../db/schema/index.ts";
import { getCaseMeetings } from "../case/get-case-history.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { addProtocolNote } from "./add-protocol-note.ts";
import { addVote, type VoteInput } from "./add-vote.ts";
import { finishMeeting } from "./finish-meeting.ts";
import { forwardItem } from "./forward-item.ts";
import { getMeetingModeView } from "./get-meeting-mode-view.ts";
import { DecisionConflictError } from "./meeting-error.ts";
import { type MeetingEvent, meetingEvents } from "./meeting-events.ts";
import { postponeItem } from "./postpone-item.ts";
import { recordAttendance } from "./record-attendance.ts";
import { recordDecision } from "./record-decision.ts";
import { registerConflict } from "./register-conflict.ts";

const database = useTestDatabase();
let w: HoldWorld;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
});

const item = (i: number) => w.items[i] as (typeof w.items)[number];
const participant = (name: string) => {
  const p = w.meeting.participants.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};
/** A vote with nothing in it, for a test to fill in. */
const NO_VOTE: VoteInput = {
  subject: "",
  inFavour: [],
  against: [],
  abstaining: [],
  forCount: null,
  againstCount: null,
  abstainCount: null,
};

const entry = (
  name: string,
  over: Partial<Parameters<typeof recordAttendance>[2]["entries"][number]> = {},
) => ({
  participantId: participant(name).id,
  presence: "present" as const,
  lateFromItemId: null,
  leftBeforeItemId: null,
  note: "",
  ...over,
});

describe("attendance", () => {
  it("records afbud, a late arrival from item 3 and an early departure, each audited", async () => {
    const { db } = database.current;
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        entry("Anne Formand"),
        entry("Bent Byrådsmedlem", { presence: "absent", note: "syg" }),
        entry("Mads Medlem", { lateFromItemId: item(1).id, note: "mødt kl. 9.40" }),
        entry("Karin Kasserer", { leftBeforeItemId: item(4).id }),
      ],
    });
    const full = await getMeeting(db, w.meeting.id);
    const of = (name: string) =>
      full?.participants
        .find((p) => p.name === name)
        ?.attendance.map((a) => [a.status, a.agendaItemNumber]);
    expect(of("Bent Byrådsmedlem")).toEqual([["absent", null]]);
    expect(of("Mads Medlem")).toEqual(
      expect.arrayContaining([
        ["present", null],
        ["arrived_late", 3],
      ]),
    );
    expect(of("Karin Kasserer")).toEqual(expect.arrayContaining([["left_early", 6]]));
    expect(await auditActions(db, "meeting_participant", participant("Mads Medlem").id)).toEqual([
      "attendance.recorded",
    ]);
  });

  it("refuses afbud together with a late arrival, and leaving before arriving, writing nothing", async () => {
    const { db } = database.current;
    await expect(
      recordAttendance(db, w.secretary, {
        meetingId: w.meeting.id,
        entries: [
          entry("Anne Formand"),
          entry("Bent Byrådsmedlem", { presence: "absent", lateFromItemId: item(1).id }),
        ],
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Bent Byrådsmedlem har afbud/),
    });
    // The refusal names the participant and the field to mend, among many on the form.
    await expect(
      recordAttendance(db, w.secretary, {
        meetingId: w.meeting.id,
        entries: [
          entry("Mads Medlem", { lateFromItemId: item(3).id, leftBeforeItemId: item(1).id }),
        ],
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^Mads Medlem kan ikke gå før/),
      targets: [`left-${participant("Mads Medlem").id}`],
    });
    const rows = await db.select().from(attendance).where(eq(attendance.meetingId, w.meeting.id));
    expect(rows).toEqual([]);
  });

  it("refuses a member who is not the minute taker, and participants of other meetings", async () => {
    const { db } = database.current;
    await expect(
      recordAttendance(db, w.member, { meetingId: w.meeting.id, entries: [entry("Anne Formand")] }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      recordAttendance(db, w.stranger, { meetingId: w.meeting.id, entries: [] }),
    ).rejects.toMatchObject({ status: 404 });
    const foreign = w.later.participants[0]?.id ?? 0;
    await expect(
      recordAttendance(db, w.secretary, {
        meetingId: w.meeting.id,
        entries: [{ ...entry("Anne Formand"), participantId: foreign }],
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("decisions", () => {
  it("records a decision, tells live views, decides the case and audits it", async () => {
    const { db } = database.current;
    const seen: MeetingEvent[] = [];
    const stop = meetingEvents.subscribe(w.meeting.id, (event) => seen.push(event));
    const result = await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(1).id,
      version: 0,
      outcome: "decided",
      text: "Økonomiudvalget godkendte indstillingen.",
    });
    stop();
    expect(result.version).toBe(1);
    expect(seen).toEqual([
      expect.objectContaining({
        type: "decision",
        itemId: item(1).id,
        number: 3,
        text: "Økonomiudvalget godkendte indstillingen.",
      }),
    ]);
    const [kase] = await db
      .select()
      .from(cases)
      .where(eq(cases.id, item(1).caseId ?? 0));
    expect(kase?.status).toBe("decided");
    expect(await auditActions(db, "agenda_item", item(1).id)).toEqual(["decision.recorded"]);
  });

  it("keeps a closed item's open decision with its decision, and no open item's", async () => {
    const { db } = database.current;
    const closed = item(3);
    expect(closed.closed).toBe(true);
    const decide = (itemId: number, openDecision?: string) =>
      recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId,
        version: 0,
        outcome: "decided",
        text: "Udvalget godkendte salget til den højestbydende.",
        ...(openDecision === undefined ? {} : { openDecision }),
      });
    await decide(closed.id, "  Udvalget godkendte et salg af grunden.  ");
    await decide(item(1).id, "Må ikke gemmes.");
    const openOf = async (id: number) =>
      (await getMeeting(db, w.meeting.id))?.items.find((i) => i.id === id)?.openDecision;
    expect(await openOf(closed.id)).toBe("Udvalget godkendte et salg af grunden.");
    expect(await openOf(item(1).id)).toBeNull();
    await expect(
      recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: closed.id,
        version: 1,
        outcome: "decided",
        text: "x",
        openDecision: "y".repeat(2001),
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: "Den åbne beslutning må højst være 2000 tegn.",
    });
    expect(await openOf(closed.id)).toBe("Udvalget godkendte et salg af grunden.");
  });

  it("refuses the second of two minute takers saving the same item, with both texts and nothing lost", async () => {
    const { db } = database.current;
    const base = { meetingId: w.meeting.id, itemId: item(0).id, outcome: "noted" as const };
    await recordDecision(db, w.secretary, { ...base, version: 0, text: "Taget til efterretning." });
    const error = await recordDecision(db, w.secondSecretary, {
      ...base,
      version: 0,
      text: "Udvalget tog orienteringen til efterretning med bemærkninger.",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionConflictError);
    const conflict = error as DecisionConflictError;
    expect(conflict.status).toBe(409);
    expect(conflict.message).toContain("Sofie Sekretær");
    expect(conflict.stored.text).toBe("Taget til efterretning.");
    expect(conflict.attempted.text).toContain("med bemærkninger");
    const [stored] = await db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(0).id));
    expect([stored?.text, stored?.version]).toEqual(["Taget til efterretning.", 1]);
  });

  it("refuses an empty decision and an unknown outcome", async () => {
    const { db } = database.current;
    const base = { meetingId: w.meeting.id, itemId: item(0).id, version: 0 };
    await expect(
      recordDecision(db, w.secretary, { ...base, outcome: "decided", text: "   " }),
    ).rejects.toMatchObject({ status: 400, message: "Skriv beslutningen." });
    await expect(
      recordDecision(db, w.secretary, { ...base, outcome: "udsat" as "decided", text: "x" }),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describe("conflicts, votes and protocol notes", () => {
  it("are stored per item, audited, and a double inhabilitet is refused", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id, itemId: item(2).id };
    await registerConflict(db, w.secretary, {
      ...ref,
      participantId: participant("Karin Kasserer").id,
      note: "",
    });
    await expect(
      registerConflict(db, w.secretary, {
        ...ref,
        participantId: participant("Karin Kasserer").id,
        note: "",
      }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(addVote(db, w.secretary, { ...ref, vote: NO_VOTE })).rejects.toMatchObject({
      status: 400,
    });
    await addVote(db, w.secretary, {
      ...ref,
      vote: {
        subject: "Indstillingen",
        inFavour: ["A", "V"],
        against: ["F"],
        abstaining: [],
        forCount: null,
        againstCount: null,
        abstainCount: null,
      },
    });
    await addProtocolNote(db, w.secretary, {
      ...ref,
      author: "SF",
      text: "SF ønsker sin stemme imod ført til protokol.",
    });
    await expect(
      addProtocolNote(db, w.secretary, { ...ref, author: "", text: "x" }),
    ).rejects.toMatchObject({ status: 400 });
    const full = await getMeeting(db, w.meeting.id);
    const it3 = full?.items.find((i) => i.id === item(2).id);
    expect(it3?.conflicts.map((c) => c.name)).toEqual(["Karin Kasserer"]);
    expect(it3?.votes[0]).toMatchObject({ inFavour: ["A", "V"], against: ["F"] });
    expect(it3?.protocolNotes).toEqual([
      { author: "SF", text: "SF ønsker sin stemme imod ført til protokol." },
    ]);
    const { auditLog } = await import("../../db/schema/index.ts");
    const actions = (await db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a);
    expect(actions).toEqual(
      expect.arrayContaining([
        "conflict_of_interest.registered",
        "vote.added",
        "protocol_note.added",
      ]),
    );
  });
});

describe("vote counts", () => {
  it("refuse more votes than voters at the item, once attendance is taken (property)", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id, itemId: item(2).id };
    const counted = (forCount: number, againstCount: number, abstainCount: number) => ({
      ...ref,
      vote: {
        subject: "",
        inFavour: [],
        against: [],
        abstaining: [],
        forCount,
        againstCount,
        abstainCount,
      },
    });
    // Before attendance is taken the number of voters is not known: nothing to check against.
    await addVote(db, w.secretary, counted(9, 1, 0));
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: w.meeting.participants.map((p) => entry(p.name)),
    });
    await registerConflict(db, w.secretary, {
      ...ref,
      participantId: participant("Karin Kasserer").id,
      note: "",
    });
    // Four members and a guest present; Karin is inhabil: three may vote.
    const n = fc.integer({ min: 0, max: 4 });
    await fc.assert(
      fc.asyncProperty(n, n, n, async (f, a, u) => {
        const added = addVote(db, w.secretary, counted(f, a, u));
        if (f + a + u === 0) return void (await added.catch(() => null));
        if (f + a + u <= 3) await expect(added).resolves.toMatchObject({ id: expect.any(Number) });
        else
          await expect(added).rejects.toMatchObject({
            status: 400,
            message: `Afstemningen har ${f + a + u} stemmer, men kun 3 deltagere kan stemme under punktet (til stede og ikke inhabile). Ret antallene, eller ret fremmødet først.`,
          });
      }),
      { numRuns: 25 },
    );
  });

  it("refuse a member who cannot vote, a name on two sides, and fewer votes than names", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id, itemId: item(2).id };
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: w.meeting.participants.map((p) =>
        entry(p.name, p.name === "Bent Byrådsmedlem" ? { presence: "absent" } : {}),
      ),
    });
    await registerConflict(db, w.secretary, {
      ...ref,
      participantId: participant("Karin Kasserer").id,
      note: "",
    });
    const vote = (over: Partial<VoteInput>) =>
      addVote(db, w.secretary, { ...ref, vote: { ...NO_VOTE, ...over } });
    const refusal = (over: Partial<VoteInput>) =>
      vote(over).then(
        () => null,
        (error: { status: number; message: string; targets: string[] }) => ({
          status: error.status,
          message: error.message,
          targets: error.targets,
        }),
      );
    expect(await refusal({ inFavour: ["Anne Formand", "bent byrådsmedlem"] })).toEqual({
      status: 400,
      message:
        "Bent Byrådsmedlem kan ikke stemme under punktet, fordi vedkommende ikke er til stede. Fjern navnet, eller ret fremmødet eller inhabiliteten først.",
      targets: ["inFavour"],
    });
    expect((await refusal({ against: ["Karin Kasserer"] }))?.message).toMatch(
      /^Karin Kasserer kan ikke stemme .* er inhabil\./,
    );
    expect((await refusal({ abstaining: ["Gitte Gæst"] }))?.message).toMatch(
      /ikke er medlem af udvalget/,
    );
    expect(await refusal({ inFavour: ["Anne Formand"], against: ["Anne Formand"] })).toMatchObject({
      message: "Anne Formand står under mere end én af For, Imod og Undlod. Skriv navnet ét sted.",
      targets: ["against"],
    });
    expect(await refusal({ inFavour: ["Anne Formand", "Mads Medlem"], forCount: 1 })).toMatchObject(
      {
        message:
          "Under For står 2 navne, men antallet er 1. Ret antallet, eller lad feltet stå tomt, så tælles navnene.",
        targets: ["forCount"],
      },
    );
    // Party letters are no participant's name: not checked against the meeting.
    await expect(
      vote({ inFavour: ["A"], against: ["Anne Formand"], forCount: 1 }),
    ).resolves.toMatchObject({
      id: expect.any(Number),
    });
  });
});

describe("postponing and forwarding", () => {
  it("moves the case to the later meeting before its Eventuelt and keeps both appearances", async () => {
    const { db } = database.current;
    // A postponement on a page older than the item's decision loses, and changes nothing.
    const { version } = await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(4).id,
      version: 0,
      outcome: "decided",
      text: "Udvalget drøftede sagen.",
    });
    await expect(
      postponeItem(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(4).id,
        targetMeetingId: w.later.id,
        version: 0,
      }),
    ).rejects.toBeInstanceOf(DecisionConflictError);
    const { newItemId } = await postponeItem(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(4).id,
      targetMeetingId: w.later.id,
      version,
    });
    const later = await db
      .select()
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, w.later.id))
      .orderBy(agendaItems.position);
    expect(later.map((i) => [i.number, i.title])).toEqual([
      [1, "Godkendelse af dagsorden og referat"],
      [2, "Beslutning om digital postløsning"],
      [3, "Eventuelt"],
    ]);
    const added = later.find((i) => i.id === newItemId);
    expect(added).toMatchObject({
      previousItemId: item(4).id,
      continuation: "postponed",
      caseId: item(4).caseId,
    });
    const [decision] = await db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(4).id));
    expect(decision?.outcome).toBe("postponed");
    expect(decision?.text).toBe("Punktet blev udsat til Økonomiudvalgets møde den 9. april 2025.");
    expect(await auditActions(db, "agenda_item", item(4).id)).toEqual([
      "decision.recorded",
      "agenda_item.postponed",
    ]);
    expect(await auditActions(db, "agenda_item", newItemId)).toEqual(["agenda_item.continued"]);
    // The minute taker's page links both ways.
    const here = await getMeetingModeView(db, w.secretary, w.meeting.id);
    expect(here.items.get(item(4).id)?.continuedTo).toMatchObject({
      id: w.later.id,
      continuation: "postponed",
    });
    expect(here.items.get(item(4).id)?.continuedFrom).toBeNull();
    const there = await getMeetingModeView(db, w.secretary, w.later.id);
    expect(there.items.get(newItemId)?.continuedFrom).toEqual({
      id: w.meeting.id,
      startsAt: w.meeting.startsAt,
      committeeName: "Økonomiudvalget",
      continuation: "postponed",
    });
    expect(there.items.get(newItemId)?.continuedTo).toBeNull();
    // A postponed item cannot be postponed again.
    await expect(
      postponeItem(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(4).id,
        targetMeetingId: w.later.id,
        version: version + 1,
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("takes a postponement back when the committee decides the item after all, unless it was sent", async () => {
    const { db } = database.current;
    const laterItems = async () =>
      (
        await db
          .select()
          .from(agendaItems)
          .where(eq(agendaItems.meetingId, w.later.id))
          .orderBy(agendaItems.position)
      ).map((i) => `${i.number} ${i.title}`);
    const before = await laterItems();
    const postpone = (version: number, reason?: string) =>
      postponeItem(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(4).id,
        targetMeetingId: w.later.id,
        version,
        reason,
      });
    const decide = (version: number) =>
      recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(4).id,
        version,
        outcome: "decided",
        text: "Udvalget besluttede sagen alligevel.",
      });
    await postpone(0);
    expect(await laterItems()).toHaveLength(before.length + 1);
    const { version } = await decide(1);
    expect(await laterItems()).toEqual(before);
    const [decision] = await db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(4).id));
    expect(decision).toMatchObject({ outcome: "decided", version: 2 });
    expect(await auditActions(db, "agenda_item", item(4).id)).toEqual([
      "agenda_item.postponed",
      "agenda_item.postponement_taken_back",
      "decision.recorded",
    ]);

    // Postponed again, and the later agenda went out with it: the postponement stands.
    const { newItemId } = await postpone(version, "  Udvalget afventer\n Ældrerådets høringssvar ");
    await db
      .update(agendaItems)
      .set({ publishedInVersion: 1 })
      .where(eq(agendaItems.id, newItemId));
    await expect(decide(version + 1)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("medlemmerne har allerede fået det på dagsordenen"),
    });
    expect(await laterItems()).toHaveLength(before.length + 1);
    const [still] = await db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(4).id));
    expect(still).toMatchObject({
      outcome: "postponed",
      version: version + 1,
      // The reason follows the first sentence, ending as a sentence.
      text: "Punktet blev udsat til Økonomiudvalgets møde den 9. april 2025. Udvalget afventer Ældrerådets høringssvar.",
    });
  });

  it("refuses earlier meetings, other committees, standing items and a case already on the target", async () => {
    const { db } = database.current;
    const postpone = (itemId: number, targetMeetingId: number, reason?: string) =>
      postponeItem(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId,
        targetMeetingId,
        version: 0,
        reason,
      });
    await expect(postpone(item(0).id, w.later.id, "x".repeat(1001))).rejects.toMatchObject({
      status: 400,
      targets: ["reason"],
    });
    await expect(postpone(item(0).id, w.previous.id)).rejects.toMatchObject({ status: 400 });
    await expect(postpone(item(0).id, w.otherMeeting.id)).rejects.toMatchObject({ status: 400 });
    await expect(postpone(w.eventuelt.id, w.later.id)).rejects.toMatchObject({ status: 400 });
    await db.insert(agendaItems).values({
      organisationId: w.org.id,
      meetingId: w.later.id,
      caseId: item(0).caseId,
      position: 10,
      number: 11,
      title: "Samme sag",
    });
    await expect(postpone(item(0).id, w.later.id)).rejects.toMatchObject({
      status: 409,
      message: "Sagen er allerede på dagsordenen til det valgte møde.",
    });
    const [decision] = await db
      .select()
      .from(decisions)
      .where(eq(decisions.agendaItemId, item(0).id));
    expect(decision).toBeUndefined();
  });

  it("forwards a decided case to another committee's coming meeting, linked to this appearance", async () => {
    const { db } = database.current;
    const ref = { meetingId: w.meeting.id, itemId: item(2).id, targetMeetingId: w.otherMeeting.id };
    await expect(forwardItem(db, w.secretary, ref)).rejects.toMatchObject({ status: 400 });
    await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item(2).id,
      version: 0,
      outcome: "decided",
      text: "Anbefales.",
    });
    // The secretary of this committee only may not put items on another committee's meeting.
    await expect(forwardItem(db, w.secretary, ref)).rejects.toMatchObject({ status: 403 });
    const admin = { ...w.secretary, roles: [{ role: "admin" as const, committeeId: null }] };
    const { newItemId } = await forwardItem(db, admin, ref);
    const [added] = await db.select().from(agendaItems).where(eq(agendaItems.id, newItemId));
    expect(added).toMatchObject({
      meetingId: w.otherMeeting.id,
      previousItemId: item(2).id,
      continuation: "forwarded",
    });
    const [kase] = await db
      .select()
      .from(cases)
      .where(eq(cases.id, item(2).caseId ?? 0));
    expect(kase?.status).toBe("scheduled");
    const history = await getCaseMeetings(db, w.secretary, item(2).caseId ?? 0);
    expect(history.map((h) => [h.committee, h.continuation, h.decision?.text ?? null])).toEqual([
      ["Økonomiudvalget", null, "Anbefales."],
      ["Kommunalbestyrelsen", "forwarded", null],
    ]);
  });
});

describe("the meeting's status", () => {
  it("is held before the meeting's day only when the secretary says it was held early", async () => {
    const { db } = database.current;
    await moveMeetingAhead(db, w);
    await expect(finishMeeting(db, w.secretary, { meetingId: w.meeting.id })).rejects.toMatchObject(
      { status: 409, message: expect.stringMatching(/Mødedagen er ikke kommet endnu/) },
    );
    const [before] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(before?.status).toBe("agenda_published");
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id, early: true });
    const [after] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(after?.status).toBe("held");
  });

  it("is held when finished; once the minutes are published or approved the record is refused", async () => {
    const { db } = database.current;
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    const [row] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
    expect(row?.status).toBe("held");
    await expect(finishMeeting(db, w.secretary, { meetingId: w.meeting.id })).rejects.toMatchObject(
      { status: 409 },
    );
    const decide = () =>
      recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item(0).id,
        version: 0,
        outcome: "noted",
        text: "Noteret.",
      });
    await db
      .update(meetings)
      .set({ status: "minutes_published" })
      .where(eq(meetings.id, w.meeting.id));
    await expect(decide()).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("offentliggjort"),
    });
    await db
      .update(meetings)
      .set({ status: "minutes_approved" })
      .where(eq(meetings.id, w.meeting.id));
    await expect(decide()).rejects.toMatchObject({
      status: 423,
      message: expect.stringContaining("godkendt og låst"),
    });
    await db.update(meetings).set({ status: "planned" }).where(eq(meetings.id, w.meeting.id));
    await expect(decide()).rejects.toMatchObject({ status: 409 });
  });
});
