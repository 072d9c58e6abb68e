import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../../test/factories.ts";
import { getMeeting } from "./get-meeting.ts";
import { listMeetings } from "./list-meetings.ts";

const database = useTestDatabase();

describe("getMeeting", () => {
  it("returns committee, participants with absence, and items in position order with content", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db, { name: "Albertslund Kommune" });
    const committee = await createCommittee(db, { organisationId: org.id, name: "Chefforum" });
    const meeting = await createMeeting(db, {
      organisationId: org.id,
      committeeId: committee.id,
      startsAt: "2025-03-12 09:00:00",
      location: "Mødelokale 915",
      participants: [
        { name: "Henrik Harder", title: "Kommunaldirektør", attendance: "present" },
        { name: "Tine Buch Juhl", attendance: "absent" },
      ],
    });
    await createAgendaItem(db, {
      meetingId: meeting.id,
      title: "Eventuelt",
      position: 5,
      number: 2,
    });
    await createAgendaItem(db, {
      meetingId: meeting.id,
      title: "Godkendelse af dagsorden og referat",
      position: 0,
      number: 1,
      journalNumber: "00.01.00-P35-7-23",
      fields: [
        { key: "indstilling", label: "Indstilling", text: "at dagsordenen godkendes" },
        { key: "resume", label: "Resumé", text: "Kort", public: false },
      ],
      decision: { text: "Godkendt." },
      attachments: [{ name: "Bilag 1.pdf" }, { name: "Bilag 2.pdf", public: false }],
    });

    const full = await getMeeting(db, meeting.id);
    expect(full?.committee.name).toBe("Chefforum");
    expect(full?.organisationName).toBe("Albertslund Kommune");
    expect(full?.startsAt).toMatch(/^2025-03-12[ T]09:00/);
    expect(full?.participants.map((p) => [p.name, p.attendance.map((a) => a.status)])).toEqual([
      ["Henrik Harder", ["present"]],
      ["Tine Buch Juhl", ["absent"]],
    ]);
    expect(full?.items.map((i) => i.title)).toEqual([
      "Godkendelse af dagsorden og referat",
      "Eventuelt",
    ]);
    const [first] = full?.items ?? [];
    expect(first?.fields.map((f) => [f.label, f.public])).toEqual([
      ["Indstilling", true],
      ["Resumé", false],
    ]);
    expect(first?.decision?.text).toBe("Godkendt.");
    expect(first?.attachments.map((a) => [a.name, a.public])).toEqual([
      ["Bilag 1.pdf", true],
      ["Bilag 2.pdf", false],
    ]);
  });

  it("returns null for unknown and impossible ids", async () => {
    const { db } = database.current;
    expect(await getMeeting(db, 987_654)).toBeNull();
    expect(await getMeeting(db, 99_999_999_999)).toBeNull();
    expect(await getMeeting(db, -1)).toBeNull();
    expect(await getMeeting(db, Number.NaN)).toBeNull();
  });
});

describe("listMeetings", () => {
  it("lists newest first and filters by committee and status", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db);
    const a = await createCommittee(db, { organisationId: org.id });
    const b = await createCommittee(db, { organisationId: org.id });
    const old = await createMeeting(db, {
      organisationId: org.id,
      committeeId: a.id,
      startsAt: "2021-11-25 09:00:00",
      status: "minutes_approved",
    });
    const recent = await createMeeting(db, {
      organisationId: org.id,
      committeeId: a.id,
      startsAt: "2025-03-12 09:00:00",
      status: "planned",
    });
    await createMeeting(db, { organisationId: org.id, committeeId: b.id });

    const all = await listMeetings(db, { committeeIds: [a.id] });
    expect(all.map((m) => m.id)).toEqual([recent.id, old.id]);
    const published = await listMeetings(db, {
      committeeIds: [a.id],
      statuses: ["minutes_approved"],
    });
    expect(published.map((m) => m.id)).toEqual([old.id]);
    expect(await listMeetings(db, { committeeIds: [] })).toEqual([]);
  });
});
