import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createHoldWorld, type HoldWorld } from "../../test/meeting-hold-world.ts";
import { meetings } from "../db/schema/index.ts";
import { getAs, postAs, sessionOf, testApp, type Who } from "./testing.ts";

const database = useTestDatabase();
let w: HoldWorld;
let app: ReturnType<typeof testApp>;
let secretary: Who;
let member: Who;
let stranger: Who;

beforeEach(async () => {
  const { db } = database.current;
  w = await createHoldWorld(db);
  app = testApp(db);
  secretary = await sessionOf(db, w.users.secretary.id);
  member = await sessionOf(db, w.users.member.id);
  stranger = await sessionOf(db, w.users.stranger.id);
  await db
    .update(meetings)
    .set({ roomStatus: "running", currentItemId: w.items[1]?.id ?? null })
    .where(eq(meetings.id, w.meeting.id));
});

const path = (rest: string) => `/app/moeder/${w.meeting.id}/${rest}`;
const text = async (response: Response | Promise<Response>) => (await response).text();

describe("the meeting room's pages", () => {
  it("points a member to their device while the meeting is under way, from the agenda and the live view", async () => {
    const join = `<a href="${path("deltag")}">Stem og bed om ordet fra din enhed</a>`;
    const agenda = await text(getAs(app, `/app/moeder/${w.meeting.id}`, member));
    expect(agenda).toContain("<strong>Mødet er i gang.</strong>");
    expect(agenda).toContain(join);
    expect(await text(getAs(app, path("live"), member))).toContain(join);
    // The chair leads from the chair's screen; nobody is pointed anywhere once the room ends.
    expect(await text(getAs(app, path("live"), secretary))).not.toContain(join);
    expect(await text(getAs(app, `/app/moeder/${w.meeting.id}`, secretary))).not.toContain(join);
    await database.current.db
      .update(meetings)
      .set({ roomStatus: "ended" })
      .where(eq(meetings.id, w.meeting.id));
    expect(await text(getAs(app, `/app/moeder/${w.meeting.id}`, member))).not.toContain(join);
    expect(await text(getAs(app, path("live"), member))).not.toContain(join);
  });

  it("lets a member ask for the floor or take it back, and vote or change it, from their device", async () => {
    let page = await text(getAs(app, path("deltag"), member));
    expect(page).toContain("Punkt 3: Beslutning om nye åbningstider");
    expect(page).toContain("Beslutningsdygtigt: 4 af 4 medlemmer deltager i behandlingen.");
    expect(page).toContain("Bed om ordet");
    const asked = await postAs(app, path("deltag/ordet"), member, {
      itemId: String(w.items[1]?.id),
    });
    expect(asked.status).toBe(303);
    page = await text(getAs(app, path("deltag"), member));
    expect(page).toContain("Du er nummer 1 på talerlisten.");
    // Taken back, and asked again: a member decides for themselves while they wait.
    const withdrawn = await postAs(app, path("deltag/ordet/fjern"), member, {});
    expect(withdrawn.status).toBe(303);
    page = await text(getAs(app, path("deltag"), member));
    expect(page).not.toContain("på talerlisten.");
    const nothing = await postAs(app, path("deltag/ordet/fjern"), member, {});
    expect(nothing.status).toBe(409);
    expect(await nothing.text()).toContain("Du venter ikke på ordet til dette punkt");
    expect((await postAs(app, path("deltag/ordet"), member, {})).status).toBe(303);
    page = await text(getAs(app, path("deltag"), member));
    expect(page).toContain("Du er nummer 1 på talerlisten.");

    const opened = await postAs(app, path("ordstyrer/afstemning"), secretary, {
      itemId: String(w.items[1]?.id),
      subject: "Indstillingen",
    });
    expect(opened.status).toBe(303);
    page = await text(getAs(app, path("deltag"), member));
    expect(page).toContain('value="for"');
    expect(page).toContain("Undlader");
    const voteId = /name="voteId" value="(\d+)"/.exec(page)?.[1] ?? "";
    const cast = await postAs(app, path("deltag/stem"), member, { voteId, choice: "for" });
    expect(cast.status).toBe(303);
    expect(await text(getAs(app, path("deltag"), member))).toContain("Din stemme er afgivet: For.");
    // A wrong tap is not final: the member changes the vote while it is open.
    const again = await postAs(app, path("deltag/stem"), member, { voteId, choice: "against" });
    expect(again.status).toBe(303);
    const changed = await text(getAs(app, path("deltag"), member));
    expect(changed).toContain("Din stemme er afgivet: Imod.");
    expect(changed).toContain(
      'value="against" class="button room-choice room-choice--against" aria-pressed="true"',
    );
    const back = await postAs(app, path("deltag/stem"), member, { voteId, choice: "for" });
    expect(back.status).toBe(303);

    const console = await text(getAs(app, path("ordstyrer"), secretary));
    expect(console).toContain("1 af 4 har stemt");
    expect(console).toContain("Mads Medlem");
    // Closing with three ballots missing asks the chair to say so, on the console page.
    const close = path(`ordstyrer/afstemning/${voteId}/afslut`);
    const early = await postAs(app, close, secretary, {});
    expect(early.status).toBe(409);
    const refusal = await early.text();
    expect(refusal).toContain("3 af de 4, der kan stemme, har ikke stemt endnu.");
    expect(refusal).toContain('name="alligevel"');
    const closed = await postAs(app, close, secretary, { alligevel: "1" });
    expect(closed.status).toBe(303);
    const screen = await text(getAs(app, path("skaerm"), member));
    expect(screen).toContain("Vedtaget (For 1, imod 0, undlod 0)");
    expect(screen).toContain("For: Mads Medlem");
  });

  it("runs the speaker list from the console, and keeps it from members and strangers", async () => {
    const participantId = String(w.meeting.participants[2]?.id);
    expect((await postAs(app, path("ordstyrer/talere"), member, { participantId })).status).toBe(
      403,
    );
    expect((await getAs(app, path("ordstyrer"), member)).status).toBe(403);
    expect((await postAs(app, path("ordstyrer/talere"), secretary, { participantId })).status).toBe(
      303,
    );
    const console = await text(getAs(app, path("ordstyrer"), secretary));
    const start = /action="([^"]+\/start)"/.exec(console)?.[1] ?? "";
    expect((await postAs(app, start, secretary, {})).status).toBe(303);
    const screen = await text(getAs(app, path("skaerm"), secretary));
    expect(screen).toMatch(/Taler nu: <strong>Bent Byrådsmedlem<\/strong>/);
    expect(screen).toContain("data-room-timer=");
    // Read from across the room: no staff header (the secretary's name, »Log ud«) or footer.
    expect(screen).not.toContain("site-header");
    expect(screen).not.toContain("Log ud");
    expect(screen).not.toContain("site-footer");
    const twice = await postAs(app, start, secretary, {});
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("Taleren har allerede ordet.");
    expect((await getAs(app, path("skaerm"), stranger)).status).toBe(403);
    expect((await getAs(app, path("deltag"), stranger)).status).toBe(403);
    expect((await postAs(app, path("ordstyrer/talere/999999/start"), secretary, {})).status).toBe(
      404,
    );
  });

  it("shows the room on the live view and sends its state first on the event stream", async () => {
    const live = await text(getAs(app, path("live"), member));
    expect(live).toContain("Mødet er i gang");
    expect(live).toContain("Beslutningsdygtigt: 4 af 4 medlemmer deltager i behandlingen.");
    const controller = new AbortController();
    const response = await app.request(path("haendelser"), {
      headers: { cookie: member.cookie },
      signal: controller.signal,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let body = "";
    while (!body.includes("event: ready")) {
      const { value, done } = await reader.read();
      if (done) break;
      body += new TextDecoder().decode(value);
    }
    controller.abort();
    await reader.cancel().catch(() => {});
    expect(body).toContain("event: room");
    expect(body).toContain('"status":"running"');
  });

  it("links the room's pages from the meeting page for those who use them", async () => {
    const staff = await text(getAs(app, `/app/moeder/${w.meeting.id}`, secretary));
    expect(staff).toContain(path("ordstyrer"));
    expect(staff).toContain(path("skaerm"));
    const mine = await text(getAs(app, `/app/moeder/${w.meeting.id}`, member));
    expect(mine).toContain(path("deltag"));
    expect(mine).not.toContain(path("ordstyrer"));
    // The room's screen is set up by the staff; a member is not sent to a bare display.
    expect(mine).not.toContain(path("skaerm"));
    // From their device a member finds the way back to the agenda, and sees which meeting.
    const device = await text(getAs(app, path("deltag"), member));
    expect(device).toContain(`<a href="/app/moeder/${w.meeting.id}">Til mødets dagsorden</a>`);
    expect(device).toMatch(/<h1>Deltag i mødet – .+ \d{1,2}\. \w+ \d{4}<\/h1>/u);
  });
});
