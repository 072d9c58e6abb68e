import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../src/db/schema/index.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../src/domain/agenda/publish-agenda.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn } from "./lib/browser.ts";
import { demoAgendaStart } from "./lib/demo-agenda.ts";

const MEMBER = "medlem@eksempel.dk";
const TARGETS = [
  ".toc a",
  ".agenda-links a",
  ".downloads a",
  ".item .attachments a",
  ".agenda-reading .button",
  ".agenda-note textarea",
  ".agenda-note .button",
];

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;
let meetingId = 0;
let items = 0;

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  const db = server.database.db;
  const { committee, principal, approvedCaseIds } = await demoAgendaStart(db);
  const planned = await planMeeting(db, principal, {
    committeeId: committee.id,
    date: "2031-04-09",
    start: "16:00",
    end: "18:00",
    location: "Læsesalen",
  });
  meetingId = planned.meetingId;
  await addCasesToAgenda(db, principal, { meetingId, caseIds: approvedCaseIds.slice(0, 5) });
  await publishAgenda(db, principal, { meetingId });
  const [member] = await db.select().from(users).where(eq(users.email, MEMBER));
  if (!member) throw new Error("demo member missing");
  // An iPad in landscape: a touch screen of 1024 × 768.
  browser = await launchChromium({ hasTouch: true, viewport: { width: 1024, height: 768 } });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const readState = (page: Page) => page.locator("[data-read-state]").innerText();

describe.skipIf(!enabled)("a member reads the agenda on an iPad", () => {
  it("has 44 px targets, confirms a note beside it without a jump, and is read once every item is opened", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await logIn(page, server.url, MEMBER);
    await page.goto(`${server.url}/app/moeder/${meetingId}`);
    expect(await axeViolations(page)).toEqual([]);
    // The cases and the committee's standing items.
    items = await page.locator(".agenda-note").count();
    expect(items).toBeGreaterThanOrEqual(5);

    // Every link and control a finger uses on the agenda is at least 44 × 44 px.
    const small: string[] = [];
    let measured = 0;
    for (const selector of TARGETS) {
      for (const box of await page.locator(selector).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { width: r.width, height: r.height, text: el.textContent?.trim() ?? "" };
        }),
      )) {
        measured++;
        if (box.width < 44 || box.height < 44) {
          small.push(`${selector} »${box.text.slice(0, 30)}« ${box.width}×${box.height}`);
        }
      }
    }
    expect(small).toEqual([]);
    expect(measured).toBeGreaterThan(2 * items);
    expect(await readState(page)).toContain("ikke markeret");

    // A note is saved where the member is: the confirmation beside it, the page stays put.
    const note = page.locator(".agenda-note").nth(2);
    await note.locator("textarea").scrollIntoViewIfNeeded();
    await note.locator("textarea").tap();
    await page.keyboard.type("Spørg til tidsplanen.");
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await note.getByRole("button", { name: "Gem note" }).tap();
    const status = note.locator("[data-note-status]");
    await expect.poll(() => status.innerText()).toMatch(/^Noten er gemt kl\. \d\d[.:]\d\d\.$/);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(page.url()).toBe(`${server.url}/app/moeder/${meetingId}`);
    const statusBox = await status.boundingBox();
    const buttonBox = await note.getByRole("button", { name: "Gem note" }).boundingBox();
    expect(Math.abs((statusBox?.y ?? 0) - (buttonBox?.y ?? 0))).toBeLessThan(80);
    expect(statusBox?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(statusBox?.y ?? 1e6).toBeLessThan(768);
    expect(await axeViolations(page)).toEqual([]);

    // Opening every item from the table of contents marks the agenda read.
    const links = page.locator(".toc a");
    expect(await links.count()).toBe(items);
    for (let i = 0; i < items; i++) {
      await links.nth(i).scrollIntoViewIfNeeded();
      await links.nth(i).tap();
      await page.waitForTimeout(1300);
    }
    await expect
      .poll(() => readState(page), { timeout: 10_000 })
      .toBe("Mødet er markeret som læst.");
    await page.reload();
    expect(await readState(page)).toContain("Du markerede sidst mødet som læst");
    expect(await page.locator(".agenda-note[data-opened]").count()).toBe(items);
    expect(await note.locator("textarea").inputValue()).toBe("Spørg til tidsplanen.");
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("saves a note without a script, as a plain form", async () => {
    // Still signed in from the test above; the page's scripts never arrive.
    const page = await browser.newPage();
    // The offline app's service worker (registered above) would fetch the scripts itself.
    await page.goto(`${server.url}/app`);
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    });
    await page.route("**/assets/js/**", (route) => route.abort());
    await page.goto(`${server.url}/app/moeder/${meetingId}`);
    const note = page.locator(".agenda-note").first();
    await note.locator("textarea").fill("Uden script.");
    await Promise.all([
      page.waitForNavigation(),
      note.getByRole("button", { name: "Gem note" }).click(),
    ]);
    expect(page.url()).toContain("ok=note");
    expect(await page.locator(".agenda-note textarea").first().inputValue()).toBe("Uden script.");
    await page.close();
  }, 60_000);
});
