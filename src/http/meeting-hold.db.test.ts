import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createSession } from "../../test/factories.ts";
import { createHoldWorld, type HoldWorld } from "../../test/meeting-hold-world.ts";
import { agendaItems, meetings } from "../db/schema/index.ts";
import { finishMeeting } from "../domain/meeting-mode/finish-meeting.ts";
import { postponeItem } from "../domain/meeting-mode/postpone-item.ts";
import { recordAttendance } from "../domain/meeting-mode/record-attendance.ts";
import { recordDecision } from "../domain/meeting-mode/record-decision.ts";
import { csrfFieldOf, formPost, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let w: HoldWorld;

beforeEach(async () => {
  w = await createHoldWorld(database.current.db);
});

async function login(userId: number) {
  const { token } = await createSession(database.current.db, userId);
  return { cookie: sessionCookie(token) };
}

describe("meeting mode over HTTP", () => {
  it("shows the minute taker the form prefilled from the recommendation and saves a decision", async () => {
    const app = testApp(database.current.db);
    const headers = await login(w.users.secretary.id);
    const page = await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Mødeafvikling: Økonomiudvalget 12. marts 2025");
    expect(html).toContain("Økonomiudvalget godkendte indstillingen.");
    expect(html).toContain("Mødt fra punkt");
    // The agenda beside the panes: the minute taker goes straight to an item.
    for (const it of w.items) {
      expect(html).toContain(
        `<a href="#afvikling-punkt-${it.id}" data-pane="afvikling-punkt-${it.id}"><span class="hold-agenda-number">${it.number}.</span> ${it.title}</a>`,
      );
      expect(html).toContain(`id="afvikling-punkt-${it.id}"`);
    }
    const item = w.items[1]?.id ?? 0;
    const saved = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/punkt/${item}/beslutning`,
      formPost(
        { _csrf: csrfFieldOf(html), version: "0", udfald: "decided", tekst: "Godkendt." },
        headers,
      ),
    );
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(
      `/app/moeder/${w.meeting.id}/afvikling#afvikling-punkt-${item}`,
    );
    // A second minute taker with the old version gets 409 and both texts, nothing overwritten.
    const stale = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/punkt/${item}/beslutning`,
      formPost(
        { _csrf: csrfFieldOf(html), version: "0", udfald: "decided", tekst: "Min anden tekst." },
        headers,
      ),
    );
    const clash = await stale.text();
    expect(stale.status).toBe(409);
    expect(clash).toContain("Beslutningen er blevet gemt af Sofie Sekretær");
    expect(clash).toContain("Godkendt.");
    expect(clash).toContain("Min anden tekst.");
  });

  it("shows the minute taker the draft minutes while the meeting is open, the files once it is held", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const headers = await login(w.users.secretary.id);
    const bent = w.meeting.participants.find((p) => p.name === "Bent Byrådsmedlem");
    if (!bent) throw new Error("no Bent");
    await recordAttendance(db, w.secretary, {
      meetingId: w.meeting.id,
      entries: [
        {
          participantId: bent.id,
          presence: "absent",
          lateFromItemId: null,
          leftBeforeItemId: null,
          note: "syg",
        },
      ],
    });
    const item = w.items[1];
    if (!item) throw new Error("no item");
    await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: item.id,
      version: 0,
      outcome: "decided",
      text: "Udvalget godkendte planen for skolevejene.",
    });
    const hold = await (
      await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })
    ).text();
    expect(hold).toContain(`<a href="/app/moeder/${w.meeting.id}/referat">Se referatudkastet</a>`);
    const minutes = async () =>
      (await app.request(`/app/moeder/${w.meeting.id}/referat`, { headers })).text();
    const draft = await minutes();
    expect(draft).toContain("<h1>Referatudkast: Økonomiudvalget 12. marts 2025</h1>");
    expect(draft).toContain("Udvalget godkendte planen for skolevejene.");
    expect(draft).toMatch(/Fraværende[\s\S]*Bent Byrådsmedlem/);
    expect(draft).toContain("Herunder står referatet med det, der er registreret indtil nu.");
    // The files are the agenda until the meeting is held: no links to them beside the draft.
    expect(draft).not.toContain(`/app/moeder/${w.meeting.id}/dokument.pdf`);

    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    const held = await minutes();
    // Held, not yet published: still a draft, in its files too.
    expect(held).toContain("<h1>Referatudkast: Økonomiudvalget 12. marts 2025</h1>");
    expect(held).toContain(`/app/moeder/${w.meeting.id}/dokument.pdf`);
    const holdAfter = await (
      await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })
    ).text();
    expect(holdAfter).toContain(`<a href="/app/moeder/${w.meeting.id}/referat">Til referatet</a>`);
  });

  it("asks for a closed item's open decision, and says before publishing where it is missing", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const headers = await login(w.users.secretary.id);
    const closed = w.items.find((i) => i.closed);
    if (!closed) throw new Error("no closed item");
    await db.update(agendaItems).set({ openDecision: null }).where(eq(agendaItems.id, closed.id));
    const hold = await (
      await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })
    ).text();
    expect(hold.split('name="aaben_beslutning"')).toHaveLength(2);
    expect(hold).toContain(`<textarea id="aaben-${closed.id}" name="aaben_beslutning"`);
    for (const item of [w.approving, ...w.items, w.eventuelt]) {
      await recordDecision(db, w.secretary, {
        meetingId: w.meeting.id,
        itemId: item.id,
        version: 0,
        outcome: "noted",
        text: "Taget til efterretning.",
      });
    }
    await finishMeeting(db, w.secretary, { meetingId: w.meeting.id });
    const minutes = async () =>
      (await app.request(`/app/moeder/${w.meeting.id}/referat`, { headers })).text();
    const before = await minutes();
    expect(before).toContain("Et lukket punkt har ingen åben beslutning.");
    expect(before).toContain(`href="/app/moeder/${w.meeting.id}/afvikling#aaben-${closed.id}"`);
    const saved = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/punkt/${closed.id}/beslutning`,
      formPost(
        {
          _csrf: csrfFieldOf(hold),
          version: "1",
          udfald: "decided",
          tekst: "Salget blev godkendt til køber A.",
          aaben_beslutning: "Udvalget godkendte et salg af grunden.",
        },
        headers,
      ),
    );
    expect(saved.status).toBe(303);
    expect(await minutes()).not.toContain("har ingen åben beslutning");
  });

  it("says which items still lack a saved decision, and which were postponed", async () => {
    const app = testApp(database.current.db);
    const headers = await login(w.users.secretary.id);
    const view = async () =>
      (await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })).text();
    const stateOf = (html: string, itemId: number) =>
      html
        .split(`data-pane="afvikling-punkt-${itemId}"`)[1]
        ?.match(/<span class="hold-agenda-state">([^<]*)<\/span>/)?.[1];
    const finishNotice = (html: string) =>
      html.match(/<div id="afslut-mangler" data-live="true">(.*?)<\/div>/s)?.[1] ?? "";
    const all = [w.approving, ...w.items, w.eventuelt];
    let html = await view();
    // A text written from the recommendation is offered, not saved.
    expect(html).toContain("Ingen beslutning gemt endnu. Teksten herunder er et forslag");
    const numbers = all.map((i) => i.number);
    expect(finishNotice(html)).toContain(
      `Punkterne ${numbers.slice(0, -1).join(", ")} og ${numbers.at(-1)} har ingen gemt beslutning.`,
    );
    const [decided, postponed] = [w.items[0], w.items[1]];
    if (!decided || !postponed) throw new Error("world without items");
    await recordDecision(database.current.db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: decided.id,
      version: 0,
      outcome: "decided",
      text: "Godkendt.",
    });
    await postponeItem(database.current.db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: postponed.id,
      targetMeetingId: w.later.id,
      version: 0,
    });
    html = await view();
    expect(stateOf(html, decided.id)).toBe("ikke startet, beslutning gemt");
    expect(stateOf(html, postponed.id)).toBe("udsat");
    // Its decision form saves only when its button is pressed: typing takes nothing back.
    const formOf = (id: number) =>
      html.match(new RegExp(`<form[^>]*action="[^"]*/punkt/${id}/beslutning"[^>]*>`))?.[0] ?? "";
    expect(formOf(postponed.id)).toContain('data-after="all"');
    expect(formOf(postponed.id)).not.toContain("data-autosave");
    expect(formOf(decided.id)).toContain("data-autosave");
    expect(finishNotice(html)).not.toMatch(
      new RegExp(`\\b(${decided.number}|${postponed.number})\\b`),
    );
    // An item ended without a saved decision says so beside the panes.
    const rest = all.filter((i) => i !== decided && i !== postponed);
    await database.current.db
      .update(agendaItems)
      .set({ startedAt: new Date(), endedAt: new Date() })
      .where(eq(agendaItems.id, rest[0]?.id ?? 0));
    html = await view();
    expect(stateOf(html, rest[0]?.id ?? 0)).toBe("behandlet, mangler beslutning");
    // Ending the meeting, which cannot be taken back, names them before the button.
    await database.current.db
      .update(meetings)
      .set({ roomStatus: "running" })
      .where(eq(meetings.id, w.meeting.id));
    const ending = (await view()).match(/<details class="hold-end">(.*?)<\/details>/s)?.[1] ?? "";
    const left = rest.map((i) => i.number);
    expect(ending).toContain(
      `<p class="notice">Punkterne ${left.slice(0, -1).join(", ")} og ${left.at(-1)} har ingen gemt beslutning endnu.</p>`,
    );
    // Publishing now is refused on the minutes page, with the message in focus at load.
    const refused = await app.request(
      `/app/moeder/${w.meeting.id}/referat/offentliggoer`,
      formPost({ _csrf: csrfFieldOf(html) }, headers),
    );
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    const answer = await refused.text();
    expect(answer).toMatch(
      /<div class="error-summary" role="alert" id="fejl" tabindex="-1" autofocus[^>]*>/,
    );
    expect(answer).toContain("Mødet skal være afholdt, før referatet kan offentliggøres.");
  });

  it("answers bad input with a Danish message and 400, and members with 403", async () => {
    const app = testApp(database.current.db);
    const headers = await login(w.users.secretary.id);
    const html = await (
      await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })
    ).text();
    const bad = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/punkt/${w.items[0]?.id}/afstemning`,
      formPost({ _csrf: csrfFieldOf(html), emne: "", for: " , ", imod: "", undlod: "" }, headers),
    );
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Skriv mindst ét navn");
    const voteUrl = `/app/moeder/${w.meeting.id}/afvikling/punkt/${w.items[1]?.id}/afstemning`;
    const badCount = await app.request(
      voteUrl,
      formPost({ _csrf: csrfFieldOf(html), for: "A", "for-antal": "syv" }, headers),
    );
    expect(badCount.status).toBe(400);
    expect(await badCount.text()).toContain("Antal stemmer skal være et helt tal mellem 0 og 999.");
    // Party letters with the number of votes behind them, as the minutes should print them.
    const counted = await app.request(
      voteUrl,
      formPost(
        { _csrf: csrfFieldOf(html), for: "A, F", "for-antal": "7", imod: "V", "imod-antal": "4" },
        headers,
      ),
    );
    expect(counted.status).toBe(303);
    const after = await (
      await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers })
    ).text();
    expect(after).toContain("For (7): A, F");
    expect(after).toContain("Imod (4): V");
    const member = await login(w.users.member.id);
    expect(
      (await app.request(`/app/moeder/${w.meeting.id}/afvikling`, { headers: member })).status,
    ).toBe(403);
    const memberPage = await (
      await app.request(`/app/moeder/${w.meeting.id}/live`, { headers: member })
    ).text();
    const post = await app.request(
      `/app/moeder/${w.meeting.id}/afvikling/afslut`,
      formPost({ _csrf: csrfFieldOf(memberPage) }, member),
    );
    expect(post.status).toBe(403);
  });
});

describe("meeting mode before the agenda is out", () => {
  it("says the agenda must go out first, not that the minutes are out", async () => {
    const db = database.current.db;
    await db.update(meetings).set({ status: "planned" }).where(eq(meetings.id, w.meeting.id));
    const headers = await login(w.users.secretary.id);
    const page = await testApp(db).request(`/app/moeder/${w.meeting.id}/afvikling`, { headers });
    const html = await page.text();
    expect(html).toContain(
      '<p class="notice">Dagsordenen er ikke offentliggjort endnu. Mødet kan først afvikles, når dagsordenen er sendt ud.</p>',
    );
    expect(html).not.toContain("Referatet er offentliggjort");
  });
});

describe("the live view", () => {
  it("streams the current decisions, then ready, then each new decision", async () => {
    const { db } = database.current;
    const app = testApp(db);
    const member = await login(w.users.member.id);
    await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: w.items[0]?.id ?? 0,
      version: 0,
      outcome: "noted",
      text: "Taget til efterretning.",
    });
    const page = await app.request(`/app/moeder/${w.meeting.id}/live`, { headers: member });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Taget til efterretning.");
    const controller = new AbortController();
    const response = await app.request(`/app/moeder/${w.meeting.id}/haendelser`, {
      headers: {
        ...member,
        "accept-encoding": "gzip, deflate, br",
        "sec-fetch-site": "same-origin",
      },
      signal: controller.signal,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    // Events go out as they happen: never held back by compression.
    expect(response.headers.get("content-encoding")).toBeNull();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    expect(text).toContain("Taget til efterretning.");
    await recordDecision(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: w.items[1]?.id ?? 0,
      version: 0,
      outcome: "decided",
      text: "Godkendt uden bemærkninger.",
    });
    await readUntil("Godkendt uden bemærkninger.");
    expect(text).toContain("Beslutning i punkt 3");
    controller.abort();
    await reader.cancel().catch(() => {});
    const stranger = await login(w.users.stranger.id);
    expect(
      (await app.request(`/app/moeder/${w.meeting.id}/haendelser`, { headers: stranger })).status,
    ).toBe(403);
  });
});

describe("minutes and follow-up pages", () => {
  it("show the minutes' status and the member's follow-ups; download files still work", async () => {
    const app = testApp(database.current.db);
    const headers = await login(w.users.member.id);
    const minutes = await app.request(`/app/moeder/${w.meeting.id}/referat`, { headers });
    const html = await minutes.text();
    expect(minutes.status).toBe(200);
    expect(html).toContain("Referatets status");
    expect(html).not.toContain("Offentliggør referatet");
    expect((await app.request("/app/opfoelgning", { headers })).status).toBe(200);
    expect(
      (await app.request(`/app/moeder/${w.meeting.id}/referat/version/1`, { headers })).status,
    ).toBe(404);
    const docx = await app.request(`/app/moeder/${w.meeting.id}/dokument.docx`, { headers });
    expect(docx.status).toBe(200);
  });
});
