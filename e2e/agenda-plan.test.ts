import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { auditor, logIn, logOut, wednesdayIn } from "./lib/browser.ts";
import { demoAgendaStart } from "./lib/demo-agenda.ts";

/**
 * The agenda page's own tools, beyond the one flow in meeting-flow.test.ts: moving with the
 * drag handle's arrow keys and with the mouse, the year calendar, themes, standing items, the
 * private calendar link (shown once, not remade by a reload) and "mark as read".
 */

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A planned meeting of Økonomiudvalget with five approved cases, made through the use cases. */
async function assembledAgenda(): Promise<{ committeeId: number; meetingUrl: string }> {
  const { db } = server.database;
  const { committee, principal, approvedCaseIds } = await demoAgendaStart(db);
  const { meetingId } = await planMeeting(db, principal, {
    committeeId: committee.id,
    date: wednesdayIn(42),
    start: "16:00",
    end: "17:00",
    location: "Mødelokale E2E",
    guests: "",
  });
  await addCasesToAgenda(db, principal, { meetingId, caseIds: approvedCaseIds.slice(0, 5) });
  return { committeeId: committee.id, meetingUrl: `${server.url}/app/moeder/${meetingId}` };
}

describe.skipIf(!enabled)("the agenda page's tools in Chromium", () => {
  it("moves items with the handle's arrow keys and the mouse; calendars, themes, standing items, the calendar link; a member marks the agenda read", async () => {
    const { committeeId, meetingUrl } = await assembledAgenda();
    const { problems, check } = auditor();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page, server.url, "sekretaer@eksempel.dk");
    await page.goto(meetingUrl);
    const rows = page.locator("#agenda-order li.agenda-row");
    expect(await rows.count()).toBe(7);

    // The drag handle moves its item with the arrow keys; focus stays on the handle.
    const itemId = await rows.nth(1).getAttribute("data-item-id");
    const slotBefore = await page.locator(`#dp-${itemId} .agenda-slot`).textContent();
    expect(slotBefore).toMatch(/^16\.05-16\.\d\d$/);
    await page.locator(`#greb-${itemId}`).focus();
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      () => document.getElementById("agenda-status")?.textContent === "Punktet er nu punkt 3.",
    );
    expect(await rows.nth(2).getAttribute("data-item-id")).toBe(itemId);
    expect(await page.locator(`#dp-${itemId} .agenda-slot`).textContent()).not.toBe(slotBefore);
    await page.locator(`#greb-${itemId}`).focus();
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(
      (id) =>
        document.querySelector("#agenda-order li:nth-child(2)")?.getAttribute("data-item-id") ===
        id,
      itemId,
    );
    expect(await page.locator(`#dp-${itemId} .agenda-slot`).textContent()).toBe(slotBefore);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`greb-${itemId}`);
    // Dragging the third item's handle above the second with the mouse saves the new order.
    const thirdId = await rows.nth(2).getAttribute("data-item-id");
    const from = await page.locator(`#greb-${thirdId}`).boundingBox();
    const to = await rows.nth(1).boundingBox();
    if (!from || !to) throw new Error("no boxes");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(
      () => document.getElementById("agenda-status")?.textContent === "Rækkefølgen er gemt.",
    );
    expect(await rows.nth(1).getAttribute("data-item-id")).toBe(thirdId);
    expect(await rows.nth(1).locator(".agenda-slot").textContent()).toMatch(/^16\.05-/);
    expect(await rows.nth(1).locator(".agenda-row-title").textContent()).toMatch(/^2\. /);
    await check(page, "reordered agenda");
    // A refused edit (closed without a reason) keeps the form open with what was typed.
    const edited = await rows.nth(3).getAttribute("data-item-id");
    await page.locator(`#dp-${edited} details.agenda-edit > summary`).click();
    await page.locator(`#minutter-${edited}`).fill("20");
    await page.locator(`#lukket-${edited}`).check();
    await page.locator(`#dp-${edited} form.agenda-form button[type=submit]`).click();
    await page.waitForSelector("#fejl");
    expect(await page.locator("#fejl").innerText()).toContain("Styrelsesloven § 10");
    expect(await page.locator(`#dp-${edited} details.agenda-edit`).getAttribute("open")).toBe("");
    expect(await page.locator(`#minutter-${edited}`).inputValue()).toBe("20");
    expect(await page.locator(`#lukket-${edited}`).isChecked()).toBe(true);
    // The refusal links to the reason's field, marked invalid; the link puts the caret there.
    expect(await page.locator(`#begrundelse-${edited}`).getAttribute("aria-invalid")).toBe("true");
    await page.locator("#fejl a", { hasText: "Styrelsesloven § 10" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`begrundelse-${edited}`);
    await page.locator(`#lukket-${edited}`).uncheck();
    await page.locator(`#dp-${edited} form.agenda-form button[type=submit]`).click();
    await page.waitForFunction(() => !document.getElementById("fejl"));
    await Promise.all([page.waitForURL(/\/dagsorden\/udsend$/), page.click("a[href$='/udsend']")]);
    await Promise.all([
      page.waitForURL(/ok=udsendt/),
      page.click("form[action$='/dagsorden/udsend'] button"),
    ]);

    // The committee's year calendar, its themes backlog and standing items, from the dashboard.
    await page.goto(`${server.url}/app`);
    await Promise.all([
      page.waitForURL(/\/kalender\/\d{4}$/),
      page.click(`a[href^='/app/udvalg/${committeeId}/kalender/']`),
    ]);
    expect(await page.locator("h1").textContent()).toMatch(/^Mødekalender \d{4}: Økonomiudvalget$/);
    const year = wednesdayIn(42).slice(0, 4);
    await page.goto(`${server.url}/app/udvalg/${committeeId}/kalender/${year}`);
    expect(await page.locator(`a[href='${new URL(meetingUrl).pathname}']`).count()).toBe(1);
    await check(page, "year calendar");
    await page.goto(`${server.url}/app`);
    // Wait for the page: counting at once would count the dashboard's headings.
    await Promise.all([
      page.waitForURL(/\/temaer$/),
      page.click(`a[href='/app/udvalg/${committeeId}/temaer']`),
    ]);
    expect(await page.locator(".themes-list h2").count()).toBeGreaterThanOrEqual(2);
    await check(page, "themes");
    await page.goto(`${server.url}/app`);
    await Promise.all([
      page.waitForURL(/\/faste-punkter$/),
      page.click(`a[href='/app/udvalg/${committeeId}/faste-punkter']`),
    ]);
    expect(await page.locator(".themes-list strong").allTextContents()).toEqual([
      "Godkendelse af dagsorden og referat",
      "Temaer til kommende møder og eventuelt",
    ]);
    await check(page, "standing items");

    // The private calendar link: shown once after making it; a reload neither shows nor remakes it.
    await page.goto(`${server.url}/app`);
    await page.click("a[href='/app/kalender']");
    await Promise.all([
      page.waitForURL(/\/app\/kalender$/),
      page.click("form[action='/app/kalender'] button"),
    ]);
    const feedUrl = await page.locator("#kalenderlink").inputValue();
    expect(feedUrl).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    await check(page, "calendar link");
    await page.reload();
    expect(await page.locator("#kalenderlink").count()).toBe(0);
    expect(await page.textContent("main")).toContain("Du har et kalenderlink.");
    const feed = await fetch(feedUrl);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain(`URL:${meetingUrl}`);
    await logOut(page);

    // A member marks the agenda read: nothing has changed since.
    await logIn(page, server.url, "medlem@eksempel.dk");
    await page.goto(meetingUrl);
    expect(await page.locator("#sammensaetning").count()).toBe(0);
    await Promise.all([
      page.waitForURL(/ok=laest/),
      page.click("form[action$='/dagsorden/laest'] button"),
    ]);
    await expect(page.locator(".agenda-reading").textContent()).resolves.toContain(
      "Intet er ændret, siden du sidst markerede mødet som læst.",
    );
    await check(page, "member after reading");
    await page.close();
    expect(problems).toEqual({});
  }, 240_000);
});
