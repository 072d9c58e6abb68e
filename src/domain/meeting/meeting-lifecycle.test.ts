import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meetingStatusEnum } from "../../db/schema/enums.ts";
import {
  inPhase,
  MEETING_STATUSES,
  type MeetingTransition,
  nextStatus,
  PHASES,
} from "./meeting-lifecycle.ts";

const transitions: MeetingTransition[] = [
  "publishAgenda",
  "finishMeeting",
  "publishMinutes",
  "approveMinutes",
];

describe("the meeting lifecycle", () => {
  it("knows every status the database has, in the order a meeting goes through them", () => {
    expect([...MEETING_STATUSES]).toEqual([...meetingStatusEnum.enumValues]);
  });

  it("only ever moves a meeting forward, and only approved minutes are final", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...transitions), { maxLength: 12 }), (steps) => {
        let status: (typeof MEETING_STATUSES)[number] = "planned";
        for (const step of steps) {
          const next = nextStatus(status, step);
          if (next === null) continue;
          expect(MEETING_STATUSES.indexOf(next)).toBeGreaterThanOrEqual(
            MEETING_STATUSES.indexOf(status),
          );
          status = next;
        }
        const final = transitions.every((t) => nextStatus(status, t) === null);
        expect(final).toBe(status === "minutes_approved");
      }),
    );
  });

  it("splits the statuses into open and held, with the published phases inside them", () => {
    for (const status of MEETING_STATUSES) {
      expect(inPhase("open", status)).toBe(!inPhase("held", status));
      expect(inPhase("agendaOut", status)).toBe(status !== "planned");
      if (inPhase("minutesOut", status)) expect(inPhase("held", status)).toBe(true);
      if (inPhase("locked", status)) expect(inPhase("minutesOut", status)).toBe(true);
      expect(inPhase("running", status)).toBe(
        inPhase("agendaOut", status) && !inPhase("minutesOut", status),
      );
    }
    expect(PHASES.locked).toEqual(["minutes_approved"]);
  });
});
