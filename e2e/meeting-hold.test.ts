import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { and, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, committees, meetings, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../src/domain/agenda/publish-agenda.ts";
import { DEMO_PASSWORD } from "../src/domain/demo/generate-demo-data.ts";
import { getMeeting } from "../src/domain/meeting/get-meeting.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
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

/** axe-core (WCAG 2.1 A/AA) and sideways scrolling, at the iPad and the phone size. */
async function audit(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.evaluate(axeSource);
    const result = (await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
          runOnly: { type: "tag", values: tags },
        }),
      TAGS,
    )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
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
  await page.setViewportSize(VIEWPORTS[0] as { width: number; height: number });
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

/** A Wednesday some weeks ahead: "2026-05-13". */
function wednesdayIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const enabled = hasChromium();
let server: DemoServer;
let secretaryBrowser: BrowserContext;
let memberBrowser: BrowserContext;
const ids = { meeting: 0, next: 0 };

/** The published agenda to hold, made through the agenda use cases: five approved cases. */
async function publishedAgenda() {
  const { db } = server.database;
  const [committee] = await db
    .select()
    .from(committees)
    .where(eq(committees.name, "Økonomiudvalget"));
  const [secretary] = await db.select().from(users).where(eq(users.email, "sekretaer@eksempel.dk"));
  const principal = secretary && (await loadPrincipal(db, secretary.id));
  if (!committee || !principal) throw new Error("demo data missing");
  const ready = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.committeeId, committee.id), eq(cases.status, "approved")))
    .orderBy(cases.id);
  expect(ready.length).toBeGreaterThanOrEqual(6);
  const plan = (date: string) =>
    planMeeting(db, principal, {
      committeeId: committee.id,
      date,
      start: "09:00",
      end: "12:00",
      location: "Byrådssalen (afvikling)",
      guests: "Birgitte Holm, Borgmester (A)\nKarl Vestergaard, Udvalgsmedlem (V)",
    });
  const { meetingId } = await plan(wednesdayIn(56));
  await addCasesToAgenda(db, principal, { meetingId, caseIds: ready.slice(0, 5).map((c) => c.id) });
  await publishAgenda(db, principal, { meetingId });
  const next = await plan(wednesdayIn(84));
  await addCasesToAgenda(db, principal, {
    meetingId: next.meetingId,
    caseIds: [ready[5]?.id ?? 0],
  });
  await publishAgenda(db, principal, { meetingId: next.meetingId });
  ids.meeting = meetingId;
  ids.next = next.meetingId;
}

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  await publishedAgenda();
  secretaryBrowser = await launchChromium();
  memberBrowser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await secretaryBrowser?.close();
  await memberBrowser?.close();
  await server?.close();
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

