import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../src/domain/demo/generate-demo-data.ts";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The iPad and the phone size every staff screen is checked at. */
export const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** axe-core (WCAG 2.1 A/AA) and sideways scrolling on the page at its current size. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the pages' CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({
        runOnly: { type: "tag", values: tags },
      }),
    TAGS,
  )) as AxeResult;
  const found = result.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) found.push(`sideways scrolling: ${scrollWidth} > ${innerWidth}`);
  return found;
}

/**
 * axeViolations() at the iPad and the phone size; the page is left at the size it had
 * (1024×768 when it had none). With E2E_SCREENSHOTS set to a folder, each size is also saved
 * there as `<name>-<width>.png` for a person to look at.
 */
export async function audit(page: Page, name = "page"): Promise<string[]> {
  const found: string[] = [];
  const size = page.viewportSize() ?? VIEWPORTS[0];
  const shots = process.env.E2E_SCREENSHOTS;
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const problem of await axeViolations(page)) found.push(`${viewport.width}: ${problem}`);
    if (shots) {
      mkdirSync(shots, { recursive: true });
      const file = `${name.replace(/[^a-z0-9æøå-]+/gi, "-")}-${viewport.width}.png`;
      await page.screenshot({ path: join(shots, file), fullPage: true });
    }
  }
  await page.setViewportSize(size);
  return found;
}

/**
 * Collects axe findings per screen name; `expect(problems).toEqual({})` at the end shows
 * every screen's findings at once instead of stopping at the first.
 */
export function auditor() {
  const problems: Record<string, string[]> = {};
  return {
    problems,
    async check(page: Page, name: string): Promise<void> {
      const found = await audit(page, name);
      if (found.length > 0) problems[name] = found;
    },
  };
}

/** Logs in through the form with the demo password and waits for the staff area. */
export async function logIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill("#email", email);
  await page.fill("#password", DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL(/\/app/),
    page.click("form[action='/login'] button[type=submit]"),
  ]);
}

/** Logs out with the header's button and waits to leave the staff area. */
export async function logOut(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith("/app")),
    page.click("form[action='/logout'] button"),
  ]);
}

/** A Wednesday at least `days` ahead, as "2026-05-13", so the legal lead time is kept. */
export function wednesdayIn(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getUTCDay() !== 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** "median 12, min 8, max 40" of a list of milliseconds. */
export function spread(xs: readonly number[]): string {
  return `median ${median(xs)}, min ${Math.min(...xs)}, max ${Math.max(...xs)}`;
}

/** Opens a closed <details> (meeting mode keeps its less used forms folded). */
export async function unfold(page: Page, selector: string, hasText?: string): Promise<void> {
  await page
    .locator(selector, hasText ? { hasText } : {})
    .first()
    .evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
}

/** Opens a workflow step's panel (»Send retur«, »Send til godkendelse«) in the case page's bar. */
export async function openStep(page: Page, name: string): Promise<void> {
  await page.locator(".case-bar summary", { hasText: name }).click();
}

/**
 * The text of the element that has keyboard focus; "" when focus is on the page's frame (body,
 * or main after a click on its text), where a keyboard user starts from the top.
 */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    return !focused || focused === document.body || focused.tagName === "MAIN"
      ? ""
      : focused.innerText;
  });
}
