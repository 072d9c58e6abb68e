import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSlots } from "../agenda/agenda-layout.ts";
import type { AgendaCorrectionView, FullMeeting, MeetingItem } from "../meeting/meeting.types.ts";
import { toPublicMeeting, withSentItems } from "../publication/publication.policy.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import { buildDocument } from "./build-document.ts";

const AT = new Date("2030-05-01T08:00:00Z");

/** An item whose field text and bilag name carry `secret`. */
function item(n: number, closed: boolean, withdrawn: boolean, secret: string): MeetingItem {
  const rich = richTextFrom(`Tekst ${secret}`);
  return {
    id: n,
    position: n - 1,
    number: n,
    title: `Beslutning om punkt ${n}`,
    purpose: null,
    journalNumber: null,
    closed,
    closureReason: closed ? "Personoplysninger" : null,
    openDecision: null,
    standing: false,
    sent: true,
    publishedInVersion: 1,
    withdrawnAt: withdrawn ? AT : null,
    slotStart: null,
    slotEnd: null,
    caseId: n,
    fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", public: true, ...rich }],
    decision: null,
    attachments: [
      {
        id: n,
        name: `${secret}.pdf`,
        title: secret,
        mediaType: null,
        sizeBytes: 1,
        public: true,
        stored: true,
      },
    ],
    conflicts: [],
    votes: [],
    protocolNotes: [],
  };
}

function meetingOf(items: MeetingItem[], corrections: AgendaCorrectionView[]): FullMeeting {
  return {
    id: 1,
    organisationId: 1,
    organisationName: "Eksempel Kommune",
    startsAt: "2030-05-15 09:00:00",
    endsAt: null,
    location: "Mødelokale 1",
    status: "agenda_published",
    agendaPublishedAt: AT,
    minutesPublishedAt: null,
    committee: { id: 1, organisationId: 1, slug: "u", name: "Udvalget", kind: "political" },
    participants: [],
    items,
    agendaVersion: 2,
    corrections,
  };
}

const shape = fc.array(
  fc.record({
    closed: fc.boolean(),
    withdrawn: fc.boolean(),
    titleCorrected: fc.boolean(),
    sent: fc.boolean(),
  }),
  { minLength: 1, maxLength: 6 },
);

describe("the public record of corrections", () => {
  it("never shows a withdrawn item's content, an earlier title or a closed item's reasons", () => {
    fc.assert(
      fc.property(shape, (specs) => {
        const items = specs.map((s, i) =>
          item(i + 1, s.closed, s.withdrawn, s.withdrawn ? `TRUKKET${i}` : `ÅBENT${i}`),
        );
        const corrections: AgendaCorrectionView[] = specs.flatMap((s, i) => [
          ...(s.withdrawn
            ? [correction(i + 1, "withdrawn", s.closed ? `LUKKETGRUND${i}` : `Grund ${i}`, s.sent)]
            : []),
          ...(s.titleCorrected
            ? [
                {
                  ...correction(
                    i + 1,
                    "title",
                    s.closed ? `LUKKETGRUND${i}` : `Grund ${i}`,
                    s.sent,
                  ),
                  previousTitle: `GAMMELTITEL${i}`,
                  newTitle: `Beslutning om punkt ${i + 1}`,
                },
              ]
            : []),
        ]);
        const meeting = meetingOf(items, corrections);
        const view = toPublicMeeting(meeting);
        const doc = buildDocument(meeting, "public");
        const text = JSON.stringify([view, doc]);
        expect(text).not.toMatch(/TRUKKET|GAMMELTITEL|LUKKETGRUND/);
        specs.forEach((s, i) => {
          const shown = doc?.items[i];
          expect(shown?.heading).toContain(`Beslutning om punkt ${i + 1}`);
          if (s.withdrawn) expect(shown?.closedNote).toBe("Punktet er trukket");
          else if (!s.closed) expect(text).toContain(`ÅBENT${i}`);
        });
        const changes = corrections.length;
        expect(doc?.corrections?.lines.length ?? 0).toBe(changes);
        // Staff read the earlier title and every reason.
        const internal = JSON.stringify(buildDocument(meeting, "internal"));
        for (const x of corrections) {
          expect(internal).toContain(x.reason);
          if (x.previousTitle) expect(internal).toContain(x.previousTitle);
        }
      }),
      { numRuns: 60 },
    );
  });
});

function correction(
  itemId: number,
  kind: AgendaCorrectionView["kind"],
  reason: string,
  sent: boolean,
): AgendaCorrectionView {
  return {
    id: itemId * 10 + (kind === "title" ? 1 : 0),
    itemId,
    kind,
    reason,
    previousTitle: null,
    newTitle: null,
    fieldLabels: [],
    previousNumber: null,
    newNumber: null,
    at: AT,
    sentInVersion: sent ? 2 : null,
    sentAt: sent ? AT : null,
  };
}

describe("a case field the author left empty", () => {
  it("gets no heading of its own, for staff or the public, while a written one does", () => {
    fc.assert(
      fc.property(fc.constantFrom("", " ", "\n\n", "\t"), (blank) => {
        const written = item(1, false, false, "skrevet");
        written.fields = [
          written.fields[0] as MeetingItem["fields"][number],
          { key: "historik", label: "Historik", public: true, ...richTextFrom(blank) },
        ];
        const meeting = meetingOf([written], []);
        for (const audience of ["internal", "public"] as const) {
          const headings = buildDocument(meeting, audience)?.items[0]?.sections.map(
            (s) => s.heading,
          );
          expect(headings, audience).toContain("Sagsfremstilling");
          expect(headings, audience).not.toContain("Historik");
        }
      }),
      { numRuns: 4 },
    );
  });
});

