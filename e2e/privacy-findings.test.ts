import { and, asc, eq } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseFields } from "../src/db/schema/index.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { richTextFrom } from "../src/domain/richtext/rich-text-from.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { auditor, axeViolations, logIn, wednesdayIn } from "./lib/browser.ts";
import { demoAgendaStart } from "./lib/demo-agenda.ts";

/**
 * The secretary's CPR findings page as it is used: an author pasted a CPR number and a case
 * number that looks like one into a case; after the agenda goes out the secretary reaches the
 * findings from the meeting page and confirms the case number by keyboard on an iPad. The
 * public page masks the real number throughout and shows the confirmed one.
 */

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;

/** A CPR number (valid date, modulus 11 fails: issued after 2007 or a typo). */
const CPR = "120376-1234";
/** A number from another system that happens to look like a CPR number (15 March 1982). */
const LOOK_ALIKE = "150382-4321";
const IPAD_PORTRAIT = { width: 820, height: 1180 };

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function agendaWithNumbers(): Promise<number> {
  const { db } = server.database;
  const { committee, principal, approvedCaseIds } = await demoAgendaStart(db);
  const caseId = approvedCaseIds[0] ?? 0;
  const [field] = await db
    .select()
    .from(caseFields)
    .where(and(eq(caseFields.caseId, caseId), eq(caseFields.public, true)))
    .orderBy(asc(caseFields.position));
  if (!field) throw new Error("no public field");
  const pasted = `${field.text}\n\nBorgeren (CPR ${CPR}) har klaget. Klagen har løbenummer ${LOOK_ALIKE} i klagesystemet.`;
  await db.update(caseFields).set(richTextFrom(pasted)).where(eq(caseFields.id, field.id));
  const { meetingId } = await planMeeting(db, principal, {
    committeeId: committee.id,
    date: wednesdayIn(56),
    start: "15:00",
    end: "17:00",
    location: "Mødelokale Persondata",
    guests: "",
  });
  await addCasesToAgenda(db, principal, { meetingId, caseIds: [caseId] });
  return meetingId;
}

async function publicHtml(path: string): Promise<string> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe.skipIf(!enabled)("CPR findings in Chromium", () => {
  it("masks both numbers publicly; the secretary confirms one by keyboard on an iPad", async () => {
    const meetingId = await agendaWithNumbers();
    const { problems, check } = auditor();
    const page = await browser.newPage();
    await page.setViewportSize(IPAD_PORTRAIT);
    await logIn(page, server.url, "sekretaer@eksempel.dk");
    await page.goto(`${server.url}/app/moeder/${meetingId}`);
    await Promise.all([page.waitForURL(/\/dagsorden\/udsend$/), page.click("a[href$='/udsend']")]);
    // Before it goes out, the secretary is told what the public will not see.
    const preview = await page.locator("main").textContent();
    expect(preview).toContain("2 tal i dagsordenens offentlige tekster ligner CPR-numre.");
    expect(preview).not.toContain(CPR);
    expect(await axeViolations(page)).toEqual([]);
    await Promise.all([
      page.waitForURL(/ok=udsendt/),
      page.click("form[action$='/dagsorden/udsend'] button"),
    ]);
    const before = await publicHtml(`/moeder/${meetingId}`);
    expect(before).not.toContain(CPR);
    expect(before).not.toContain(LOOK_ALIKE);
    expect(before).toContain("XXXXXX-XXXX");

    // From the meeting page to the findings, by keyboard.
    const link = page.getByRole("link", { name: "Persondata (CPR-numre)" });
    await link.focus();
    await Promise.all([page.waitForURL(/\/persondata$/), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toContain("CPR-numre");
    const rows = page.locator("table.case-table tbody tr");
    expect(await rows.count()).toBe(2);
    // Not even the secretary's page shows a whole number: the last four digits are hidden.
    expect(await rows.allTextContents()).toEqual([
      expect.stringContaining("120376-XXXX"),
      expect.stringContaining("150382-XXXX"),
    ]);
    expect(await page.content()).not.toContain(CPR);
    expect(await axeViolations(page)).toEqual([]);
    await check(page, "findings page");

    // Tab to the look-alike's button: it must be reachable and show where the focus is.
    const target = rows.nth(1).getByRole("button", { name: "Det er ikke et CPR-nummer" });
    let reached = false;
    for (let tab = 0; tab < 60 && !reached; tab++) {
      await page.keyboard.press("Tab");
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    const outline = await target.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
    });
    expect(outline).not.toMatch(/^none 0px none$/);
    await Promise.all([page.waitForURL(/persondata\?bekraeftet=1$/), page.keyboard.press("Enter")]);
    expect(await page.locator("body").textContent()).toContain("Tallet vises nu offentligt.");
    expect(await rows.nth(1).textContent()).toContain("Bekræftet som ikke et CPR-nummer");
    expect(await rows.nth(0).textContent()).toContain("Skjules offentligt");
    await check(page, "findings page after confirming");
    // On a phone the rows stack: the remaining button is on screen, not scrolled away.
    await page.setViewportSize({ width: 390, height: 844 });
    const box = await rows.nth(0).getByRole("button").boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);

    // The public page shows the confirmed number and still masks the CPR number.
    const after = await publicHtml(`/moeder/${meetingId}`);
    expect(after).toContain(LOOK_ALIKE);
    expect(after).not.toContain(CPR);
    expect(problems).toEqual({});
    await page.close();
  }, 120_000);
});
