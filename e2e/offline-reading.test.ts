import { and, asc, eq, inArray } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  agendaItems,
  attachments,
  bilagAnnotations,
  committees,
  meetings,
  memberNotes,
  memberships,
  users,
} from "../src/db/schema/index.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn, logOut } from "./lib/browser.ts";

/**
 * A member's iPad without network: the member downloads a meeting, reads every item and bilag
 * with the network off, writes a private note and marks a passage of a bilag, both sent when
 * the network returns (and seen by no one else), and signing out removes the copy.
 */

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;

/** About an iPad (7th generation) held upright. */
const IPAD = {
  viewport: { width: 810, height: 1080 },
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: false,
} as const;

const NOTE = "Spørg til Skovsnogens budget – skrevet uden net";
const SECOND = "Husk at spørge til tidsplanen";
const ELSEWHERE = "Ændret på computeren på rådhuset";
const HIGHLIGHT = "Tjek dette tal mod regnskabet – markeret uden net";

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  browser = await launchChromium(IPAD);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Økonomiudvalget's next meeting with its agenda out, and two of its members. */
async function meetingAndMembers() {
  const { db } = server.database;
  const [committee] = await db
    .select()
    .from(committees)
    .where(eq(committees.name, "Økonomiudvalget"));
  if (!committee) throw new Error("no committee");
  const [meeting] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.committeeId, committee.id), eq(meetings.status, "agenda_published")))
    .orderBy(asc(meetings.startsAt));
  const members = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.committeeId, committee.id), eq(memberships.role, "member")))
    .orderBy(asc(users.id));
  const [first, second] = members;
  if (!meeting || !first || !second) throw new Error("demo data missing");
  return { meetingId: meeting.id, member: first, other: second };
}

/** The names of the Cache Storage caches, as the page sees them. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** A same-origin URL fetched from the page (through its service worker). */
const fetchInPage = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    try {
      const r = await fetch(u);
      const bytes = new Uint8Array(await r.arrayBuffer());
      let sum = 0;
      for (const b of bytes) sum = (sum * 31 + b) >>> 0;
      return { status: r.status, size: bytes.length, sum };
    } catch {
      return { status: 0, size: 0, sum: 0 };
    }
  }, url);

