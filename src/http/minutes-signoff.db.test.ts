import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { hasPoppler, pdfText } from "../../test/poppler.ts";
import {
  createSignoffWorld,
  holdSignoffMeeting,
  type SignoffWorld,
} from "../../test/signoff-world.ts";
import { agendaItems, meetings } from "../db/schema/index.ts";
import { publishMinutes } from "../domain/minutes/publish-minutes.ts";
import { signoffMessages } from "../i18n/da/minutes-signoff.ts";
import { getAs, postAs, sessionOf, testApp } from "./testing.ts";

const database = useTestDatabase();
let w: SignoffWorld;
const e = signoffMessages.errors;

beforeEach(async () => {
  w = await createSignoffWorld(database.current.db);
});

const collapse = (html: string) => html.replace(/\s+/g, " ");

async function published() {
  const { db } = database.current;
  await holdSignoffMeeting(db, w);
  await publishMinutes(db, w.secretary, { meetingId: w.meeting.id });
}

describe("approving the minutes over HTTP", () => {
  it("lets a member approve with one click on the minutes; the minutes, their PDF and the public page list it", async () => {
    const { db } = database.current;
    await published();
    const app = testApp(db);
    const mads = await sessionOf(db, w.member.user.id);
    const base = `/app/moeder/${w.meeting.id}/referat`;
    const dashboard = await (await getAs(app, "/app", mads)).text();
    expect(dashboard).toContain("Referater, du skal godkende");
    // The dashboard leads to the minutes; they are approved there, where they are read.
    expect(dashboard).toContain(`<a href="${base}">Læs og godkend referatet: Økonomiudvalget`);
    expect(dashboard).not.toContain(`action="${base}/godkend"`);
    const page = await (await getAs(app, base, mads)).text();
    expect(page).toContain("Godkend referatet");
    expect(page).toContain("Mangler at godkende: Anne Formand (A), Mads Medlem, Karin Kasserer");
    const done = await postAs(app, `${base}/godkend`, mads, {});
    expect(done.status).toBe(303);
    // It lands where the confirmation shows, beside the members still missing.
    expect(done.headers.get("location")).toBe(`${base}#referat-godkendelse`);
    const after = collapse(await (await getAs(app, base, mads)).text());
    expect(after).toMatch(/Du godkendte referatet \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}\./u);
    expect(after).toMatch(/Godkendt af: Mads Medlem \d/);
    expect(after).not.toContain(`action="${base}/godkend"`);
    const again = await postAs(app, `${base}/godkend`, mads, {});
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(e.alreadySigned);

    const bent = await sessionOf(db, w.bent.user.id);
    const absent = await postAs(app, `${base}/godkend`, bent, {});
    expect(absent.status).toBe(403);
    expect(await absent.text()).toContain(e.absent);

    const publicPage = collapse(await (await app.request(`/moeder/${w.meeting.id}`)).text());
    expect(publicPage).toContain("Medlemmernes godkendelse");
    expect(publicPage).toMatch(/Godkendt af: Mads Medlem \d/);
    expect(publicPage).toContain("Mangler at godkende: Anne Formand (A), Karin Kasserer");

    if (hasPoppler()) {
      for (const path of [
        `/app/moeder/${w.meeting.id}/dokument.pdf`,
        `/moeder/${w.meeting.id}/dokument.pdf`,
      ]) {
        const response = await (path.startsWith("/app")
          ? getAs(app, path, mads)
          : app.request(path));
        expect(response.status).toBe(200);
        const text = collapse(await pdfText(new Uint8Array(await response.arrayBuffer())));
        expect(text).toContain("Medlemmernes godkendelse");
        expect(text).toMatch(
          /Godkendt af: Mads Medlem \d{1,2}\. marts|Godkendt af: Mads Medlem \d/,
        );
        expect(text).toContain("Mangler at godkende: Anne Formand (A), Karin Kasserer");
      }
    }
  });
});

