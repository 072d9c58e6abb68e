import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, attendance, decisions, meetings, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { recordDecision } from "../src/domain/meeting-mode/record-decision.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn } from "./lib/browser.ts";
import { settled as settledWithin, startMeeting } from "./lib/meeting-mode.ts";

/**
 * Meeting mode at the table, in Chromium: the minute taker moves between items, types
 * decisions and attendance that save themselves, loses the network for a while and gets it
 * back, and the page never navigates; everything typed is stored.
 */

const enabled = hasChromium();
let server: DemoServer;
let staff: BrowserContext;

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  staff = await launchChromium();
}, 180_000);

afterAll(async () => {
  await staff?.close();
  await server?.close();
});

const SIZES = [
  { width: 1024, height: 768 },
  { width: 810, height: 1080 },
] as const;

async function axeAtBothSizes(page: Page, name: string, problems: Record<string, string[]>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const found = await axeViolations(page);
    if (found.length > 0) problems[`${name} ${size.width}`] = found;
  }
  await page.setViewportSize(SIZES[0]);
}

/** The demo's first meeting whose agenda is out: the one these tests hold. */
async function firstHeldMeeting(): Promise<{ id: number }> {
  const [meeting] = await server.database.db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.status, "agenda_published"))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (!meeting) throw new Error("no meeting with a published agenda in the demo data");
  return meeting;
}

/** Waits until nothing is queued, typed, sent or being refreshed. */
const settled = (page: Page) => settledWithin(page, 20_000);

async function problemsAt(page: Page, name: string, problems: Record<string, string[]>) {
  const found = await axeViolations(page);
  if (found.length > 0) problems[name] = found;
}

const statusText = (page: Page) => page.locator("#hold-save-status").textContent();