describe.skipIf(!enabled)("reading offline on the iPad", () => {
  it("downloads a meeting, reads it offline, sends the note and highlight later, forgets it at sign-out", async () => {
    const { meetingId, member, other } = await meetingAndMembers();
    const page = await browser.newPage();
    const meetingUrl = `${server.url}/app/moeder/${meetingId}`;
    await logIn(page, server.url, member.email);
    // A worker left under the scope an earlier version used ("/app/") is removed.
    const scopes = () =>
      page.evaluate(async () =>
        (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
      );
    await page.evaluate(async () => {
      const script = document.querySelector<HTMLMetaElement>('meta[name="referat-sw"]')?.content;
      await navigator.serviceWorker.register(script ?? "/sw.js", { scope: "/app/" });
    });
    expect(await scopes()).toContain("/app/");
    await page.goto(meetingUrl);
    await expect.poll(scopes, { timeout: 10_000 }).not.toContain("/app/");
    await page.reload();

    // Online: what the member reads, to compare with the offline copy.
    const meetingTitle = (await page.title()).replace(/ – Referat$/, "");
    const itemTitles = await page.locator("main section.item > h2").allTextContents();
    const itemTexts = await page.locator("main section.item").allInnerTexts();
    expect(itemTitles.length).toBeGreaterThan(0);
    const bilag = [
      ...new Set(
        await page
          .locator('main a[href^="/app/bilag/"]')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? "")),
      ),
    ];
    expect(bilag.length).toBeGreaterThan(0);
    const online = new Map<string, Awaited<ReturnType<typeof fetchInPage>>>();
    for (const href of bilag) online.set(href, await fetchInPage(page, href));

    // »Hent til offline«: progress, then »Tilgængelig offline« with the time and a count.
    const panel = page.locator("[data-offline-meeting]");
    await expect.poll(() => panel.isVisible(), { timeout: 20_000 }).toBe(true);
    await panel.locator("button[data-offline-download]").click();
    await expect
      .poll(() => panel.getAttribute("data-offline-state"), { timeout: 30_000 })
      .toBe("available");
    const status = await panel.locator("[data-offline-status]").textContent();
    expect(status).toMatch(/^Tilgængelig offline – hentet .+, \d+ sider og bilag\.$/);
    const count = Number(/(\d+) sider og bilag/.exec(status ?? "")?.[1]);
    expect(count).toBeGreaterThanOrEqual(1 + bilag.length);
    expect(await axeViolations(page)).toEqual([]);
    const names = await cacheNames(page);
    expect(names.some((n) => n.endsWith(`-u${member.id}`))).toBe(true);

    // Offline: the page comes from the device, every item and every bilag with it.
    await browser.setOffline(true);
    expect((await fetchInPage(page, "/app/offline/moeder")).status).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator("[data-offline-notice]").isVisible()).toBe(true);
    expect(await page.locator("main section.item > h2").allTextContents()).toEqual(itemTitles);
    expect(await page.locator("main section.item").allInnerTexts()).toEqual(itemTexts);
    // A form that needs the server says so in Danish, and the member stays on the page.
    await page.getByRole("button", { name: "Markér mødet som læst" }).first().click();
    await expect
      .poll(() => page.locator("[data-offline-refused]").first().textContent())
      .toBe("Du er offline, så det kan ikke gøres nu. Prøv igen, når du har forbindelse.");
    expect(page.url()).toBe(meetingUrl);
    for (const href of bilag) {
      const copy = await fetchInPage(page, href);
      expect(copy.status, href).toBe(200);
      expect(copy).toEqual(online.get(href));
    }
    const shown = await page.goto(`${server.url}${bilag[0]}`).catch(() => null);
    if (shown) expect(shown.status()).toBe(200);
    // The app opened from the home screen (its start page, /app, which is not kept): the
    // meetings the device keeps, to open.
    await page.goto(`${server.url}/app`);
    expect(await page.locator("h1").textContent()).toBe("Offline");
    expect(await page.locator("main").innerText()).toContain("Møder gemt på enheden");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: meetingTitle, exact: true }).click();
    await page.waitForURL(meetingUrl);
    expect(await page.locator("main section.item > h2").allTextContents()).toEqual(itemTitles);

    // A private note written offline waits on the device ...
    const form = page.locator("form[data-note-base]").first();
    await form.locator("textarea[name=note]").fill(NOTE);
    await form.getByRole("button", { name: "Gem note" }).click();
    const noteStatus = () => form.locator("[data-note-status]").textContent();
    await expect
      .poll(noteStatus)
      .toBe("Du er offline. Noten er gemt på denne enhed og sendes, når der er forbindelse igen.");
    const { db } = server.database;
    const saved = () =>
      db
        .select({ body: memberNotes.body, userId: memberNotes.userId })
        .from(memberNotes)
        .where(inArray(memberNotes.userId, [member.id, other.id]));
    expect(await saved()).toEqual([]);
    // Back on the meeting's copy, still offline, the note is the one written, marked waiting.
    await page.reload();
    expect(await form.locator("textarea[name=note]").inputValue()).toBe(NOTE);
    await expect.poll(noteStatus).toBe("Noten er gemt på enheden og er ikke sendt endnu.");

    // ... and so does a highlight with a note on a PDF bilag, marked in the viewer the device
    // kept (in a second tab, closed before the network returns).
    const viewerHref = await page.locator("main a.annotate-link").first().getAttribute("href");
    expect(viewerHref).toMatch(/^\/app\/bilag\/\d+\/vis$/);
    const viewer = await browser.newPage();
    await viewer.goto(`${server.url}${viewerHref}`);
    await viewer.waitForSelector(".pdf-page .textLayer span", { timeout: 30_000 });
    await viewer.waitForSelector("#bilag-viewer.is-ready");
    await viewer.evaluate(() => {
      const node = document.querySelector(".textLayer span")?.firstChild as Text | undefined;
      if (!node) throw new Error("no text in the bilag");
      window.getSelection()?.setBaseAndExtent(node, 0, node, node.length);
    });
    await viewer.tap("[data-mark]");
    await viewer.waitForSelector("[data-form]:not([hidden])");
    await viewer.fill("#annotation-note", HIGHLIGHT);
    await viewer.tap("[data-form] button[type=submit]");
    await viewer.waitForFunction(() =>
      document.querySelector("[data-status]")?.textContent?.includes("Du er offline"),
    );
    await viewer.close();
    const highlights = () =>
      db
        .select({ note: bilagAnnotations.note, authorId: bilagAnnotations.authorId })
        .from(bilagAnnotations)
        .where(inArray(bilagAnnotations.authorId, [member.id, other.id]));
    expect(await highlights()).toEqual([]);

    // ... and both are sent when the network returns.
    await browser.setOffline(false);
    await expect.poll(saved, { timeout: 15_000 }).toEqual([{ body: NOTE, userId: member.id }]);
    await expect
      .poll(highlights, { timeout: 15_000 })
      .toEqual([{ note: HIGHLIGHT, authorId: member.id }]);
    await expect.poll(noteStatus).toMatch(/^Noten er gemt kl\. \d\d[.:]\d\d\.$/);

    // Written offline again while another device changed the note: both texts are shown, and
    // the member keeps theirs.
    await browser.setOffline(true);
    await form.locator("textarea[name=note]").fill(SECOND);
    await form.getByRole("button", { name: "Gem note" }).click();
    await expect.poll(noteStatus).toContain("Du er offline.");
    await db
      .update(memberNotes)
      .set({ body: ELSEWHERE, updatedAt: new Date(Date.now() + 1000) })
      .where(eq(memberNotes.userId, member.id));
    await browser.setOffline(false);
    const conflict = form.locator(".note-conflict");
    await expect.poll(() => conflict.isVisible(), { timeout: 15_000 }).toBe(true);
    const shownTexts = await conflict.locator("pre").allTextContents();
    expect(shownTexts).toEqual([SECOND, ELSEWHERE]);
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole("button", { name: "Behold min tekst" }).click();
    await expect.poll(saved, { timeout: 15_000 }).toEqual([{ body: SECOND, userId: member.id }]);

    // Nobody else reads it: not the public page, not another member.
    const publicPage = await fetch(`${server.url}/moeder/${meetingId}`);
    const publicText = await publicPage.text();
    for (const text of [NOTE, SECOND, ELSEWHERE, HIGHLIGHT]) expect(publicText).not.toContain(text);

    // An item the member may no longer read (back to waiting for its supplement) leaves the
    // copy with its bilag when the meeting is fetched again.
    const [file] = await db
      .select({ id: attachments.id, itemId: attachments.agendaItemId })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
      .where(
        and(
          eq(agendaItems.meetingId, meetingId),
          inArray(
            attachments.id,
            bilag.map((href) => Number(href.split("/")[3])),
          ),
        ),
      );
    if (!file?.itemId) throw new Error("no bilag on an item");
    const kept = (href: string) =>
      page.evaluate(async (u) => {
        for (const name of await caches.keys()) {
          if (await (await caches.open(name)).match(u)) return true;
        }
        return false;
      }, href);
    expect(await kept(`/app/bilag/${file.id}`)).toBe(true);
    const [before] = await db
      .select({ version: meetings.agendaVersion })
      .from(meetings)
      .where(eq(meetings.id, meetingId));
    const [itemBefore] = await db
      .select({ sentIn: agendaItems.publishedInVersion })
      .from(agendaItems)
      .where(eq(agendaItems.id, file.itemId));
    await db.update(meetings).set({ agendaVersion: 2 }).where(eq(meetings.id, meetingId));
    await db
      .update(agendaItems)
      .set({ publishedInVersion: null })
      .where(eq(agendaItems.id, file.itemId));
    await page.reload();
    await panel.locator("button[data-offline-download]").click();
    await expect
      .poll(() => panel.getAttribute("data-offline-state"), { timeout: 30_000 })
      .toBe("available");
    expect(await kept(`/app/bilag/${file.id}`)).toBe(false);
    expect(await kept(`/app/moeder/${meetingId}`)).toBe(true);
    await db
      .update(meetings)
      .set({ agendaVersion: before?.version ?? 1 })
      .where(eq(meetings.id, meetingId));
    await db
      .update(agendaItems)
      .set({ publishedInVersion: itemBefore?.sentIn ?? null })
      .where(eq(agendaItems.id, file.itemId));

    // Signing out removes the copy: no cache of the member, nothing shown offline.
    await logOut(page);
    await expect
      .poll(async () => (await cacheNames(page)).filter((n) => n.endsWith(`-u${member.id}`)))
      .toEqual([]);
    await browser.setOffline(true);
    const afterLogout = await page.goto(meetingUrl).catch(() => null);
    const text = afterLogout ? await page.locator("body").innerText() : "";
    for (const title of itemTitles) expect(text).not.toContain(title);
    await browser.setOffline(false);

    await logIn(page, server.url, other.email);
    await page.goto(meetingUrl);
    const otherPage = await page.content();
    for (const text of [NOTE, SECOND, ELSEWHERE]) expect(otherPage).not.toContain(text);
    await page.goto(`${server.url}${viewerHref}`);
    await page.waitForSelector("#bilag-viewer.is-ready");
    expect(await page.content()).not.toContain(HIGHLIGHT);
    expect((await cacheNames(page)).filter((n) => n.endsWith(`-u${member.id}`))).toEqual([]);
    await logOut(page);
    await page.close();
  }, 120_000);
});
