import { and, asc, eq, isNotNull, ne } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../src/db/client.ts";
import { agendaItems, attachments, meetings, memberships, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { mayReadAttachment } from "../src/domain/attachment/may-read-attachment.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn } from "./lib/browser.ts";

/**
 * A member marks up a bilag on an iPad: opens it from the meeting page (»Åbn og markér«),
 * selects a passage in the rendered PDF, taps »Markér«, writes a note; after a reload it is
 * there. A second member of the committee never sees a private note and does see a shared one.
 * The viewer page is axe-clean; the keyboard path (↑/↓ in the text, M) marks too.
 */

const enabled = hasChromium();
const IPAD = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const MEMBER = "medlem@eksempel.dk";
let server: DemoServer;
let first: BrowserContext;
let second: BrowserContext;
let bilagId: number;
let otherEmail: string;

/** A PDF bilag the demo member may read, and another member of its committee who may too. */
async function findBilag(db: Db): Promise<{ id: number; other: string }> {
  const [member] = await db.select().from(users).where(eq(users.email, MEMBER));
  const principal = await loadPrincipal(db, member?.id ?? 0);
  if (!principal) throw new Error("no demo member");
  const rows = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.mediaType, "application/pdf"), isNotNull(attachments.storageKey)))
    .orderBy(asc(attachments.id));
  const committees = principal.roles.map((r) => r.committeeId);
  const others = await db
    .select({ id: users.id, email: users.email, committeeId: memberships.committeeId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.role, "member"), ne(users.email, MEMBER)));
  for (const row of rows) {
    if (!(await mayReadAttachment(db, principal, row))) continue;
    for (const o of others.filter((x) => committees.includes(x.committeeId))) {
      const p = await loadPrincipal(db, o.id);
      if (p && (await mayReadAttachment(db, p, row))) return { id: row.id, other: o.email };
    }
  }
  throw new Error("no PDF bilag two members may read");
}

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  ({ id: bilagId, other: otherEmail } = await findBilag(server.database.db));
  first = await launchChromium(IPAD);
  second = await launchChromium(IPAD);
}, 180_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await server?.close();
});

/** Opens the viewer and waits until the PDF's text layer holds words. */
async function openViewer(page: Page): Promise<void> {
  await page.goto(`${server.url}/app/bilag/${bilagId}/vis`);
  await page.waitForSelector(".pdf-page .textLayer span", { timeout: 30_000 });
  await page.waitForSelector("#bilag-viewer.is-ready");
}

/** Selects the words of the text layer's line that contains `text`, as a finger would. */
async function selectLine(page: Page, text: string): Promise<string> {
  return page.evaluate((needle) => {
    const span = [...document.querySelectorAll(".textLayer span")].find((s) =>
      s.textContent?.includes(needle),
    );
    const node = span?.firstChild as Text | undefined;
    if (!node) throw new Error(`no line with ${needle}`);
    window.getSelection()?.setBaseAndExtent(node, 0, node, node.length);
    return node.data;
  }, text);
}

/** Marks the selection with the toolbar's button and saves a note. */
async function markAndSave(page: Page, note: string, shared: boolean): Promise<void> {
  await page.tap("[data-mark]");
  await page.waitForSelector("[data-form]:not([hidden])");
  await page.fill("#annotation-note", note);
  if (shared) await page.check("input[name=visibility][value=committee]");
  await page.tap("[data-form] button[type=submit]");
  await page.waitForFunction(
    (t) => document.querySelector("[data-list]")?.textContent?.includes(t),
    note,
  );
}

const listText = (page: Page) => page.locator("[data-list]").innerText();

