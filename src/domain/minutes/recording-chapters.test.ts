import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeVtt } from "../../web/feeds/webvtt.ts";
import type { FullMeeting, MeetingItem } from "../meeting/meeting.types.ts";
import { publicRecording, recordingLink } from "./recording-chapters.ts";

const SECRET = "LUKKET-9d2f";
const doc = { type: "doc" as const, content: [] };
const T0 = Date.parse("2027-03-12T08:00:00Z");

function item(n: number, overrides: Partial<MeetingItem>): MeetingItem {
  return {
    id: n,
    position: n - 1,
    number: n,
    title: `Sag ${n}`,
    purpose: null,
    journalNumber: null,
    closed: false,
    closureReason: null,
    openDecision: null,
    standing: false,
    sent: true,
    slotStart: null,
    slotEnd: null,
    caseId: n,
    fields: [{ key: "sagsfremstilling", label: "Sagsfremstilling", text: "x", doc, public: true }],
    decision: null,
    attachments: [],
    conflicts: [],
    votes: [],
    protocolNotes: [],
    ...overrides,
  };
}

function meeting(items: MeetingItem[], status: FullMeeting["status"] = "minutes_published") {
  const at = new Date("2027-03-01T08:00:00Z");
  return {
    id: 9,
    organisationId: 1,
    organisationName: "Eksempel Kommune",
    startsAt: "2027-03-12 09:00:00",
    endsAt: null,
    location: "",
    status,
    agendaPublishedAt: at,
    minutesPublishedAt: status.startsWith("minutes") ? at : null,
    committee: {
      id: 1,
      organisationId: 1,
      slug: "oeu",
      name: "Økonomiudvalget",
      kind: "political",
    },
    participants: [],
    items,
    recordingUrl: "https://video.example.dk/moede/9",
  } satisfies FullMeeting;
}

/** A random item: maybe timed (start within 6 hours, up to 2 hours long), closed, withdrawn. */
const itemArb = fc.record({
  start: fc.option(fc.integer({ min: 0, max: 6 * 3_600_000 }), { nil: null }),
  length: fc.integer({ min: -60_000, max: 2 * 3_600_000 }),
  ended: fc.boolean(),
  closed: fc.boolean(),
  withdrawn: fc.boolean(),
  sent: fc.boolean(),
  title: fc.string({ maxLength: 40 }),
});

const TIMING = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3}) --> (\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/;
const ms = (h: string, m: string, s: string, f: string) =>
  ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(f);

describe("the chapters of a meeting's recording", () => {
  it("are a well-formed WebVTT file with increasing cue times, for any item times", () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 12 }),
        fc.constantFrom("agenda_published" as const, "minutes_published" as const),
        (specs, status) => {
          const items = specs.map((s, i) =>
            item(i + 1, {
              title: s.title,
              closed: s.closed,
              sent: s.sent,
              fields: s.closed
                ? [{ key: "s", label: "Sagsfremstilling", text: SECRET, doc, public: true }]
                : item(i + 1, {}).fields,
              withdrawnAt: s.withdrawn ? new Date(T0) : null,
              startedAt: s.start === null ? null : new Date(T0 + s.start),
              endedAt: s.start === null || !s.ended ? null : new Date(T0 + s.start + s.length),
            }),
          );
          const m = meeting(items, status);
          const recording = publicRecording(m);
          if (!recording) throw new Error("meeting is public");
          const vtt = writeVtt(recording.chapters);
          const blocks = vtt.trimEnd().split("\n\n");
          expect(blocks[0]).toBe("WEBVTT");
          expect(vtt.endsWith("\n")).toBe(true);
          let previousEnd = 0;
          const cues = blocks.slice(1);
          for (const [i, block] of cues.entries()) {
            const lines = block.split("\n");
            expect(lines).toHaveLength(3);
            expect(lines[0]).toBe(String(i + 1));
            const t = TIMING.exec(lines[1] ?? "");
            expect(t, lines[1]).not.toBeNull();
            const [, h1, m1, s1, f1, h2, m2, s2, f2] = t as unknown as string[];
            const start = ms(h1 as string, m1 as string, s1 as string, f1 as string);
            const end = ms(h2 as string, m2 as string, s2 as string, f2 as string);
            if (i === 0) expect(start).toBe(0);
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            previousEnd = end;
            expect(lines[2]).toMatch(/^Punkt \d+:/);
            expect(lines[2]).not.toContain("-->");
          }
          // Only public, timed, not withdrawn items; at most one cue each.
          const shown = items.filter(
            (x) =>
              !x.withdrawnAt &&
              x.startedAt &&
              x.endedAt &&
              x.endedAt > x.startedAt &&
              (status === "minutes_published" || x.sent),
          );
          expect(cues.length).toBeLessThanOrEqual(shown.length);
          // Numbered as the public reads them: on an agenda, as sent (an item waiting for its
          // supplement not counted).
          const publicNumber = (x: MeetingItem) =>
            status === "minutes_published"
              ? x.number
              : x.number - items.filter((y) => !y.sent && y.number < x.number).length;
          const numbers = recording.chapters.map((c) => c.number);
          for (const n of numbers) expect(shown.map(publicNumber)).toContain(n);
          expect(vtt).not.toContain(SECRET);
        },
      ),
    );
  });

  it("name an item »Punkt 3: Title«, a closed one by its title only, and leave out the withdrawn and untimed", () => {
    const at = (min: number) => new Date(T0 + min * 60_000);
    const m = meeting([
      item(1, { title: "Godkendelse af dagsorden", startedAt: at(2), endedAt: at(5) }),
      item(2, { title: "Trukket sag", withdrawnAt: at(0), startedAt: at(5), endedAt: at(6) }),
      item(3, {
        title: "Lukket sag <b> & --> ny linje\nher",
        closed: true,
        closureReason: SECRET,
        startedAt: at(6),
        endedAt: at(20),
      }),
      item(4, { title: "Ikke afsluttet", startedAt: at(20), endedAt: null }),
      item(5, { title: "Eventuelt", startedAt: at(65), endedAt: at(70) }),
    ]);
    const recording = publicRecording(m);
    expect(writeVtt(recording?.chapters ?? [])).toBe(
      [
        "WEBVTT",
        "",
        "1",
        "00:00:00.000 --> 00:03:00.000",
        "Punkt 1: Godkendelse af dagsorden",
        "",
        "2",
        "00:04:00.000 --> 00:18:00.000",
        "Punkt 3: Lukket sag &lt;b&gt; &amp; --&gt; ny linje her",
        "",
        "3",
        "01:03:00.000 --> 01:08:00.000",
        "Punkt 5: Eventuelt",
        "",
      ].join("\n"),
    );
    const fifth = recording?.chapters.find((c) => c.number === 5);
    expect(fifth && recordingLink("https://video.example.dk/moede/9", fifth)).toBe(
      "https://video.example.dk/moede/9#t=3780",
    );
  });

  it("are nothing while the meeting is not public", () => {
    expect(publicRecording(meeting([item(1, {})], "planned"))).toBeNull();
  });
});