describe("members' protokoltilførsel over HTTP", () => {
  it("the secretary opens it, a member sends one, the secretary takes it into the minutes", async () => {
    const { db } = database.current;
    await holdSignoffMeeting(db, w);
    const app = testApp(db);
    const sofie = await sessionOf(db, w.secretary.user.id);
    const mads = await sessionOf(db, w.member.user.id);
    const base = `/app/moeder/${w.meeting.id}/referat`;
    const bad = await postAs(app, `${base}/frist`, sofie, { frist: "i morgen" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(e.deadlineInvalid);
    expect((await postAs(app, `${base}/frist`, mads, { frist: "2099-01-01T12:00" })).status).toBe(
      403,
    );
    expect((await postAs(app, `${base}/frist`, sofie, { frist: "2099-01-01T12:00" })).status).toBe(
      303,
    );
    const form = await (await getAs(app, base, mads)).text();
    expect(form).toContain(`action="${base}/tilfoersel"`);
    expect(form).toContain("Tilførslen står i referatet med afsenderen »Mads Medlem«.");
    const item = w.items[2]?.id ?? 0;
    const empty = await postAs(app, `${base}/tilfoersel`, mads, {
      punkt: String(item),
      tekst: " ",
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain(e.noteEmpty);
    const foreign = await postAs(app, `${base}/tilfoersel`, mads, {
      punkt: String(w.laterApproving.id),
      tekst: "Forkert møde.",
    });
    expect(foreign.status).toBe(404);
    const sent = await postAs(app, `${base}/tilfoersel`, mads, {
      punkt: String(item),
      tekst: "Jeg tager forbehold for lokalplanen.",
    });
    expect(sent.status).toBe(303);
    const secretaryPage = await (await getAs(app, base, sofie)).text();
    expect(secretaryPage).toContain("Jeg tager forbehold for lokalplanen.");
    // Each button names whose note and which item, so two notes from one member differ.
    expect(secretaryPage).toMatch(/Medtag protokoltilførslen fra [^<]+ til punkt \d+ i referatet/);
    const noteId = /tilfoersel\/(\d+)\/medtag/.exec(secretaryPage)?.[1];
    expect(noteId).toBeDefined();
    expect((await postAs(app, `${base}/tilfoersel/${noteId}/medtag`, mads, {})).status).toBe(403);
    expect((await postAs(app, `${base}/tilfoersel/${noteId}/medtag`, sofie, {})).status).toBe(303);
    const minutes = collapse(await (await getAs(app, base, sofie)).text());
    expect(minutes).toContain("Mads Medlem: Jeg tager forbehold for lokalplanen.");
    expect(minutes).toContain("Ingen protokoltilførsler afventer behandling.");
  });
});

describe("the recording and its chapters", () => {
  it("the secretary stores an https address; the public page links items and the WebVTT chapters", async () => {
    const { db } = database.current;
    await published();
    const app = testApp(db);
    const sofie = await sessionOf(db, w.secretary.user.id);
    const base = `/app/moeder/${w.meeting.id}/referat`;
    const http = await postAs(app, `${base}/optagelse`, sofie, { url: "http://video.dk/1" });
    expect(http.status).toBe(400);
    expect(await http.text()).toContain(e.recordingInvalid);
    const mads = await sessionOf(db, w.member.user.id);
    expect(
      (await postAs(app, `${base}/optagelse`, mads, { url: "https://video.dk/1" })).status,
    ).toBe(403);
    const ok = await postAs(app, `${base}/optagelse`, sofie, { url: "https://video.dk/moede/1" });
    expect(ok.status).toBe(303);
    const start = Date.parse("2025-03-12T08:00:00Z");
    const timed = [w.approving, ...w.items];
    for (const [i, item] of timed.entries()) {
      await db
        .update(agendaItems)
        .set({
          startedAt: new Date(start + i * 300_000),
          endedAt: new Date(start + (i + 1) * 300_000),
        })
        .where(eq(agendaItems.id, item.id));
    }
    const vtt = await app.request(`/moeder/${w.meeting.id}/kapitler.vtt`);
    expect(vtt.status).toBe(200);
    expect(vtt.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    const body = await vtt.text();
    expect(body.startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:05:00.000\nPunkt 1: ")).toBe(true);
    // The closed item by its title; nothing of its content.
    expect(body).toContain(
      "00:20:00.000 --> 00:25:00.000\nPunkt 5: Beslutning om tilskud til foreninger",
    );
    expect(body).not.toContain("LUKKET-INDHOLD");
    const page = await (await app.request(`/moeder/${w.meeting.id}`)).text();
    expect(page).toContain(`href="/moeder/${w.meeting.id}/kapitler.vtt"`);
    expect(page).toContain('href="https://video.dk/moede/1#t=600"');
    expect(page).toContain("Se punkt 3 i optagelsen");
    expect((await app.request("/moeder/999999/kapitler.vtt")).status).toBe(404);
    await db.update(meetings).set({ status: "planned" }).where(eq(meetings.id, w.later.id));
    expect((await app.request(`/moeder/${w.later.id}/kapitler.vtt`)).status).toBe(404);
  });
});