describe.skipIf(!enabled)("holding a meeting in Chromium", () => {
  it("records attendance, inhabilitet, decisions, a vote and a postponement; a member sees decisions live; minutes published, approved, locked", async () => {
    const { db } = server.database;
    const meeting = await getMeeting(db, ids.meeting);
    if (!meeting) throw new Error("no meeting");
    const items = meeting.items;
    expect(items.length).toBe(7);
    const problems: Record<string, string[]> = {};
    const check = async (page: Page, name: string) => {
      const found = await audit(page);
      if (found.length > 0) problems[name] = found;
    };
    const page = await secretaryBrowser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page, "sekretaer@eksempel.dk");
    const hold = `${server.url}/app/moeder/${ids.meeting}/afvikling`;
    await page.goto(hold);
    await check(page, "afvikling");

    // The member follows on the live view.
    const live = await memberBrowser.newPage();
    await live.setViewportSize({ width: 1024, height: 768 });
    await logIn(live, "medlem@eksempel.dk");
    await live.goto(`${server.url}/app/moeder/${ids.meeting}/live`);
    await live.waitForSelector("[data-live-ready='true']");
    await check(live, "live");
    await live.evaluate(() => {
      const seen: Record<string, number[]> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      for (const box of document.querySelectorAll<HTMLElement>("[data-live-decision]")) {
        new MutationObserver(() => {
          const key = box.dataset.liveDecision ?? "";
          seen[key] = [...(seen[key] ?? []), performance.timeOrigin + performance.now()];
        }).observe(box, { childList: true });
      }
    });

    // Attendance: one afbud, one late arrival from item 3.
    const [late, absent, conflicted] = meeting.participants;
    if (!late || !absent || !conflicted) throw new Error("too few participants");
    await page.selectOption(`#deltager-${absent.id}-fremmoede`, "absent");
    await page.selectOption(`#deltager-${late.id}-fra`, String(items[2]?.id));
    await page.fill(`#deltager-${late.id}-note`, "mødt kl. 9.40");
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click("form[action$='/fremmoede'] button[type=submit]"),
    ]);

    // Inhabilitet at item 4.
    const item4 = items[3]?.id ?? 0;
    await page
      .locator(`#afvikling-punkt-${item4} details`)
      .first()
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await page.selectOption(`#inhabil-${item4}`, String(conflicted.id));
    await page.fill(`#inhabil-note-${item4}`, "nærtstående part");
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click(`form[action$='/punkt/${item4}/inhabilitet'] button`),
    ]);

    // A vote at item 3.
    const item3 = items[2]?.id ?? 0;
    await page
      .locator(`#afvikling-punkt-${item3} details`)
      .nth(1)
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await page.fill(`#for-${item3}`, "A, V, C");
    await page.fill(`#imod-${item3}`, "F");
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click(`form[action$='/punkt/${item3}/afstemning'] button`),
    ]);

    // Decisions: each item but the sixth, then corrections of five; each timed on the live view.
    // Both browsers run on this machine: their clocks (timeOrigin + now) are the same clock.
    const latencies: number[] = [];
    const fromSubmit: number[] = [];
    const decide = async (itemId: number, text: string) => {
      await page.fill(`#tekst-${itemId}`, text);
      await Promise.all([
        page.waitForURL(/afvikling/, { waitUntil: "load" }),
        page.click(`form[action$='/punkt/${itemId}/beslutning'] button[type=submit]`),
      ]);
      // The POST answered 303: the redirect's timing on the page it led to.
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
        return {
          sent: performance.timeOrigin + nav.redirectStart,
          answered: performance.timeOrigin + nav.redirectEnd,
        };
      });
      expect(timing.answered).toBeGreaterThan(timing.sent);
      const handle = await live.waitForFunction(
        ([id, t]) => {
          const box = document.querySelector<HTMLElement>(`[data-live-decision="${id}"]`);
          const seen = (window as unknown as { seen: Record<string, number[]> }).seen[String(id)];
          return box?.dataset.text === t && seen && seen.length > 0 ? seen[seen.length - 1] : null;
        },
        [itemId, text] as const,
        { timeout: 5000 },
      );
      const seenAt = (await handle.jsonValue()) as number;
      latencies.push(Math.round(seenAt - timing.answered));
      fromSubmit.push(Math.round(seenAt - timing.sent));
    };
    const postponed = items[5]?.id ?? 0;
    for (const [i, item] of items.entries()) {
      if (item.id === postponed) continue;
      await decide(item.id, `Økonomiudvalget besluttede punkt ${i + 1}.`);
    }
    for (const item of items.slice(1, 6)) {
      if (item.id === postponed) continue;
      await decide(
        item.id,
        `Økonomiudvalget godkendte indstillingen i punkt ${item.number} med en tilføjelse.`,
      );
    }
    await decide(items[1]?.id ?? 0, "Økonomiudvalget tog orienteringen til efterretning.");
    expect(latencies.length).toBeGreaterThanOrEqual(10);
    const stats = (xs: number[]) =>
      `median ${median(xs)}, min ${Math.min(...xs)}, max ${Math.max(...xs)}`;
    console.info(
      `live view over ${latencies.length} decisions, ms: POST response -> DOM update in the other browser: ${stats(latencies)}; POST sent -> DOM update: ${stats(fromSubmit)}`,
    );

    // Postpone item 6 to the next meeting; the live view shows it as postponed.
    await page
      .locator(`#afvikling-punkt-${postponed} details`, { hasText: "Udsæt" })
      .evaluate((d) => {
        (d as HTMLDetailsElement).open = true;
      });
    await page.selectOption(`#udsaet-${postponed}`, String(ids.next));
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click(`form[action$='/punkt/${postponed}/udsaet'] button`),
    ]);
    await live.waitForFunction(
      (id) =>
        document.querySelector(`[data-live-decision="${id}"]`)?.textContent?.includes("udsat"),
      postponed,
    );
    await check(page, "afvikling efter registrering");

    // Finish, publish the minutes.
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click("form[action$='/afvikling/afslut'] button"),
    ]);
    await page.goto(`${server.url}/app/moeder/${ids.meeting}/referat`);
    await Promise.all([
      page.waitForURL(/referat$/),
      page.click("form[action$='/referat/offentliggoer'] button"),
    ]);
    expect(await page.textContent("main")).toContain("Referat offentliggjort");
    await check(page, "referat");

    // The public minutes read like the seeds.
    const anonymous = await memberBrowser.browser()?.newContext();
    const portal = anonymous ? await anonymous.newPage() : await memberBrowser.newPage();
    await portal.goto(`${server.url}/moeder/${ids.meeting}`);
    const publicText = (await portal.textContent("main")) ?? "";
    expect(publicText).toContain("Referat: Økonomiudvalget");
    expect(publicText).toMatch(/Mødedeltagere.*mødt fra punkt 3/s);
    expect(publicText).toContain(`Fraværende${absent.name}`);
    expect(publicText).toContain(
      `${conflicted.name} deltog ikke i behandlingen af punktet på grund af inhabilitet (nærtstående part).`,
    );
    expect(publicText).toContain("For (3): A, V, C");
    expect(publicText).toContain("Punktet blev udsat til kommende Økonomiudvalget");
    const order = ["Mødedato", "Mødested", "Mødedeltagere", "Fraværende", "Punkt 1:"].map((w) =>
      publicText.indexOf(w),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await check(portal, "offentligt referat");

    // The next meeting approves the minutes under its standing item; then they are locked.
    const next = await getMeeting(db, ids.next);
    const approving = next?.items[0];
    await page.goto(`${server.url}/app/moeder/${ids.next}/afvikling`);
    await check(page, "næste møde");
    await Promise.all([
      page.waitForURL(/afvikling/),
      page.click(`form[action$='/punkt/${approving?.id}/godkend-referat'] button`),
    ]);
    const [approved] = await db.select().from(meetings).where(eq(meetings.id, ids.meeting));
    expect(approved).toMatchObject({ status: "minutes_approved", minutesApprovedInId: ids.next });
    await page.goto(hold);
    expect(await page.locator(`form[action$='/beslutning']`).count()).toBe(0);
    const csrf = await page.getAttribute("input[name=_csrf]", "value");
    const refused = await page.request.post(`${hold}/punkt/${items[1]?.id}/beslutning`, {
      form: {
        _csrf: csrf ?? "",
        version: "3",
        udfald: "decided",
        tekst: "Ændret efter godkendelse.",
      },
      headers: { origin: server.url },
    });
    expect(refused.status()).toBe(423);
    expect(await refused.text()).toContain("Referatet er godkendt og låst");
    await page.goto(`${server.url}/app/moeder/${ids.meeting}/referat`);
    expect(await page.textContent("main")).toContain("Referatet er låst");
    await check(page, "godkendt referat");
    expect(problems).toEqual({});
  }, 240_000);
});