describe.skipIf(!enabled)("marking up a bilag on an iPad", () => {
  it("is reached from the meeting page, marks by touch, and keeps the note on reload", async () => {
    const page = await first.newPage();
    await logIn(page, server.url, MEMBER);
    // The meeting page links the viewer next to the bilag.
    const [row] = await server.database.db
      .select({ meetingId: agendaItems.meetingId })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
      .where(eq(attachments.id, bilagId));
    await page.goto(`${server.url}/app/moeder/${row?.meetingId}`);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/vis$/),
      page.click(`a.annotate-link[href="/app/bilag/${bilagId}/vis"]`),
    ]);
    await page.waitForSelector("#bilag-viewer.is-ready", { timeout: 30_000 });
    // The way back leads to the meeting page it was opened from.
    expect(await page.locator("[data-back] a").getAttribute("href")).toBe(
      `/app/moeder/${row?.meetingId}`,
    );
    expect(await page.locator("[data-back]").isVisible()).toBe(true);
    // The canvas pdf.js measures text on (added after the page's footer) takes no room: outside
    // every landmark, it was content a screen reader could land on.
    const shownCanvases = await page.evaluate(
      () =>
        [...document.querySelectorAll("canvas")].filter(
          (c) => !c.closest("#bilag-viewer") && c.getClientRects().length > 0,
        ).length,
    );
    expect(shownCanvases).toBe(0);

    // At the first page there is no page before it.
    expect(await page.locator("[data-prev]").isDisabled()).toBe(true);
    // Touch targets: the page controls and »Markér« are at least 44 px.
    for (const selector of ["[data-prev]", "[data-next]", "[data-mark]"]) {
      const box = await page.locator(selector).boundingBox();
      expect(box?.width, selector).toBeGreaterThanOrEqual(44);
      expect(box?.height, selector).toBeGreaterThanOrEqual(44);
    }

    const quote = await selectLine(page, "eksempeldata");
    await markAndSave(page, "Privat note om eksempeldata", false);
    await expect.poll(() => page.locator(".highlight").count()).toBeGreaterThan(0);

    await selectLine(page, "mødepakke");
    await markAndSave(page, "Delt note om mødepakken", true);

    await page.reload();
    await page.waitForSelector("#bilag-viewer.is-ready", { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll("[data-list] li").length >= 2);
    const list = await listText(page);
    expect(list).toContain("Privat note om eksempeldata");
    expect(list).toContain("Delt note om mødepakken");
    expect(list).toContain(quote.trim().slice(0, 20));
    expect(await page.locator(".highlight").count()).toBeGreaterThanOrEqual(2);
    if (process.env.E2E_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/bilag-viewer.png` });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows a second member the shared note but never the private one", async () => {
    const page = await second.newPage();
    await logIn(page, server.url, otherEmail);
    await openViewer(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-list] li").length >= 1);
    const list = await listText(page);
    expect(list).toContain("Delt note om mødepakken");
    expect(list).not.toContain("Privat note om eksempeldata");
    // Someone else's note: no edit or delete.
    expect(await page.locator("[data-list] button", { hasText: "Slet" }).count()).toBe(0);
    await page.close();
  }, 120_000);

  it("marks by keyboard and moves between annotations with Enter", async () => {
    const page = await first.newPage();
    await openViewer(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-list] li").length >= 2);
    await page.focus(".pdf-page .textLayer");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("m");
    await page.waitForSelector("[data-form]:not([hidden])");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("annotation-note");
    await page.keyboard.type("Note skrevet med tastaturet");
    // The note, then the choice of who may see it (one stop), then »Gem note«.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      document.querySelector("[data-list]")?.textContent?.includes("Note skrevet med tastaturet"),
    );
    // The form is gone; focus is on the saved marking in the list.
    expect(
      await page.evaluate(() => document.activeElement?.closest("li")?.textContent ?? ""),
    ).toContain("Note skrevet med tastaturet");
    const jump = page.locator("[data-list] [data-jump]").first();
    await jump.focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".highlight.is-current").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("textLayer"))).toBe(
      true,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 120_000);

  it("takes a deleted marking back with »Fortryd«, by keyboard", async () => {
    const page = await first.newPage();
    await openViewer(page);
    await page.waitForFunction(() =>
      document.querySelector("[data-list]")?.textContent?.includes("Privat note om eksempeldata"),
    );
    const order = () => page.locator("[data-list] .annotation-quote-text").allInnerTexts();
    const before = await order();
    const item = page.locator("[data-list] li", { hasText: "Privat note om eksempeldata" });
    await item.locator("button", { hasText: "Slet" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      () =>
        !document
          .querySelector("[data-list]")
          ?.textContent?.includes("Privat note om eksempeldata"),
    );
    // The marking leaves the list at once; the notice follows the server's answer.
    await page.waitForFunction(
      () => document.querySelector("[data-status]")?.textContent === "Markeringen er slettet.",
    );
    // The pressed »Slet« went with its marking; focus is on the way to take it back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Fortryd");
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      document.querySelector("[data-list]")?.textContent?.includes("Privat note om eksempeldata"),
    );
    expect(await page.locator("[data-status]").innerText()).toBe("Markeringen er gendannet.");
    // Back in its place in the list, not at its end.
    expect(await order()).toEqual(before);
    expect(await page.locator("[data-undo]").isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.closest("li")?.textContent ?? ""),
    ).toContain("Privat note om eksempeldata");
    await page.reload();
    await page.waitForSelector("#bilag-viewer.is-ready", { timeout: 30_000 });
    await page.waitForFunction(() =>
      document.querySelector("[data-list]")?.textContent?.includes("Privat note om eksempeldata"),
    );
    // Still private: the marking came back as it was.
    expect(await listText(page)).toContain("Kun dig");
    await page.close();
  }, 120_000);

  it("keeps a note written offline and sends it when the connection is back", async () => {
    const page = await second.newPage();
    await openViewer(page);
    await selectLine(page, "eksempeldata");
    await second.setOffline(true);
    await page.tap("[data-mark]");
    await page.fill("#annotation-note", "Skrevet i toget");
    await page.tap("[data-form] button[type=submit]");
    await page.waitForFunction(() =>
      document.querySelector("[data-status]")?.textContent?.includes("Du er offline"),
    );
    expect(await listText(page)).toContain("Ikke sendt endnu");
    await second.setOffline(false);
    await page.waitForFunction(
      () =>
        document.querySelector("[data-list]")?.textContent?.includes("Skrevet i toget") &&
        !document.querySelector("[data-list]")?.textContent?.includes("Ikke sendt endnu"),
    );
    await page.reload();
    await page.waitForSelector("#bilag-viewer.is-ready", { timeout: 30_000 });
    await page.waitForFunction(() =>
      document.querySelector("[data-list]")?.textContent?.includes("Skrevet i toget"),
    );
    await page.close();
  }, 120_000);

  it("keeps the text and says so in Danish when access to the bilag was lost", async () => {
    const page = await second.newPage();
    await openViewer(page);
    await selectLine(page, "mødepakke");
    await page.tap("[data-mark]");
    await page.fill("#annotation-note", "Min vigtige tekst");
    const { db } = server.database;
    const [user] = await db.select().from(users).where(eq(users.email, otherEmail));
    const [bilag] = await db
      .select({ committeeId: meetings.committeeId })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(attachments.id, bilagId));
    const removed = await db
      .delete(memberships)
      .where(
        and(
          eq(memberships.userId, user?.id ?? 0),
          eq(memberships.committeeId, bilag?.committeeId ?? 0),
        ),
      )
      .returning();
    try {
      await page.tap("[data-form] button[type=submit]");
      await page.waitForFunction(() =>
        document.querySelector("[data-status]")?.textContent?.includes("Noten blev ikke gemt"),
      );
      expect(await page.locator("[data-status]").innerText()).toContain(
        "Bilaget findes ikke, eller du har ikke længere adgang til det.",
      );
      expect(await page.inputValue("#annotation-note")).toBe("Min vigtige tekst");
      expect(await page.locator("[data-form]").isVisible()).toBe(true);
    } finally {
      await db.insert(memberships).values(removed.map(({ id: _, ...row }) => row));
    }
    await page.close();
  }, 120_000);
});
