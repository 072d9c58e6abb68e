import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations } from "./lib/browser.ts";
import { findPortalPages } from "./portal-pages.ts";

const VIEWPORTS = [
  { name: "1024×768 (iPad)", width: 1024, height: 768 },
  { name: "390×844 (telefon)", width: 390, height: 844 },
];
const SEARCH = ["/soeg?q=budget", "/soeg?q="];

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;
let pages: string[] = [];

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer();
  const found = await findPortalPages(server.url);
  pages = Object.values(found);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!enabled)("the portal in Chromium", () => {
  for (const viewport of VIEWPORTS) {
    it(`has no axe violations (WCAG 2.1 A/AA) and no sideways scrolling at ${viewport.name}`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const paths = [...pages, "/tilgaengelighed", "/aabne-data", ...SEARCH];
      const problems: Record<string, string[]> = {};
      for (const path of paths) {
        const response = await page.goto(new URL(path, server.url).toString());
        expect(response?.status(), path).toBe(200);
        const found = await axeViolations(page);
        if (found.length > 0) problems[path] = found;
      }
      await page.close();
      expect(problems).toEqual({});
    }, 120_000);
  }
});
