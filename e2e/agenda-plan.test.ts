import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { committees, memberNotes } from "../src/db/schema/index.ts";
import { DEMO_PASSWORD } from "../src/domain/demo/generate-demo-data.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core (WCAG 2.1 A/AA) and sideways scrolling, at the iPad and the phone size. */
async function audit(page: Page): Promise<string[]> {
  const found: string[] = [];
  const size = page.viewportSize();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Evaluated over the DevTools protocol: the pages' CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
    const result = (await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
          runOnly: { type: "tag", values: tags },
        }),
      TAGS,
    )) as AxeResult;
    for (const v of result.violations) {
      found.push(
        `${viewport.width}: ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    }
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    if (scrollWidth > innerWidth) found.push(`${viewport.width}: sideways ${scrollWidth}`);
  }
  if (size) await page.setViewportSize(size);
  return found;
}

async function logIn(page: Page, email: string) {
  await page.goto(`${server.url}/login`);
  await page.fill("#email", email);
  await page.fill("#password", DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL(/\/app/),
    page.click("form[action='/login'] button[type=submit]"),
  ]);
}

async function logOut(page: Page) {
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/app")),
    page.click("form[action='/logout'] button"),
  ]);
}

/** "2026-05-12" some weeks ahead, on a Wednesday, so the lead time is kept. */
function aWednesdayAhead(): string {
  const d = new Date(Date.now() + 42 * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

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

describe.skipIf(!enabled)("planning and assembling an agenda in Chromium", () => {
  it("secretary plans, assembles, reorders by keyboard and publishes; a member reads and notes", async () => {
    const { db } = server.database;
    const [committee] = await db
      .select({ id: committees.id })
      .from(committees)
      .where(eq(committees.name, "Økonomiudvalget"));
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const problems: Record<string, string[]> = {};
    const check = async (name: string) => {
      const found = await audit(page);
      if (found.length > 0) problems[name] = found;
    };

    // The secretary plans a meeting of Økonomiudvalget.
    await logIn(page, "sekretaer@eksempel.dk");
    await page.goto(`${server.url}/app/moeder/ny?udvalg=${committee?.id}`);
    expect(await page.locator("h1").textContent()).toBe("Planlæg møde");
    await check("plan form");
    await page.fill("#dato", aWednesdayAhead());
    await page.fill("#start", "16:00");
    await page.fill("#slut", "17:00");
    await page.fill("#sted", "Mødelokale E2E");
    await page.fill("#gaester", "Eva Holm, Arkitekt");
    await Promise.all([
      page.waitForURL(/\/app\/moeder\/\d+\?ok=planlagt/),
      page.click(".agenda-plan-form button[type=submit]"),
    ]);
    const meetingUrl = page.url().split("?")[0] as string;
    await expect(page.locator("#agenda-status").textContent()).resolves.toBe("Mødet er planlagt.");
    // Standing items from the committee's settings are already there.
    const rows = page.locator("#agenda-order li.agenda-row");
    expect(await rows.count()).toBe(2);
    await check("planned meeting");

    // Five approved cases join them, before the closing standing item.
    const boxes = page.locator("input[name=sag]");
    expect(await boxes.count()).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < 5; i++) await boxes.nth(i).check();
    await Promise.all([
      page.waitForURL(/ok=tilfoejet/),
      page.click("form[action$='/dagsorden/sager'] button[type=submit]"),
    ]);
    expect(await rows.count()).toBe(7);
    const titles = await page.locator("#agenda-order .agenda-row-title").allTextContents();
    expect(titles[0]).toContain("1. Godkendelse af dagsorden og referat");
    expect(titles[6]).toContain("7. Temaer til kommende møder og eventuelt");
    // Five cases of 10-30 minutes do not fit in one hour: the overrun is shown.
    await expect(page.locator("#agenda-overrun").textContent()).resolves.toMatch(
      /^Advarsel: Dagsordenen løber \d+ min\. over mødets sluttidspunkt/,
    );
    await check("assembled agenda");

    // Keyboard only: the second item moves down with Enter on its button; the island keeps
    // focus on the moved item and the time slots follow.
    const second = rows.nth(1);
    const itemId = await second.getAttribute("data-item-id");
    const slotBefore = await page.locator(`#dp-${itemId} .agenda-slot`).textContent();
    const thirdSlot = await rows.nth(2).locator(".agenda-slot").textContent();
    expect(slotBefore).toMatch(/^16\.05-16\.\d\d$/);
    await page.locator(`#flyt-ned-${itemId}`).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) =>
        document.querySelector("#agenda-order li:nth-child(3)")?.getAttribute("data-item-id") ===
        id,
      itemId,
    );
    const slotAfter = await page.locator(`#dp-${itemId} .agenda-slot`).textContent();
    expect(slotAfter).not.toBe(slotBefore);
    // The item that moved up now starts the slot the moved one had, which follows it.
    const otherSlot = (await rows.nth(1).locator(".agenda-slot").textContent()) ?? "";
    expect(otherSlot.slice(0, 5)).toBe("16.05");
    expect(otherSlot).not.toBe(thirdSlot);
    expect(slotAfter?.slice(0, 5)).toBe(otherSlot.slice(otherSlot.indexOf("-") + 1));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`flyt-ned-${itemId}`);
    await page.waitForFunction(
      () => document.getElementById("agenda-status")?.textContent === "Punktet er nu punkt 3.",
    );
    // The drag handle moves it back with the arrow key.
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
    await check("reordered agenda");

    // Publishing.
    await Promise.all([
      page.waitForURL(/ok=udsendt/),
      page.click("form[action$='/dagsorden/udsend'] button"),
    ]);
    await expect(page.locator("#agenda-status").textContent()).resolves.toBe(
      "Dagsordenen er udsendt.",
    );
    expect(await page.locator(".tag").first().textContent()).toBe("Dagsorden offentliggjort");
    await check("published agenda");

    // The committee's year calendar, its themes backlog and the private calendar link.
    const year = (await page.locator("time").first().getAttribute("datetime"))?.slice(0, 4);
    await page.goto(`${server.url}/app/udvalg/${committee?.id}/kalender/${year}`);
    expect(await page.locator(`a[href='${new URL(meetingUrl).pathname}']`).count()).toBe(1);
    await check("year calendar");
    await page.goto(`${server.url}/app/udvalg/${committee?.id}/temaer`);
    expect(await page.locator(".themes-list h2").count()).toBeGreaterThanOrEqual(2);
    await check("themes");
    await page.goto(`${server.url}/app/udvalg/${committee?.id}/faste-punkter`);
    expect(await page.locator(".themes-list strong").allTextContents()).toEqual([
      "Godkendelse af dagsorden og referat",
      "Temaer til kommende møder og eventuelt",
    ]);
    await check("standing items");
    await page.goto(`${server.url}/app/kalender`);
    await Promise.all([
      page.waitForLoadState("load"),
      page.click("form[action='/app/kalender'] button"),
    ]);
    const feedUrl = await page.locator("#kalenderlink").inputValue();
    expect(feedUrl).toMatch(/\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    await check("calendar link");
    const feed = await fetch(feedUrl);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await feed.text()).toContain(`URL:${meetingUrl}`);
    await page.goto(meetingUrl);
    await logOut(page);

    // A member reads it on the iPad and writes a private note on item 2.
    await logIn(page, "medlem@eksempel.dk");
    await page.goto(meetingUrl);
    expect(await page.locator("#sammensaetning").count()).toBe(0);
    expect(await page.locator("h2#punkt-2-titel").textContent()).toMatch(/^Punkt 2: .+ \(16\.05-/);
    await check("member reading");
    const note = page.locator(`#note-${itemId}-tekst`);
    await note.fill("Spørg til prisen pr. kilometer.");
    await Promise.all([
      page.waitForURL(/ok=note/),
      page.click(`#note-${itemId} button[type=submit]`),
    ]);
    await expect(page.locator("#agenda-status").textContent()).resolves.toBe("Noten er gemt.");
    expect(await page.locator(`#note-${itemId}-tekst`).inputValue()).toBe(
      "Spørg til prisen pr. kilometer.",
    );
    await Promise.all([
      page.waitForURL(/ok=laest/),
      page.click("form[action$='/dagsorden/laest'] button"),
    ]);
    await expect(page.locator(".agenda-reading").textContent()).resolves.toContain(
      "Intet er ændret, siden du sidst læste dagsordenen.",
    );
    await check("member after note");
    const notes = await db.select().from(memberNotes);
    expect(notes.map((n) => n.body)).toEqual(["Spørg til prisen pr. kilometer."]);
    await page.close();
    expect(problems).toEqual({});
  }, 240_000);
});
