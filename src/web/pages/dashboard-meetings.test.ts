import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MeetingStatus, MeetingSummary } from "../../domain/meeting/meeting.types.ts";
import { dashboardMeetings } from "./dashboard-page.tsx";

const STATUSES: MeetingStatus[] = [
  "planned",
  "agenda_published",
  "held",
  "minutes_published",
  "minutes_approved",
];
const NOW = "2026-12-07 12:00:00";

const meeting = fc.record({
  id: fc.integer({ min: 1, max: 10_000 }),
  day: fc.integer({ min: 1, max: 28 }),
  status: fc.constantFrom(...STATUSES),
});

const summaryOf = (m: { id: number; day: number; status: MeetingStatus }): MeetingSummary => ({
  id: m.id,
  startsAt: `2026-12-${String(m.day).padStart(2, "0")} 09:00:00`,
  location: "",
  status: m.status,
  agendaPublishedAt: null,
  minutesPublishedAt: null,
  committee: { id: 1, organisationId: 1, slug: "u", name: "Udvalget" },
});

describe("the dashboard's meetings", () => {
  it("lists as coming only meetings ahead that are not held, soonest first; held ones as recent", () => {
    fc.assert(
      fc.property(fc.uniqueArray(meeting, { selector: (m) => m.id, maxLength: 12 }), (list) => {
        const meetings = list.map(summaryOf);
        const { upcoming, recent } = dashboardMeetings(meetings, NOW);
        for (const x of upcoming) {
          expect(x.startsAt >= NOW).toBe(true);
          expect(["planned", "agenda_published"]).toContain(x.status);
        }
        expect(upcoming.map((x) => x.startsAt)).toEqual(upcoming.map((x) => x.startsAt).sort());
        // The latest three that are not coming, a meeting held early among them.
        const notComing = meetings.filter(
          (x) =>
            !upcoming.includes(x) &&
            !(x.startsAt >= NOW && ["planned", "agenda_published"].includes(x.status)),
        );
        expect(recent.length).toBe(Math.min(3, notComing.length));
        for (const x of recent) expect(upcoming).not.toContain(x);
      }),
    );
  });
});
