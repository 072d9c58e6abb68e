import { and, asc, eq, inArray } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agendaItems,
  committees,
  decisions,
  meetingParticipants,
  meetings,
  minutesSignoffs,
  persons,
} from "../src/db/schema/index.ts";
import { demoEmailOf } from "../src/domain/demo/rosters.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { hasPoppler, pdfText } from "../test/poppler.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn } from "./lib/browser.ts";
import { settled, startMeeting } from "./lib/meeting-mode.ts";

/**
 * A whole meeting of the demo's Økonomiudvalget (a roster of seven) held in Chromium, each
 * person on their own device: the secretary takes the minutes, a room display and a member's
 * live view follow, members vote and ask to speak from their own browsers. Birgitte Holm sends
 * apologies and her substitute Lotte Kjær is called in, Karsten Møller arrives at item 2, Aisha
 * Rahimi is inhabil at item 3; the network goes for 30 seconds while decisions are typed. The
 * minutes are published and four members approve them.
 */

const enabled = hasChromium() && hasPoppler();
let server: DemoServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close();
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 810, height: 1080 },
] as const;

async function device(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchChromium();
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewportSize(SIZES[0]);
  await logIn(page, server.url, email);
  return { context, page };
}

async function axeAtBothSizes(page: Page, name: string, problems: Record<string, string[]>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const found = await axeViolations(page);
    if (found.length > 0) problems[`${name} ${size.width}`] = found;
  }
  await page.setViewportSize(SIZES[0]);
}

/** Waits until meeting mode has nothing queued, typed, sent or being refreshed. */

const slot = (page: Page, name: string) => page.locator(`[data-room-slot=${name}]`).first();

