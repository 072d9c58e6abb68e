import { and, eq } from "drizzle-orm";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createWrittenCase,
} from "../../test/factories.ts";
import { agendaItems } from "../db/schema/index.ts";
import { addCasesToAgenda } from "../domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../domain/agenda/publish-agenda.ts";
import { planMeeting } from "../domain/meeting/plan-meeting.ts";
import { agendaCorrectionMessages } from "../i18n/da/agenda-correction.ts";
import { getAs, postAs, sessionOf as sessionAs, testApp, type Who } from "./testing.ts";

const e = agendaCorrectionMessages.errors;
const database = useTestDatabase();
let world: AuthoringCommittee;
let stranger: AuthoringCommittee;
const app = () => testApp(database.current.db);

const sessionOf = (userId: number) => sessionAs(database.current.db, userId);

const get = (path: string, who: Who) => getAs(app(), path, who);
const post = (path: string, who: Who, fields: Record<string, string>) =>
  postAs(app(), path, who, fields);

let secretary: Who;
let outsider: Who;

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  stranger = await createAuthoringCommittee(db);
  secretary = await sessionOf(world.secretary.user.id);
  outsider = await sessionOf(stranger.secretary.user.id);
});

async function publishedItem() {
  const { db } = database.current;
  const { meetingId } = await planMeeting(db, world.secretary, {
    committeeId: world.committee.id,
    date: "2031-06-11",
    start: "09:00",
    end: "10:00",
    location: `Lokale ${Math.random()}`,
    guests: "",
  });
  const kase = await createWrittenCase(db, world, { submitTo: world.approver, approve: true });
  await addCasesToAgenda(db, world.secretary, { meetingId, caseIds: [kase.id] });
  await publishAgenda(db, world.secretary, { meetingId });
  const [item] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.caseId, kase.id)));
  if (!item) throw new Error("no item");
  return { meetingId, itemId: item.id, base: `/app/moeder/${meetingId}/dagsorden` };
}

describe("corrections after publishing over HTTP", () => {
  it("shows the correction page, answers a missing reason with a Danish 400 keeping the input", async () => {
    const { base, itemId } = await publishedItem();
    const page = await get(`${base}/punkter/${itemId}/ret`, secretary);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="version" value="1"');
    const bad = await post(`${base}/punkter/${itemId}/ret`, secretary, {
      version: "1",
      titel: "Beslutning om en rettet titel",
      begrundelse: " ",
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain(e.reasonRequired);
    expect(html).toContain('value="Beslutning om en rettet titel"');
  });

  it("answers another organisation's secretary with a 404 and a stale version with a 409", async () => {
    const { base, itemId } = await publishedItem();
    const foreign = await post(`${base}/punkter/${itemId}/traek`, outsider, {
      version: "1",
      begrundelse: "Forkert.",
    });
    expect(foreign.status).toBe(404);
    expect((await get(`${base}/punkter/${itemId}/ret`, outsider)).status).toBe(404);
    const stale = await post(`${base}/punkter/${itemId}/traek`, secretary, {
      version: "0",
      begrundelse: "Forkert.",
    });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain(e.staleVersion);
    const withdrawn = await post(`${base}/punkter/${itemId}/traek`, secretary, {
      version: "1",
      begrundelse: "Forkert.",
    });
    expect(withdrawn.status).toBe(303);
    // Before it goes out: what the »Rettet dagsorden« carries, sent from there to /rettet.
    const preview = await get(`${base}/udsend`, secretary);
    expect(preview.status).toBe(200);
    const shown = await preview.text();
    expect(shown).toContain("<h1>Udsend rettet dagsorden</h1>");
    expect(shown).toContain("1 rettelse udsendes med");
    expect(shown).toContain(`action="${base}/rettet"`);
    expect(shown).toContain('name="version" value="1"');
    expect(shown).not.toContain("punkter udsendes");
    const sent = await post(`${base}/rettet`, secretary, { version: "1" });
    expect(sent.headers.get("location")).toMatch(/ok=rettet_udsendt/);
    // Nothing left to send: the preview leads back to the agenda.
    expect((await get(`${base}/udsend`, secretary)).status).toBe(303);
    // The public Word document carries the withdrawal and the »Rettelser«.
    const meetingUrl = base.replace("/app", "").replace("/dagsorden", "");
    const docx = await app().request(`${meetingUrl}/dokument.docx`);
    expect(docx.status).toBe(200);
    const buffer = Buffer.from(await docx.arrayBuffer());
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain("Rettelser");
    expect(text).toContain("Punktet er trukket");
    expect(text).not.toContain("Baggrund og vurdering.");
    const again = await post(`${base}/rettet`, secretary, { version: "1" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(e.staleVersion);
  });
});
