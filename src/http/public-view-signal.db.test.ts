import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../test/factories.ts";
import { agendaItems } from "../db/schema/index.ts";
import { publicViewEvents } from "../domain/publication/public-view-events.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();

describe("the public page cache and the publication gate's signal", () => {
  it("drops kept public pages and documents when the gate signals a change made outside a request", async () => {
    const { db } = database.current;
    const org = await createOrganisation(db);
    const committee = await createCommittee(db, { organisationId: org.id });
    const meeting = await createMeeting(db, {
      organisationId: org.id,
      committeeId: committee.id,
      status: "minutes_published",
    });
    const item = await createAgendaItem(db, { meetingId: meeting.id, title: "Orientering om A" });
    const app = testApp(db);
    const page = async (path: string) => (await app.request(path)).text();
    expect(await page(`/moeder/${meeting.id}`)).toContain("Orientering om A");
    await page(`/moeder/${meeting.id}/dokument.docx`);
    await db
      .update(agendaItems)
      .set({ title: "Orientering om B" })
      .where(eq(agendaItems.id, item.id));
    // Kept: a write that does not go through the gate is not seen for up to a minute.
    expect(await page(`/moeder/${meeting.id}`)).toContain("Orientering om A");
    publicViewEvents.emit({ kind: "item_updated", meetingIds: [meeting.id], actorId: null });
    const fresh = await page(`/moeder/${meeting.id}`);
    expect(fresh).toContain("Orientering om B");
    expect(fresh).not.toContain("Orientering om A");
  });
});
