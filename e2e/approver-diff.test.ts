import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { committees, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { createCase } from "../src/domain/case/create-case.ts";
import { saveCase } from "../src/domain/case/save-case.ts";
import { submitCase } from "../src/domain/case/submit-case.ts";
import type { PmDoc, PmNode } from "../src/domain/richtext/doc.ts";
import { textToDoc } from "../src/domain/richtext/text-to-doc.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn, openStep } from "./lib/browser.ts";

const AUTHOR = "forfatter@eksempel.dk";
const APPROVER = "godkender@eksempel.dk";

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;

const para = (text: string): PmNode => ({ type: "paragraph", content: [{ type: "text", text }] });
const cell = (type: string, text: string): PmNode => ({ type, content: [para(text)] });

/** A field with a heading, a list and a table: what the author will change one piece of each. */
const body: PmDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Baggrund" }] },
    para("Børn cykler i dag på en smal vej uden cykelsti."),
    {
      type: "bulletList",
      content: ["Egeskolen og Søskolen", "Bøgeskolen"].map((t) => ({
        type: "listItem",
        content: [para(t)],
      })),
    },
    {
      type: "table",
      content: [
        {
          type: "tableRow",
          content: [cell("tableHeader", "Skole"), cell("tableHeader", "Pris")],
        },
        {
          type: "tableRow",
          content: [cell("tableCell", "Egeskolen"), cell("tableCell", "1,2 mio. kr.")],
        },
      ],
    },
  ],
};

async function logInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await logIn(page, server.url, email);
}

async function submitVia(page: Page, selector: string) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

/** Puts the caret in an element of the editor, at its end or after `offset` characters. */
async function caretIn(page: Page, selector: string, offset?: number) {
  await page.locator(selector).click();
  await page.keyboard.press("End");
  if (offset !== undefined) {
    await page.keyboard.press("Home");
    for (let i = 0; i < offset; i++) await page.keyboard.press("ArrowRight");
  }
  await page.waitForTimeout(50);
}

/** A sent case with structured content, made as its author would. */
async function sentCase(): Promise<number> {
  const { db } = server.database;
  const [author] = await db.select().from(users).where(eq(users.email, AUTHOR));
  const [approver] = await db.select().from(users).where(eq(users.email, APPROVER));
  const principal = await loadPrincipal(db, author?.id ?? 0);
  const [chefforum] = await db.select().from(committees).where(eq(committees.name, "Chefforum"));
  if (!principal || !chefforum || !approver) throw new Error("demo data missing");
  const created = await createCase(db, principal, {
    committeeId: chefforum.id,
    title: "Beslutning om sikre cykelstier ved skolerne",
    purpose: "decision",
  });
  const text = (key: string) => ({ key, doc: textToDoc("Forslaget følger trafikpolitikken.") });
  const saved = await saveCase(db, principal, {
    caseId: created.id,
    version: created.version,
    fields: [
      { key: "indstilling", doc: textToDoc("Direktøren indstiller,\n1. at forslaget godkendes") },
      { key: "sagsfremstilling", doc: body },
      ...["resume", "vision", "oekonomi", "lovgrundlag", "borgerperspektiv"].map(text),
    ],
  });
  await submitCase(db, principal, {
    caseId: created.id,
    approverId: approver.id,
    version: saved.version,
  });
  return created.id;
}

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!enabled)("what changed, for the approver", () => {
  it("shows the approver the author's three edits since the return, marked inside heading, list and table", async () => {
    const id = await sentCase();
    const caseUrl = `${server.url}/app/sager/${id}`;
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    // The approver returns the case.
    await logInAs(page, APPROVER);
    await page.goto(caseUrl);
    await openStep(page, "Send retur");
    await page.fill("#sag-retur", "Præcisér overskriften og tabellen.");
    await submitVia(page, "button:text-is('Gem og send retur')");
    expect(await page.locator(".case-notice").innerText()).toContain("sendt retur");

    // The author changes the heading, a list item and a table cell, and saves.
    await logInAs(page, AUTHOR);
    await page.goto(caseUrl);
    await page.waitForSelector("form.case-form--enhanced");
    const area = "#felt-sagsfremstilling .case-editor-area";
    await caretIn(page, `${area} h3`);
    await page.keyboard.type(" og formål");
    await caretIn(page, `${area} ul li:first-child p`, "Egeskolen".length);
    await page.keyboard.type(",");
    await caretIn(page, `${area} table tr:nth-child(2) td:nth-child(2) p`);
    await page.keyboard.press("Backspace");
    await submitVia(page, "form.case-form button:text-is('Gem')");
    expect(await page.locator(".case-notice").innerText()).toContain("gemt som version");

    // The approver opens the case: it has changed since they returned it.
    await logInAs(page, APPROVER);
    await page.goto(caseUrl);
    expect(await page.locator(".case-compare-since").innerText()).toContain(
      "siden du sendte den retur",
    );
    expect(await axeViolations(page)).toEqual([]);
    await submitVia(page, ".case-compare-form button:text-is('Vis ændringer')");
    const result = page.locator(".case-compare-result");
    const ins = result.locator("ins");
    const del = result.locator("del");
    expect(await ins.count()).toBe(2);
    expect(await del.count()).toBe(1);
    const field = result.locator("section.case-diff-field").filter({
      has: page.getByRole("heading", { name: "Sagsfremstilling", exact: true }),
    });
    // What a screen reader reads: the change named, inside the heading, list item and cell.
    expect(await field.locator("h5").textContent()).toBe("BaggrundIndsat:  og formål ");
    expect(await field.locator("ul li ins").textContent()).toBe("Indsat: , ");
    expect(await field.locator("table td del").textContent()).toBe("Slettet: . ");
    // Seen without the screen reader words: the marked text itself.
    const marked = await result.evaluate((el) =>
      [...el.querySelectorAll("ins, del")].map((n) => [
        n.tagName.toLowerCase(),
        [...n.childNodes]
          .filter((c) => !(c instanceof HTMLElement && c.classList.contains("visually-hidden")))
          .map((c) => c.textContent)
          .join(""),
      ]),
    );
    expect(marked).toEqual([
      ["ins", " og formål"],
      ["ins", ","],
      ["del", "."],
    ]);
    // The comma is not a hairline: it has a coloured box of its own.
    const box = await field.locator("ul li ins").evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, width: el.getBoundingClientRect().width };
    });
    expect(box.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(box.width).toBeGreaterThan(4);
    expect(await axeViolations(page)).toEqual([]);
    const shots = process.env.E2E_SCREENSHOTS;
    if (shots) await result.screenshot({ path: `${shots}/approver-diff.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });

    // Another version can be picked; a revision that does not exist is a Danish 404.
    const missing = await page.goto(`${caseUrl}?fra=99`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator("main").innerText()).toContain("Version 99 findes ikke.");
    const bad = await page.goto(`${caseUrl}?fra=abc`);
    expect(bad?.status()).toBe(400);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