describe.skipIf(!enabled)("meeting mode at the table, in Chromium", () => {
  it("types decisions on several items, survives going offline, never navigates", async () => {
    const db = server.database.db;
    const meeting = await firstHeldMeeting();
    const problems: Record<string, string[]> = {};
    const page = await staff.newPage();
    await page.setViewportSize(SIZES[0]);
    await logIn(page, server.url, "sekretaer@eksempel.dk");
    await page.goto(`${server.url}/app/moeder/${meeting.id}/afvikling`);
    await page.waitForSelector("#hold-app.hold-js");
    let navigations = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await axeAtBothSizes(page, "meeting mode", problems);

    // Items with a decision form, in agenda order.
    const panes = await page
      .locator("a[data-pane^='afvikling-punkt-']")
      .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.pane ?? ""));
    const withForm: number[] = [];
    for (const pane of panes) {
      const id = Number(pane.replace(/\D+/g, ""));
      if ((await page.locator(`#tekst-${id}`).count()) > 0) withForm.push(id);
    }
    expect(withForm.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = withForm as [number, number, number];

    // One pane at a time: choosing item a in the agenda shows it alone and focuses its heading.
    await page.click(`a[data-pane='afvikling-punkt-${a}']`);
    expect(await page.locator(`#afvikling-punkt-${a}`).isVisible()).toBe(true);
    expect(await page.locator(`#afvikling-punkt-${b}`).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      `afvikling-punkt-${a}-titel`,
    );
    // Once the meeting is started, the item starts with one click; the agenda says so.
    await startMeeting(page);
    await page.click(`#afvikling-punkt-${a} form[data-progress] button`);
    await settled(page);
    await page.waitForSelector(`.hold-agenda-item--inProgress a[data-pane='afvikling-punkt-${a}']`);
    await page.fill(`#tekst-${a}`, "Udvalget godkendte indstillingen med en ændring.");
    await settled(page);
    expect(await statusText(page)).toMatch(/^Gemt kl\. \d{2}\.\d{2}$/);

    // Keys: Alt+↓ to the next item; typing goes on there.
    await page.locator(`#afvikling-punkt-${a}-titel`).focus();
    await page.keyboard.press("Alt+ArrowDown");
    const next = await page.evaluate(() => document.activeElement?.id ?? "");
    expect(next).toMatch(/^afvikling-punkt-\d+-titel$/);
    // Alt+S takes the shown item up (item a ends); k goes back outside text fields.
    const nextPane = next.replace(/-titel$/, "");
    await page.keyboard.press("Alt+s");
    await settled(page);
    await page.waitForSelector(`.hold-agenda-item--inProgress a[data-pane='${nextPane}']`);
    expect(await page.locator(".hold-agenda-item--inProgress").count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(next);
    await page.keyboard.press("k");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      `afvikling-punkt-${a}-titel`,
    );
    expect(
      await page.locator(`a[data-pane='afvikling-punkt-${a}']`).getAttribute("aria-current"),
    ).toBe("true");
    // The ended item leads on to the next; taking it up again is the second choice.
    const ended = page.locator(`#afvikling-punkt-${a} .hold-progress`);
    expect(await ended.getByRole("link", { name: /^Videre til Punkt/ }).isVisible()).toBe(true);
    // Taking it up again would end the item under way, and the button says so.
    expect(
      await ended
        .getByRole("button", { name: /^Tag punktet op igen og afslut punkt \d+$/ })
        .getAttribute("class"),
    ).toContain("button--secondary");
    await page.click(`a[data-pane='afvikling-punkt-${b}']`);
    await page.fill(`#tekst-${b}`, "Udvalget tog orienteringen til efterretning.");
    await settled(page);

    // The network goes; the minute taker keeps typing on item c and in the attendance grid.
    await staff.setOffline(true);
    await page.click(`a[data-pane='afvikling-punkt-${c}']`);
    await page.fill(`#tekst-${c}`, "Udvalget besluttede at udsætte fristen");
    await page.locator(`#tekst-${c}`).pressSequentially(" til 1. juni.", { delay: 20 });
    await page.click("a[data-pane='fremmoede-sektion']");
    const noteField = page.locator(".hold-person input[id$='-note']").first();
    const noteId = (await noteField.getAttribute("id")) ?? "";
    const participantId = Number(noteId.replace(/\D+/g, ""));
    await noteField.fill("mødt kl. 9.40");
    await page.check(`#deltager-${participantId}-vis`);
    await page.waitForFunction(
      () =>
        /^Offline – \d+ ændring(er)? venter$/.test(
          document.getElementById("hold-save-status")?.textContent ?? "",
        ),
      null,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(2500);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("referat-afvikling-")),
    );
    expect(stored.length).toBe(1);
    await staff.setOffline(false);
    await settled(page);
    expect(await statusText(page)).toMatch(/^Gemt kl\./);
    expect(navigations).toBe(0);

    // Everything is stored.
    const rows = await db
      .select({ itemId: decisions.agendaItemId, text: decisions.text })
      .from(decisions)
      .where(inArray(decisions.agendaItemId, [a, b, c]));
    const textOf = (id: number) => rows.find((r) => r.itemId === id)?.text;
    expect(textOf(a)).toBe("Udvalget godkendte indstillingen med en ændring.");
    expect(textOf(b)).toBe("Udvalget tog orienteringen til efterretning.");
    expect(textOf(c)).toBe("Udvalget besluttede at udsætte fristen til 1. juni.");
    const notes = await db
      .select()
      .from(attendance)
      .where(and(eq(attendance.participantId, participantId), isNull(attendance.agendaItemId)));
    expect(notes).toEqual([
      expect.objectContaining({ note: "mødt kl. 9.40", showInMinutes: true }),
    ]);
    const [started] = await db.select().from(agendaItems).where(eq(agendaItems.id, a));
    expect(started?.startedAt).toBeTruthy();

    // Another minute taker saves item a in between: both texts are shown, and mine is kept.
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@eksempel.dk"));
    const other = admin && (await loadPrincipal(db, admin.id));
    if (!other) throw new Error("no admin in the demo data");
    const [before] = await db.select().from(decisions).where(eq(decisions.agendaItemId, a));
    await recordDecision(db, other, {
      meetingId: meeting.id,
      itemId: a,
      version: before?.version ?? 0,
      outcome: "decided",
      text: "Den andens tekst.",
    });
    await page.click(`a[data-pane='afvikling-punkt-${a}']`);
    await page.fill(`#tekst-${a}`, "Min rettede tekst.");
    const clash = page.locator(`#afvikling-punkt-${a} [data-clash]`);
    await clash.waitFor({ state: "visible" });
    expect(await clash.textContent()).toContain("Den andens tekst.");
    expect(await clash.textContent()).toContain("Min rettede tekst.");
    await problemsAt(page, "decision clash", problems);
    await clash.getByRole("button", { name: "Gem min tekst" }).click();
    await settled(page);
    expect(await clash.isVisible()).toBe(false);
    const [mine] = await db.select().from(decisions).where(eq(decisions.agendaItemId, a));
    expect(mine).toMatchObject({ text: "Min rettede tekst.", version: (before?.version ?? 0) + 2 });
    expect(navigations).toBe(0);

    // Nothing waits: leaving asks nothing, and a reload shows what was saved.
    const waiting = () =>
      Object.keys(localStorage).filter((k) => k.startsWith("referat-afvikling-"));
    expect(await page.evaluate(waiting)).toEqual([]);
    await page.reload();
    await page.click(`a[data-pane='afvikling-punkt-${c}']`);
    expect(await page.inputValue(`#tekst-${c}`)).toBe(
      "Udvalget besluttede at udsætte fristen til 1. juni.",
    );
    await axeAtBothSizes(page, "meeting mode after saving", problems);
    await page.close();
    expect(problems).toEqual({});
  }, 240_000);

  it("marks the field a refused protocol note lacks, and adds it once filled in", async () => {
    const meeting = await firstHeldMeeting();
    const page = await staff.newPage();
    await page.setViewportSize(SIZES[0]);
    // Signed in already when the test above ran in the same browser.
    await page.goto(`${server.url}/app/moeder/${meeting.id}/afvikling`);
    if (new URL(page.url()).pathname === "/login") {
      await logIn(page, server.url, "sekretaer@eksempel.dk");
      await page.goto(`${server.url}/app/moeder/${meeting.id}/afvikling`);
    }
    await page.waitForSelector("#hold-app.hold-js");
    const pane = await page
      .locator("a[data-pane^='afvikling-punkt-']")
      .first()
      .evaluate((a) => (a as HTMLElement).dataset.pane ?? "");
    const id = Number(pane.replace(/\D+/g, ""));
    await page.click(`a[data-pane='${pane}']`);
    await page.click(`#protokol-titel-${id}`);
    const author = page.locator(`#forfatter-${id}`);
    await page.fill(`#protokol-${id}`, "Socialdemokratiet ønskede ført til protokol, at …");
    const form = page.locator(`#afvikling-punkt-${id} form[action$='/protokol']`);
    // Sent with the field it lacks at the bottom edge of the screen: the message under the
    // field is brought into view with it.
    await author.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await form.evaluate((f) => (f as HTMLFormElement).requestSubmit());
    await page.locator(`#forfatter-${id}-fejl`).filter({ hasText: "Hvem" }).waitFor();
    const shown = await page.locator(`#forfatter-${id}-fejl`).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(shown).toBe(true);
    expect(await author.getAttribute("aria-invalid")).toBe("true");
    // The message stands under the field, is read with it, and is not repeated at the top.
    expect(await page.locator(`#forfatter-${id}-fejl`).textContent()).toMatch(/^Ikke gemt: .*Hvem/);
    expect(await form.locator("[data-message]").textContent()).toBe("");
    expect(await author.getAttribute("aria-describedby")).toBe(`forfatter-${id}-fejl`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`forfatter-${id}`);
    expect(await page.locator(`#protokol-${id}`).getAttribute("aria-invalid")).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    // Typing mends the field; the note is then added, and the mark is gone.
    await author.pressSequentially("Socialdemokratiet");
    expect(await author.getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator(`#forfatter-${id}-fejl`).count()).toBe(0);
    expect(await author.getAttribute("aria-describedby")).toBeNull();
    await page.getByRole("button", { name: "Tilføj protokoltilførsel" }).first().click();
    await settled(page);
    await page
      .locator(`#protokol-liste-${id}`)
      .filter({ hasText: "Socialdemokratiet ønskede" })
      .waitFor();
    expect(await form.locator("[data-message]").textContent()).toBe("");

    // Removed again, on the second press: the first one only asks, and removes nothing.
    const remove = page.getByRole("button", {
      name: "Fjern protokoltilførsel fra Socialdemokratiet",
    });
    await remove.click();
    const again = page.getByRole("button", {
      name: "Tryk igen: Fjern protokoltilførsel fra Socialdemokratiet",
    });
    await again.waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(`#protokol-liste-${id}`).textContent()).toContain(
      "Socialdemokratiet",
    );
    // The entry then leaves the list at once, and focus goes to the list's fold.
    await again.click();
    await settled(page);
    await page.waitForFunction(
      (list) => !document.getElementById(list)?.textContent?.includes("Socialdemokratiet"),
      `protokol-liste-${id}`,
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`protokol-titel-${id}`);
    expect(await statusText(page)).toContain(
      "Protokoltilførslen fra Socialdemokratiet er fjernet.",
    );
    await page.close();
  }, 120_000);
});
