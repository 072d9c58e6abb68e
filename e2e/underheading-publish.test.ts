import { and, eq } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseFields, committees, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../src/domain/agenda/publish-agenda.ts";
import { approveCase } from "../src/domain/case/approve-case.ts";
import { createCase } from "../src/domain/case/create-case.ts";
import { saveCase } from "../src/domain/case/save-case.ts";
import { submitCase } from "../src/domain/case/submit-case.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { textToDoc } from "../src/domain/richtext/text-to-doc.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import {
  hasPoppler,
  pdfHeadings,
  pdfInfo,
  pdfMetadata,
  skippedHeadingLevels,
} from "../test/poppler.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { logIn, wednesdayIn } from "./lib/browser.ts";

const enabled = hasChromium() && hasPoppler();
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

async function principalOf(email: string) {
  const { db } = server.database;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const principal = user && (await loadPrincipal(db, user.id));
  if (!principal) throw new Error(`no demo user ${email}`);
  return principal;
}

const TEXT_FIELDS = ["resume", "vision", "oekonomi", "lovgrundlag", "borgerperspektiv"];

describe.skipIf(!enabled)("an agenda whose author used only »Underoverskrift«", () => {
  it("publishes, and the public PDF is PDF/UA-1 with headings that never skip a level", async () => {
    const { db } = server.database;
    const author = await principalOf("forfatter@eksempel.dk");
    const approver = await principalOf("godkender@eksempel.dk");
    const secretary = await principalOf("sekretaer@eksempel.dk");
    const [committee] = await db.select().from(committees).where(eq(committees.name, "Chefforum"));
    if (!committee) throw new Error("demo data missing");
    const created = await createCase(db, author, {
      committeeId: committee.id,
      title: "Beslutning om nye legepladser",
    });
    await saveCase(db, author, {
      caseId: created.id,
      version: created.version,
      fields: [
        { key: "indstilling", doc: textToDoc("Direktøren indstiller,\n1. at forslaget godkendes") },
        ...TEXT_FIELDS.map((key) => ({ key, doc: textToDoc("Forslaget følger politikken.") })),
      ],
    });

    // The author writes Sagsfremstilling in the real editor with the second heading button only.
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page, server.url, "forfatter@eksempel.dk");
    await page.goto(`${server.url}/app/sager/${created.id}`);
    await page.waitForSelector("form.case-form--enhanced");
    const area = page.locator("#felt-sagsfremstilling .case-editor-area");
    await area.click();
    await page.keyboard.press("Control+End");
    await page
      .locator("#felt-sagsfremstilling .case-toolbar")
      .getByRole("button", { name: "Underoverskrift", exact: true })
      .click();
    await page.keyboard.type("Baggrund");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Legepladserne ved skolerne er slidte.");
    await Promise.all([
      page.waitForNavigation(),
      page.click("form.case-form button:text-is('Gem')"),
    ]);
    expect(await page.locator(".case-notice").innerText()).toContain("gemt som version");
    await page.close();

    const [stored] = await db
      .select({ doc: caseFields.doc })
      .from(caseFields)
      .where(and(eq(caseFields.caseId, created.id), eq(caseFields.key, "sagsfremstilling")));
    const content = (stored?.doc as { content?: { type: string; attrs?: { level?: number } }[] })
      ?.content;
    const headings = (content ?? []).filter((n) => n.type === "heading");
    expect(headings.map((h) => h.attrs?.level)).toEqual([2]);

    const { version } = await submitCase(db, author, {
      caseId: created.id,
      approverId: approver.user.id,
    });
    expect(version).toBeGreaterThan(0);
    await approveCase(db, approver, { caseId: created.id });
    const { meetingId } = await planMeeting(db, secretary, {
      committeeId: committee.id,
      date: wednesdayIn(35),
      start: "13:00",
      end: "14:00",
      location: "Mødelokale Legeplads",
      guests: "",
    });
    await addCasesToAgenda(db, secretary, { meetingId, caseIds: [created.id] });
    await expect(publishAgenda(db, secretary, { meetingId })).resolves.toMatchObject({
      version: 1,
    });

    const response = await fetch(`${server.url}/moeder/${meetingId}/dokument.pdf`);
    expect(response.status).toBe(200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect((await pdfInfo(pdf)).Tagged).toBe("yes");
    expect(await pdfMetadata(pdf)).toContain("<pdfuaid:part>1</pdfuaid:part>");
    const tree = await pdfHeadings(pdf);
    expect(tree).toContainEqual({ level: 3, text: "Sagsfremstilling" });
    expect(tree).toContainEqual({ level: 4, text: "Baggrund" });
    expect(skippedHeadingLevels(tree.map((h) => h.level))).toEqual([]);

    // The public page says the same in HTML.
    const view = await browser.newPage();
    await view.goto(`${server.url}/moeder/${meetingId}`);
    const levels = await view
      .locator("main h1, main h2, main h3, main h4, main h5, main h6")
      .evaluateAll((els) => els.map((el) => Number(el.tagName.slice(1))));
    expect(skippedHeadingLevels(levels)).toEqual([]);
    expect(await view.locator("main h4", { hasText: "Baggrund" }).count()).toBe(1);
    await view.close();
  }, 240_000);
});