describe.skipIf(!enabled)("a meeting of Økonomiudvalget held in Chromium", () => {
  it("is held, voted, minuted and approved without a page reload", async () => {
    const { db } = server.database;
    const problems: Record<string, string[]> = {};
    const [meeting] = await db
      .select({ id: meetings.id })
      .from(meetings)
      .innerJoin(committees, eq(committees.id, meetings.committeeId))
      .where(and(eq(committees.name, "Økonomiudvalget"), eq(meetings.status, "agenda_published")))
      .orderBy(asc(meetings.startsAt))
      .limit(1);
    if (!meeting) throw new Error("no meeting of Økonomiudvalget with a published agenda");
    const base = `${server.url}/app/moeder/${meeting.id}`;
    const people = await db
      .select({ id: meetingParticipants.id, name: meetingParticipants.name })
      .from(meetingParticipants)
      .where(eq(meetingParticipants.meetingId, meeting.id));
    expect(people).toHaveLength(7);
    const pid = (name: string) => people.find((p) => p.name === name)?.id ?? 0;
    const items = await db
      .select({ id: agendaItems.id, number: agendaItems.number })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(asc(agendaItems.position));
    expect(items.length).toBeGreaterThanOrEqual(4);
    const [one, two, three] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];

    // The minute taker opens meeting mode; the room display and a member's live view follow.
    const taker = await device("sekretaer@eksempel.dk");
    const hold = taker.page;
    await hold.goto(`${base}/afvikling`);
    await hold.waitForSelector("#hold-app.hold-js");
    let navigations = 0;
    hold.on("framenavigated", (frame) => {
      if (frame === hold.mainFrame()) navigations++;
    });
    const screen = (await device("sekretaer@eksempel.dk")).page;
    await screen.goto(`${base}/skaerm`);
    await screen.waitForSelector("[data-room-ready=true]");
    await screen.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    const live = (await device("medlem@eksempel.dk")).page;
    await live.goto(`${base}/live`);

    // Attendance: Birgitte Holm sends apologies, Lotte Kjær stands in, Karsten Møller is late.
    await hold.click("a[data-pane='fremmoede-sektion']");
    await hold.selectOption(`#deltager-${pid("Birgitte Holm")}-fremmoede`, "absent");
    await settled(hold);
    await hold.selectOption(`#deltager-${pid("Karsten Møller")}-fra`, String(two.id));
    await settled(hold);
    const [lotte] = await db.select().from(persons).where(eq(persons.name, "Lotte Kjær"));
    await hold.click("details:has(#indkald-person) > summary");
    await hold.selectOption("#indkald-person", String(lotte?.id));
    await hold.selectOption("#indkald-medlem", String(pid("Birgitte Holm")));
    await hold.getByRole("button", { name: "Indkald stedfortræderen" }).click();
    await settled(hold);
    await hold
      .getByText("Stedfortræderen er indkaldt og står nederst på listen over deltagere.")
      .waitFor();
    await axeAtBothSizes(hold, "fremmøde", problems);

    // The meeting starts; item 1 is taken up: the display shows it, six of seven seats present.
    await startMeeting(hold);
    await hold.click(`a[data-pane='afvikling-punkt-${one.id}']`);
    await hold.click(`#afvikling-punkt-${one.id} form[data-progress] button`);
    await settled(hold);
    await slot(screen, "quorum").getByText("Beslutningsdygtigt: 6 af 7").waitFor();
    await slot(screen, "item").getByText(`Punkt ${one.number}`, { exact: false }).waitFor();
    await hold.fill(`#tekst-${one.id}`, "Dagsordenen blev godkendt.");
    await settled(hold);
    await live.getByText("Dagsordenen blev godkendt.").waitFor();

    // Item 2: Karsten has arrived (seven present); members ask to speak and vote from devices.
    await hold.click(`a[data-pane='afvikling-punkt-${two.id}']`);
    await hold.click(`#afvikling-punkt-${two.id} form[data-progress] button`);
    await settled(hold);
    await slot(screen, "quorum").getByText("Beslutningsdygtigt: 7 af 7").waitFor();
    const voters = ["Mads Medlem", "Henrik Dahl", "Nanna Vinther", "Lotte Kjær"];
    const devices: Page[] = [];
    for (const name of voters) {
      const email = name === "Mads Medlem" ? "medlem@eksempel.dk" : demoEmailOf(name);
      const page = (await device(email)).page;
      await page.goto(`${base}/deltag`);
      await page.waitForSelector("[data-room-ready=true]");
      devices.push(page);
    }
    const [mads, henrik, nanna, lotteDevice] = devices as [Page, Page, Page, Page];
    await henrik.getByRole("button", { name: "Bed om ordet" }).click();
    await henrik.getByText("Du er nummer 1 på talerlisten.").waitFor();
    await slot(screen, "speakers").getByText("Henrik Dahl").waitFor();
    const chair = (await device("sekretaer@eksempel.dk")).page;
    await chair.goto(`${base}/ordstyrer`);
    await chair.getByRole("button", { name: "Giv ordet til Henrik Dahl" }).click();
    await slot(screen, "speakers").getByText("Henrik Dahl").waitFor();
    await chair.getByRole("button", { name: "Stop taletiden" }).click();
    await axeAtBothSizes(chair, "ordstyrer", problems);

    await chair.selectOption("#ordstyrer-punkt", String(two.id));
    await chair.fill("input[name=subject]", "Indstillingen");
    await chair.getByRole("button", { name: "Start afstemning" }).click();
    await slot(screen, "vote").getByText("0 af 7 har stemt").waitFor();
    const choices: [Page, string][] = [
      [mads, "For"],
      [henrik, "For"],
      [nanna, "Imod"],
      [lotteDevice, "Undlader"],
    ];
    for (const [page, choice] of choices) {
      await page.getByRole("button", { name: choice, exact: true }).click();
      await page.getByText(`Din stemme er afgivet: ${choice}.`).waitFor();
    }
    await axeAtBothSizes(mads, "deltag", problems);
    await slot(screen, "vote").getByText("4 af 7 har stemt").waitFor();
    // Three have not voted: the chair closes only when saying so.
    await chair.getByRole("button", { name: "Afslut afstemningen" }).click();
    await chair.getByText("3 af de 7, der kan stemme, har ikke stemt endnu.").waitFor();
    await chair.getByLabel("Afslut, selv om ikke alle har stemt").check();
    await chair.getByRole("button", { name: "Afslut afstemningen" }).click();
    await slot(screen, "vote").getByText("(For 2, imod 1, undlod 1)", { exact: false }).waitFor();
    // Carried: 2 for, 1 against; the abstention does not count.
    expect(await slot(screen, "vote").textContent()).not.toMatch(/ikke vedtaget/i);
    expect(await slot(screen, "vote").textContent()).toContain("Vedtaget");
    await axeAtBothSizes(screen, "skærm", problems);
    // By keyboard the caret lands after the text the form offers, so typing adds to it.
    await hold.focus(`#afvikling-punkt-${two.id} input[name=udfald]:checked`);
    await hold.keyboard.press("Tab");
    expect(
      await hold.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement;
        return [field.id, field.value.length > 0 && field.selectionStart === field.value.length];
      }),
    ).toEqual([`tekst-${two.id}`, true]);
    await hold.fill(`#tekst-${two.id}`, "Indstillingen blev godkendt.");
    await settled(hold);

    // Item 3: Aisha Rahimi is inhabil; the network goes for 30 seconds while typing.
    await hold.click(`a[data-pane='afvikling-punkt-${three.id}']`);
    await hold.click(`#afvikling-punkt-${three.id} form[data-progress] button`);
    await settled(hold);
    await hold.click(`#inhabil-titel-${three.id}`);
    await hold.selectOption(`#inhabil-${three.id}`, String(pid("Aisha Rahimi")));
    await hold.fill(`#inhabil-note-${three.id}`, "nær familie til ansøgeren");
    await hold.getByRole("button", { name: "Registrér inhabilitet" }).click();
    await settled(hold);
    await slot(screen, "quorum").getByText("Beslutningsdygtigt: 6 af 7").waitFor();
    // Without a reload: she is no longer among those who vote, nor offered as inhabil again.
    await expect
      .poll(() => hold.locator(`#stemmegrid-${three.id}`).innerText(), { timeout: 15_000 })
      .not.toContain("Aisha Rahimi");
    expect(
      await hold
        .locator(`#inhabil-${three.id} option`)
        .evaluateAll((o) => o.map((x) => x.textContent)),
    ).not.toContain("Aisha Rahimi");
    // The emptied form starts again at whom the next inhabilitet is for.
    expect(await hold.evaluate(() => document.activeElement?.id)).toBe(`inhabil-${three.id}`);
    await taker.context.setOffline(true);
    await hold.fill(`#tekst-${three.id}`, "Udvalget anbefaler");
    await hold.waitForTimeout(15_000);
    await hold
      .locator(`#tekst-${three.id}`)
      .pressSequentially(" indstillingen over for Kommunalbestyrelsen.", { delay: 30 });
    await hold.waitForTimeout(13_000);
    expect(await hold.locator("#hold-save-status").textContent()).toMatch(/^Offline – /);
    await taker.context.setOffline(false);
    await settled(hold);
    expect(navigations).toBe(0);
    await axeAtBothSizes(hold, "afvikling", problems);
    const saved = await db
      .select({ itemId: decisions.agendaItemId, text: decisions.text })
      .from(decisions)
      .where(inArray(decisions.agendaItemId, [one.id, two.id, three.id]));
    expect(saved.find((d) => d.itemId === three.id)?.text).toBe(
      "Udvalget anbefaler indstillingen over for Kommunalbestyrelsen.",
    );
    await live
      .getByText("Udvalget anbefaler indstillingen over for Kommunalbestyrelsen.")
      .waitFor();
    await axeAtBothSizes(live, "live", problems);
    expect(await screen.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );

    // The remaining items are decided too; then the meeting ends, the minutes go out and four
    // members approve them.
    for (const item of items.slice(3)) {
      await hold.click(`a[data-pane='afvikling-punkt-${item.id}']`);
      await hold.click(`#afvikling-punkt-${item.id} form[data-progress] button`);
      await settled(hold);
      await hold.fill(`#tekst-${item.id}`, "Udvalget tog orienteringen til efterretning.");
      await settled(hold);
    }
    // The demo's meeting may lie ahead: then it is held early, as the secretary says.
    const early = hold.getByLabel("Mødet er holdt før den planlagte dag");
    if ((await early.count()) > 0) await early.check();
    await hold.getByRole("button", { name: "Registrér mødet som afholdt" }).click();
    await hold.waitForURL(/afvikling/);
    await hold.goto(`${base}/referat`);
    await hold.getByRole("button", { name: "Offentliggør referatet" }).click();
    await hold.waitForLoadState();
    for (const page of devices) {
      await page.goto(`${base}/referat`);
      await page.getByRole("button", { name: "Godkend referatet" }).click();
      await page.getByText("Du godkendte referatet", { exact: false }).waitFor();
    }
    await axeAtBothSizes(mads, "referat (medlem)", problems);
    const signed = await db
      .select()
      .from(minutesSignoffs)
      .where(eq(minutesSignoffs.meetingId, meeting.id));
    expect(signed).toHaveLength(4);

    // The minutes, as a page and as a PDF, say all of it.
    await hold.goto(`${base}/referat`);
    const html = (await hold.locator("main").textContent()) ?? "";
    const pdf = await hold.request.get(`${base}/dokument.pdf`);
    expect(pdf.status()).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.body()))).replace(/\s+/g, " ");
    for (const [name, body] of [
      ["HTML", html.replace(/\s+/g, " ")],
      ["PDF", text],
    ] as const) {
      expect(body, name).toContain("Birgitte Holm");
      expect(body, name).toContain("Lotte Kjær");
      expect(body, name).toMatch(/Karsten Møller[^.]*punkt 2/);
      expect(body, name).toContain("Aisha Rahimi deltog ikke i behandlingen af punktet");
      expect(body, name).toContain("Beslutningsdygtigt: 7 af 7 medlemmer deltager i behandlingen.");
      expect(body, name).toContain("Beslutningsdygtigt: 6 af 7 medlemmer deltager i behandlingen.");
      expect(body, name).toMatch(/Mads Medlem[^.]*Henrik Dahl/);
      expect(body, name).toContain("Forslaget blev vedtaget.");
      expect(body, name).toMatch(/Godkendt af: .*Mads Medlem/);
    }
    await axeAtBothSizes(hold, "referat", problems);
    expect(problems).toEqual({});
  }, 600_000);
});
