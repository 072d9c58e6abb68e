import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { auditor, logIn } from "./lib/browser.ts";

/** A committee's roster page in Chromium: axe at iPad and phone size, adding and ending. */

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

describe.skipIf(!enabled)("the roster page in Chromium", () => {
  it("lists the members, refuses a bad period in Danish, adds a person and ends a membership", async () => {
    const { problems, check } = auditor();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await logIn(page, server.url, "sekretaer@eksempel.dk");
    await page.goto(`${server.url}/app/moeder/ny`);
    await page.selectOption("#vaelg-udvalg", { label: "Økonomiudvalget" });
    await Promise.all([
      page.waitForURL(/udvalg=\d+/),
      page.click("form[action='/app/moeder/ny'][method='get'] button"),
    ]);
    await check(page, "plan form with roster");
    await Promise.all([page.waitForURL(/\/medlemmer$/), page.click("a[href$='/medlemmer']")]);
    expect(await page.locator("h1").textContent()).toBe("Medlemmer af Økonomiudvalget");
    expect(await page.locator("#nuvaerende ~ div tbody tr").count()).toBe(9);
    await check(page, "roster");
    // On an iPad held upright every committee's tables fit their column (Chefforum's members
    // have long titles): nothing to scroll sideways to.
    await page.setViewportSize({ width: 810, height: 1080 });
    for (const committee of ["Chefforum", "Økonomiudvalget"]) {
      await page.goto(`${server.url}/app/moeder/ny`);
      await page.selectOption("#vaelg-udvalg", { label: committee });
      await Promise.all([
        page.waitForURL(/udvalg=\d+/),
        page.click("form[action='/app/moeder/ny'][method='get'] button"),
      ]);
      await Promise.all([page.waitForURL(/\/medlemmer$/), page.click("a[href$='/medlemmer']")]);
      const overflow = await page.$$eval(".table-wrap", (wraps) =>
        wraps.map((w) => w.scrollWidth - w.clientWidth),
      );
      expect([committee, ...overflow.filter((px) => px > 0)]).toEqual([committee]);
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    // The form's fields line up: the e-mail field is as wide as the name above it.
    const width = async (selector: string) => (await page.locator(selector).boundingBox())?.width;
    expect(await width("#ny-email")).toBe(await width("#ny-navn"));

    await page.fill("#ny-navn", "Zenia Ny");
    await page.fill("#ny-parti", "Å");
    await page.fill("#ny-fra", "2026-05-01");
    await page.fill("#ny-til", "2026-04-01");
    await Promise.all([page.waitForLoadState(), page.click(".roster-form button[type=submit]")]);
    await expect(page.locator("#fejl").textContent()).resolves.toContain(
      "Medlemskabet kan ikke slutte, før det begynder.",
    );
    await check(page, "roster refused");
    await page.fill("#ny-til", "");
    await Promise.all([
      page.waitForURL(/ok=tilfoejet/),
      page.click(".roster-form button[type=submit]"),
    ]);
    await expect(page.locator("#nuvaerende ~ div").textContent()).resolves.toContain("Zenia Ny");

    const row = page.locator("tr", { hasText: "Zenia Ny" });
    await row.locator("input[type=date]").fill("2026-12-31");
    await Promise.all([page.waitForURL(/ok=afsluttet/), row.locator("button").click()]);
    await expect(page.locator("#agenda-status").textContent()).resolves.toBe(
      "Medlemskabet er afsluttet.",
    );
    await page.click("a:has-text('Ret Birgitte Holm')");
    await check(page, "roster edit");
    expect(problems).toEqual({});
  }, 300_000);
});
