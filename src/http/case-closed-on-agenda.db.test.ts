import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAgendaItem,
  createAuthoringCommittee,
  createMeeting,
} from "../../test/factories.ts";
import { updateAgendaItem } from "../domain/agenda/update-agenda-item.ts";
import { getAs, sessionOf, testApp } from "./testing.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

describe("a case whose agenda item the secretary closed", () => {
  it("says on the case page that its text is not public on that agenda", async () => {
    const { db } = database.current;
    const meeting = await createMeeting(db, {
      organisationId: world.organisationId,
      committeeId: world.committee.id,
      status: "agenda_published",
      startsAt: "2031-03-04 09:00:00",
    });
    const meetingId = meeting.id;
    const item = await createAgendaItem(db, {
      meetingId,
      title: "Salg af grund",
      fields: [{ label: "Sagsfremstilling", text: "Kommunen har modtaget et bud." }],
    });
    const itemId = item.id;
    const page = async () => {
      const who = await sessionOf(db, world.secretary.id);
      return (await getAs(testApp(db), `/app/sager/${item.case?.id}`, who)).text();
    };
    const before = await page();
    expect(before).not.toContain("Punktet er lukket på dagsordenen");
    expect(before).toMatch(/<dt>Lukket punkt<\/dt><dd>Nej<\/dd>/);
    await updateAgendaItem(db, world.secretary, {
      meetingId,
      itemId,
      changes: {
        title: "Salg af grund",
        durationMinutes: null,
        closed: true,
        closureReason: "Forhandlinger om salg af fast ejendom.",
        openDecision: "",
      },
    });
    const html = await page();
    expect(html).toMatch(/Punktet er lukket på dagsordenen til .+ 2031, så sagens tekst/);
    expect(html).toContain("Salg af grund</a> (lukket punkt)");
    // The case's own facts say the same, not a bare »Nej«.
    expect(html).toMatch(
      /<dt>Lukket punkt<\/dt><dd>Nej, men lukket på dagsordenen til .+ 2031<\/dd>/,
    );
  });
});
