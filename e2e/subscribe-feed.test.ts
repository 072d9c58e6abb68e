import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations } from "./lib/browser.ts";

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

describe.skipIf(!enabled)("subscribing in Chromium", () => {
  it("»Abonnér« explains feeds and calendars with addresses to copy, axe-clean", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL("/", server.url).toString());
    await page.getByRole("link", { name: "Abonnér", exact: true }).click();
    await expect(page.locator("h1").textContent()).resolves.toBe(
      "Abonnér på dagsordener og referater",
    );
    const copy = page.locator("button[data-copy]").first();
    await copy.waitFor({ state: "visible" });
    expect(await copy.getAttribute("data-copy")).toMatch(/\/feed\.atom$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);

  it("opens a committee's Atom feed as a readable Danish page with its entries, axe-clean", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(new URL("/abonner", server.url).toString());
    const feedUrl = await page.locator("a[href$='/feed.atom']").first().getAttribute("href");
    const path = new URL(feedUrl ?? "").pathname;
    const response = await page.goto(new URL(path, server.url).toString());
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toMatch(/: dagsordener og referater$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("da");
    const entries = await page.locator(".feed-entries h3 a").allTextContents();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]).toMatch(/^(Dagsorden|Referat): /);
    await expect(page.getByRole("link", { name: "Sådan abonnerer du" }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
