import { describe, expect, it } from "vitest";
import type { FullMeeting, MeetingItem, MeetingStatus } from "../meeting/meeting.types.ts";
import { publicationKind, toPublicMeeting } from "./publication.policy.ts";

const SECRET = "HEMMELIGT-7f3a";
const doc = { type: "doc" as const };

function item(overrides: Partial<MeetingItem>): MeetingItem {
  return {
    id: 1,
    position: 0,
    number: 1,
    title: "Godkendelse af dagsorden",
    purpose: null,
    journalNumber: "00.01.00-P35-7-23",
    closed: false,
    closureReason: null,
    openDecision: null,
    standing: false,
    sent: true,
    slotStart: null,
    slotEnd: null,
    caseId: 1,
    fields: [],
    decision: null,
    attachments: [],
    conflicts: [],
    votes: [],
    protocolNotes: [],
    ...overrides,
  };
}

const PUBLISHED = new Date("2025-03-05T08:00:00Z");

function meeting(
  status: MeetingStatus,
  published: { agenda: Date | null; minutes: Date | null } = {
    agenda: PUBLISHED,
    minutes: PUBLISHED,
  },
): FullMeeting {
  return {
    id: 5,
    organisationId: 1,
    organisationName: "Albertslund Kommune",
    startsAt: "2025-03-12 09:00:00",
    endsAt: null,
    location: "Mødelokale 915",
    status,
    agendaPublishedAt: status === "planned" ? null : published.agenda,
    minutesPublishedAt: status.startsWith("minutes") ? published.minutes : null,
    committee: {
      id: 1,
      organisationId: 1,
      slug: "chefforum",
      name: "Chefforum",
      kind: "administrative",
    },
    participants: [
      {
        id: 1,
        userId: 3,
        name: "Henrik Harder",
        title: "Kommunaldirektør",
        guest: false,
        attendance: [],
      },
      {
        id: 2,
        userId: null,
        name: "Tine Buch Juhl",
        title: null,
        guest: false,
        attendance: [{ status: "absent", agendaItemNumber: null, note: `syg ${SECRET}` }],
      },
    ],
    items: [
      item({
        fields: [
          {
            key: "indstilling",
            label: "Indstilling",
            text: "at dagsordenen godkendes",
            doc,
            public: true,
          },
          { key: "intern", label: "Intern note", text: `intern ${SECRET}`, doc, public: false },
          { key: "beslutning", label: "Beslutning", text: "Godkendt (felt).", doc, public: true },
        ],
        decision: { outcome: "decided", text: "Chefforum godkendte dagsordenen.", doc },
        attachments: [
          {
            id: 1,
            name: "Bilag 1 - Budget.pdf",
            title: "Bilag 1 Budget",
            mediaType: "application/pdf",
            sizeBytes: 1000,
            public: true,
            stored: true,
          },
          {
            id: 2,
            name: `Fortroligt ${SECRET}.pdf`,
            title: `Fortroligt ${SECRET}`,
            mediaType: null,
            sizeBytes: null,
            public: false,
            stored: false,
          },
        ],
      }),
      item({
        id: 2,
        position: 1,
        number: 2,
        title: "Personalesag",
        journalNumber: `81.00.00-${SECRET}`,
        closed: true,
        closureReason: "Personfølsomme oplysninger, jf. styrelseslovens § 10",
        openDecision: "Indstillingen blev godkendt.",
        fields: [{ key: "sag", label: "Sagsfremstilling", text: SECRET, doc, public: true }],
        decision: { outcome: "decided", text: SECRET, doc },
        attachments: [
          {
            id: 3,
            name: `${SECRET}.pdf`,
            title: SECRET,
            mediaType: null,
            sizeBytes: null,
            public: true,
            stored: false,
          },
        ],
      }),
    ],
  };
}

describe("publication policy", () => {
  it("publishes nothing of a meeting before its agenda is published", () => {
    expect(toPublicMeeting(meeting("planned"))).toBeNull();
    expect(toPublicMeeting(meeting("held", { agenda: null, minutes: null }))).toBeNull();
  });

  it("keeps a published agenda public while the meeting is held and the minutes are not out", () => {
    expect(toPublicMeeting(meeting("held"))?.kind).toBe("agenda");
    expect(toPublicMeeting(meeting("minutes_approved"))?.kind).toBe("minutes");
  });

  it("keeps imported minutes private until they are published", () => {
    const imported = meeting("minutes_approved", { agenda: null, minutes: null });
    expect(publicationKind(imported)).toBeNull();
    expect(toPublicMeeting(imported)).toBeNull();
  });

  it("never lets closed content, private fields or private attachments through", () => {
    for (const status of ["agenda_published", "minutes_published", "minutes_approved"] as const) {
      const view = toPublicMeeting(meeting(status));
      expect(view).not.toBeNull();
      expect(JSON.stringify(view)).not.toContain(SECRET);
    }
  });

  it("shows a closed item's number, title, reason and open decision in the minutes", () => {
    const closed = toPublicMeeting(meeting("minutes_published"))?.items[1];
    expect(closed).toEqual({
      closed: true,
      number: 2,
      title: "Personalesag",
      closureReason: "Personfølsomme oplysninger, jf. styrelseslovens § 10",
      openDecision: "Indstillingen blev godkendt.",
    });
  });

  it("shows open items with public sections, decision and public attachments in the minutes", () => {
    const open = toPublicMeeting(meeting("minutes_approved"))?.items[0];
    expect(open).toMatchObject({
      closed: false,
      journalNumber: "00.01.00-P35-7-23",
      sections: [{ label: "Indstilling", text: "at dagsordenen godkendes" }],
      decision: { outcome: "decided", text: "Chefforum godkendte dagsordenen." },
      attachments: [{ id: 1, name: "Bilag 1 - Budget.pdf", title: "Bilag 1 Budget", stored: true }],
    });
  });

  it("leaves decisions and attendance out of a published agenda", () => {
    const view = toPublicMeeting(meeting("agenda_published"));
    const text = JSON.stringify(view);
    expect(view?.kind).toBe("agenda");
    expect(text).not.toContain("Chefforum godkendte");
    expect(text).not.toContain("Godkendt (felt).");
    expect(text).not.toContain("Indstillingen blev godkendt.");
    expect(view?.participants.every((p) => !p.absent)).toBe(true);
  });

  it("reports who was absent in the minutes, without private attendance notes", () => {
    const view = toPublicMeeting(meeting("minutes_published"));
    expect(view?.participants.map((p) => [p.name, p.absent])).toEqual([
      ["Henrik Harder", false],
      ["Tine Buch Juhl", true],
    ]);
  });
});