describe("a case field that ends with empty paragraphs", () => {
  it("is printed without them, and keeps every written block (property)", () => {
    const paragraph = (text: string) =>
      text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Første afsnit.", "", "Andet afsnit."), { minLength: 1 }),
        fc.nat(3),
        (texts, trailing) => {
          fc.pre(texts.some(Boolean));
          const written = item(1, false, false, "skrevet");
          const doc = {
            type: "doc" as const,
            content: [...texts, ...Array(trailing).fill("")].map(paragraph),
          };
          written.fields = [{ key: "historik", label: "Historik", public: true, doc, text: "x" }];
          const meeting = meetingOf([written], []);
          for (const audience of ["internal", "public"] as const) {
            const printed = buildDocument(meeting, audience)?.items[0]?.sections[0]?.doc.content;
            const last = texts.findLastIndex(Boolean);
            expect(printed, audience).toEqual(texts.slice(0, last + 1).map(paragraph));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("an item added with a supplement", () => {
  it("says so in its heading, the table of contents' entry, for staff and the public", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            closed: fc.boolean(),
            version: fc.constantFrom(1, 2, 3, null),
            minutes: fc.constantFrom(0, 15, 50),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (shapes) => {
          // Numbered and timed as the agenda lays them out from 10.15, waiting items included.
          const laidOut = (list: { s: (typeof shapes)[number]; key: number }[]) => {
            const slots = computeSlots(
              "10:15",
              list.map(({ s }, i) => ({ id: i, durationMinutes: s.minutes })),
            );
            return list.map(({ s, key }, i) => ({
              ...item(i + 1, s.closed, false, "tekst"),
              title: `Sag ${key}`,
              sent: s.version !== null,
              publishedInVersion: s.version,
              slotStart: slots[i]?.slotStart ?? null,
              slotEnd: slots[i]?.slotEnd ?? null,
            }));
          };
          const all = shapes.map((s, key) => ({ s, key }));
          const items = laidOut(all);
          const meeting = meetingOf(items, []);
          // The public sees no times of a closed item.
          const heading = (x: MeetingItem, audience: "internal" | "public") => {
            const time = x.slotStart && `${x.slotStart}-${x.slotEnd}`.replaceAll(":", ".");
            const notes = [
              x.publishedInVersion === 1 ? null : "tillægspunkt",
              time && !(x.closed && audience === "public") ? time : null,
            ].filter(Boolean);
            return `Punkt ${x.number}: ${x.title}${notes.length ? ` (${notes.join(", ")})` : ""}`;
          };
          expect(buildDocument(meeting, "internal")?.items.map((x) => x.heading)).toEqual(
            items.map((x) => heading(x, "internal")),
          );
          // The public sees the items sent, numbered and timed as they were sent: as if the
          // items waiting for a supplement were not there.
          const sent = laidOut(all.filter(({ s }) => s.version !== null));
          expect(buildDocument(meeting, "public")?.items.map((x) => x.heading) ?? []).toEqual(
            sent.map((x) => heading(x, "public")),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("an item waiting for its supplement", () => {
  it("moves no sent item for members or the public until the supplement goes out", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.nat(), (count, at) => {
        // The item is placed at `place`; the sent items after it were renumbered, and the
        // relayout recorded each as moved (n → n + 1), not yet sent.
        const place = at % count;
        const items = Array.from({ length: count }, (_, i) => ({
          ...item(i + 1, false, false, "tekst"),
          title: i === place ? "Nyt punkt" : `Sag ${i < place ? i + 1 : i}`,
          sent: i !== place,
          publishedInVersion: i === place ? null : 1,
        }));
        const moves = items.slice(place + 1).map((x, i) => ({
          id: i + 1,
          itemId: x.id,
          kind: "moved" as const,
          reason: "",
          previousTitle: null,
          newTitle: null,
          fieldLabels: [],
          previousNumber: x.number - 1,
          newNumber: x.number,
          at: AT,
          sentInVersion: null,
          sentAt: null,
        }));
        const meeting = meetingOf(items, moves);
        const members = withSentItems(meeting);
        const lines = [
          buildDocument(members, "internal")?.corrections?.lines,
          buildDocument(meeting, "public")?.corrections?.lines,
        ];
        expect(lines.flatMap((x) => x ?? []).join("\n")).not.toMatch(/flyttet|nye numre|Nyt/);
        // The secretary sees the new item and what it moved.
        expect(buildDocument(meeting, "internal")?.corrections?.lines.join("\n") ?? "").toMatch(
          place < count - 1 ? /flyttet|nye numre/ : /^$/,
        );
        expect(members.items.map((x) => [x.number, x.title])).toEqual(
          items.filter((x) => x.sent).map((x, i) => [i + 1, x.title]),
        );
        expect(members.corrections).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("a bilag in the staff document", () => {
  it("is marked not public when it or its item is not, whenever the item was closed", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (closed, markedPublic) => {
        const x = item(1, closed, false, "bilag");
        const shown = {
          ...x,
          attachments: x.attachments.map((a) => ({ ...a, public: markedPublic })),
        };
        const [only] = buildDocument(meetingOf([shown], []), "internal")?.items ?? [];
        expect(only?.attachments[0]?.note).toBe(closed || !markedPublic ? "ikke offentligt" : null);
      }),
    );
  });
});
