import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { findPortalPages } from "./portal-pages.ts";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = [
  { name: "1024×768 (iPad)", width: 1024, height: 768 },
  { name: "390×844 (telefon)", width: 390, height: 844 },
];
const SEARCH = ["/soeg?q=budget", "/soeg?q="];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

async function audit(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the pages' CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  )) as AxeResult;
  return result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

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
      const paths = [...pages, "/tilgaengelighed", ...SEARCH];
      const problems: Record<string, string[]> = {};
      for (const path of paths) {
        const response = await page.goto(new URL(path, server.url).toString());
        expect(response?.status(), path).toBe(200);
        const found = await audit(page);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth)
          found.push(`sideways scrolling: ${scrollWidth} > ${innerWidth}`);
        if (found.length > 0) problems[path] = found;
      }
      await page.close();
      expect(problems).toEqual({});
    }, 120_000);
  }
});
