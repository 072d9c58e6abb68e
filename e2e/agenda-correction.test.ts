import { and, asc, eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, caseFields } from "../src/db/schema/index.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { richTextFrom } from "../src/domain/richtext/rich-text-from.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { hasPoppler, pdfText } from "../test/poppler.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { auditor, logIn, logOut, wednesdayIn } from "./lib/browser.ts";
import { demoAgendaStart } from "./lib/demo-agenda.ts";

/**
 * Corrections after the agenda went out, as the secretary makes them in Chromium: publish,
 * withdraw one item, correct another's title, send the »Rettet dagsorden«; the public page,
 * search and PDF follow at once, a member is told, and every screen passes axe.
 */

const enabled = hasChromium();
const withPdf = enabled && hasPoppler();
let server: DemoServer;
let browser: BrowserContext;

/** Words found only in the withdrawn item's text, and only in the corrected title. */
const SECRET = "Pelikanhuset";
const NEW_TITLE = "Beslutning om Skovsnogens stiforløb";

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A planned meeting of Økonomiudvalget with three approved cases; the first mentions SECRET. */
async function assembledAgenda() {
  const { db } = server.database;
  const { committee, principal, approvedCaseIds } = await demoAgendaStart(db);
  const caseIds = approvedCaseIds.slice(0, 3);
  const [field] = await db
    .select()
    .from(caseFields)
    .where(and(eq(caseFields.caseId, caseIds[0] ?? 0), eq(caseFields.public, true)))
    .orderBy(asc(caseFields.position));
  if (!field) throw new Error("no public field");
  const rich = richTextFrom(`${field.text}\n\nByggeriet af ${SECRET} udskydes.`);
  await db.update(caseFields).set(rich).where(eq(caseFields.id, field.id));
  const { meetingId } = await planMeeting(db, principal, {
    committeeId: committee.id,
    date: wednesdayIn(49),
    start: "15:00",
    end: "17:00",
    location: "Mødelokale Rettelse",
    guests: "",
  });
  const { itemIds } = await addCasesToAgenda(db, principal, { meetingId, caseIds });
  const [first] = await db
    .select({ number: agendaItems.number, title: agendaItems.title })
    .from(agendaItems)
    .where(eq(agendaItems.id, itemIds[0] ?? 0));
  return {
    meetingId,
    itemIds,
    withdrawnNumber: first?.number ?? 0,
    withdrawnTitle: first?.title ?? "",
  };
}

