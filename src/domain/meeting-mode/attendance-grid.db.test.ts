import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createHoldWorld, type HoldWorld } from "../../../test/meeting-hold-world.ts";
import { internalDocument } from "../document/build-document.ts";
import { DomainError } from "../domain-error.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import { recordAttendance } from "./record-attendance.ts";

const database = useTestDatabase();
let w: HoldWorld;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
});

const participant = (name: string) => {
  const p = w.meeting.participants.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
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

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return { status: (error as DomainError).status, message: (error as DomainError).message };
}

describe("the attendance grid", () => {
  it("refuses a substitute for a present member, for oneself and for a guest, in Danish", async () => {
    const { db } = database.current;
    const record = (entries: ReturnType<typeof entry>[]) =>
      recordAttendance(db, w.secretary, { meetingId: w.meeting.id, entries });
    const bent = participant("Bent Byrådsmedlem").id;
    expect(await refusal(record([entry("Karin Kasserer", { substituteForId: bent })]))).toEqual({
      status: 409,
      message:
        "Bent Byrådsmedlem er til stede. En stedfortræder kan kun træde ind for et medlem, der har meldt afbud.",
    });
    expect(
      (
        await refusal(
          record([entry("Karin Kasserer", { substituteForId: participant("Karin Kasserer").id })]),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await refusal(
          record([entry("Karin Kasserer", { substituteForId: participant("Gitte Gæst").id })]),
        )
      ).status,
    ).toBe(400);
    // With Bent's afbud in the same save, Karin stands in for him.
    await record([
      entry("Bent Byrådsmedlem", { presence: "absent" }),
      entry("Karin Kasserer", { substituteForId: bent }),
    ]);
    const full = await getMeeting(db, w.meeting.id);
    expect(full?.participants.find((p) => p.name === "Karin Kasserer")?.substituteForId).toBe(bent);
    // A second substitute for the same member is refused.
    expect((await refusal(record([entry("Mads Medlem", { substituteForId: bent })]))).message).toBe(
      "Bent Byrådsmedlem har allerede en stedfortræder.",
    );
  });

  it("prints a note in the minutes only when »vis i referatet« is ticked", async () => {
    const { db } = database.current;
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        entry("Mads Medlem", {
          note: "mødt kl. 9.40",
          showInMinutes: true,
          lateFromItemId: w.items[1]?.id ?? 0,
        }),
        entry("Bent Byrådsmedlem", { presence: "absent", note: "syg", showInMinutes: false }),
        entry("Karin Kasserer", { note: "deltog via video", showInMinutes: true }),
      ],
    });
    const full = await getMeeting(db, w.meeting.id);
    if (!full) throw new Error("meeting vanished");
    const facts = internalDocument({ ...full, status: "held" })
      .facts.map((f) => f.value)
      .join("\n");
    expect(facts).toContain("Mads Medlem (Medlem) (mødt fra punkt 3, kl. 9.40)");
    expect(facts).toContain("Karin Kasserer (deltog via video)");
    expect(facts).not.toContain("syg");
  });
});