/** What an anonymous visitor gets, as text. */
async function publicText(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

async function searchHits(page: Page, query: string): Promise<string[]> {
  await page.goto(`${server.url}/soeg?q=${encodeURIComponent(query)}`);
  return page.locator("ol.search-results > li").allTextContents();
}

describe.skipIf(!enabled)("correcting a published agenda in Chromium", () => {
  it("withdraws one item, corrects another, sends the corrected agenda; public page, search and PDF follow", async () => {
    const { meetingId, itemIds, withdrawnNumber, withdrawnTitle } = await assembledAgenda();
    const withdrawnLine = `Punkt ${withdrawnNumber} »${withdrawnTitle}« er trukket`;
    const [withdrawnId, correctedId] = itemIds as [number, number];
    const { problems, check } = auditor();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const agendaUrl = `${server.url}/app/moeder/${meetingId}`;

    await logIn(page, server.url, "sekretaer@eksempel.dk");
    await page.goto(agendaUrl);
    await Promise.all([page.waitForURL(/\/dagsorden\/udsend$/), page.click("a[href$='/udsend']")]);
    await Promise.all([
      page.waitForURL(/ok=udsendt/),
      page.click("form[action$='/dagsorden/udsend'] button"),
    ]);
    expect(await publicText(`/moeder/${meetingId}`)).toContain(SECRET);
    expect((await searchHits(page, SECRET)).join(" ")).toContain(SECRET);

    // Withdraw the first case's item, with a reason. Each item also leads to its case.
    await page.goto(agendaUrl);
    const caseLink = page.locator(`#dp-${withdrawnId} .agenda-row-correct a`).first();
    expect(await caseLink.textContent()).toMatch(/^Se sagen \(punkt \d+\)$/);
    expect(await caseLink.getAttribute("href")).toMatch(/^\/app\/sager\/\d+$/);
    await page.click(`#dp-${withdrawnId} .agenda-row-correct a[href$="/ret"]`);
    await check(page, "correction page");
    await page.fill("#traek-begrundelse", "Sagen er ikke klar til behandling.");
    await Promise.all([page.waitForURL(/ok=trukket/), page.click("form[action$='/traek'] button")]);
    expect(await page.locator("#agenda-status").textContent()).toContain("Punktet er trukket");
    expect(await page.locator(`#dp-${withdrawnId}`).textContent()).toContain("Trukket");

    // Correct the second item's title, with a reason.
    await page.click(`#dp-${correctedId} .agenda-row-correct a[href$="/ret"]`);
    await page.fill("#ret-titel", NEW_TITLE);
    await page.fill("#ret-begrundelse", "Stednavnet var stavet forkert.");
    await Promise.all([page.waitForURL(/ok=rettelse/), page.click("form[action$='/ret'] button")]);

    // The agenda lists both corrections as not sent; send the corrected agenda.
    const corrections = page.locator("#rettelser");
    expect(await corrections.textContent()).toContain("ikke udsendt endnu");
    await check(page, "agenda with pending corrections");
    // Sending shows first what goes out, and to whom.
    await Promise.all([
      page.waitForURL(/\/dagsorden\/udsend$/),
      page.getByRole("link", { name: "Udsend rettet dagsorden" }).click(),
    ]);
    expect(await page.locator("h1").innerText()).toBe("Udsend rettet dagsorden");
    const preview = await page.locator("main").innerText();
    expect(preview).toContain("2 rettelser udsendes med");
    expect(preview).toContain(withdrawnLine);
    expect(preview).toContain("Rettelserne står allerede på den offentlige dagsorden.");
    await check(page, "preview of the corrected agenda");
    await Promise.all([
      page.waitForURL(/ok=rettet_udsendt/),
      page.getByRole("button", { name: "Udsend rettet dagsorden nu" }).click(),
    ]);
    const listed = await corrections.textContent();
    expect(listed).toContain(withdrawnLine);
    expect(listed).toContain("Sagen er ikke klar til behandling.");
    expect(listed).toContain("Stednavnet var stavet forkert.");
    expect(listed).toContain("Ændringerne blev udsendt");
    expect(listed).not.toContain("ikke udsendt endnu");
    await check(page, "agenda after the corrected agenda went out");

    // The public page: the withdrawn item keeps its place without content; the corrections.
    const html = await publicText(`/moeder/${meetingId}`);
    expect(html).toContain("Punktet er trukket");
    expect(html).toContain("Rettelser");
    expect(html).toContain(NEW_TITLE);
    expect(html).toContain("Stednavnet var stavet forkert.");
    expect(html).not.toContain(SECRET);
    await logOut(page);
    await page.goto(`${server.url}/moeder/${meetingId}`);
    expect(await page.locator(".closed-badge").allTextContents()).toContain("Punktet er trukket");
    await check(page, "public meeting page");

    // Search: the withdrawn item's words are gone, the corrected title is found.
    expect(await searchHits(page, SECRET)).toEqual([]);
    await check(page, "search without hits");
    expect((await searchHits(page, "Skovsnogens")).join(" ")).toContain("Skovsnogens");
    await check(page, "search for the corrected title");

    // The PDF says the same.
    if (withPdf) {
      const response = await fetch(`${server.url}/moeder/${meetingId}/dokument.pdf`);
      expect(response.status).toBe(200);
      const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(
        /\s+/g,
        " ",
      );
      expect(text).toContain("Rettelser");
      expect(text).toContain("Punktet er trukket");
      expect(text).toContain("Skovsnogens");
      expect(text).not.toContain(SECRET);
    }

    // A member is told and reads the same agenda.
    await logIn(page, server.url, "medlem@eksempel.dk");
    expect(await page.locator(".case-notifications").textContent()).toContain(
      "har udsendt en rettet dagsorden",
    );
    await check(page, "member's start page");
    await page.goto(agendaUrl);
    expect(await page.locator("#rettelser").textContent()).toContain(withdrawnLine);
    expect(await page.content()).not.toContain(SECRET);
    await check(page, "member's agenda");
    await page.close();
    expect(problems).toEqual({});
  }, 240_000);
});
