import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/domain/demo/generate-demo-data.ts";
import { codeAt } from "../test/accounts.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn, logOut } from "./lib/browser.ts";

/**
 * The administration area in Chromium: an administrator ends a secretary's session (her
 * next click lands on the log-in page), then sets up a second factor and signs in with a code
 * computed here. axe on every admin screen at 1024×768 and the iPad's 820×1180.
 */

const enabled = hasChromium();
const SIZES = [
  { width: 1024, height: 768 },
  { width: 820, height: 1180 },
] as const;
let server: DemoServer;
let adminBrowser: BrowserContext;
let memberBrowser: BrowserContext;

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer({ committees: 2 });
  adminBrowser = await launchChromium();
  memberBrowser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await adminBrowser?.close();
  await memberBrowser?.close();
  await server?.close();
});

const problems: Record<string, string[]> = {};
async function check(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    const found = await axeViolations(page);
    if (found.length) problems[`${name} ${size.width}`] = found;
  }
  await page.setViewportSize(SIZES[0]);
}

describe.skipIf(!enabled)("the administration area in Chromium", () => {
  it("ends a secretary's session, then signs the administrator in with a TOTP code", async () => {
    const member = await memberBrowser.newPage();
    await member.setViewportSize(SIZES[0]);
    await logIn(member, server.url, "sekretaer@eksempel.dk");

    const admin = await adminBrowser.newPage();
    await admin.setViewportSize(SIZES[0]);
    await logIn(admin, server.url, "admin@eksempel.dk");
    await admin.click("nav.site-nav a[href='/app/admin']");
    await admin.waitForURL(/\/app\/admin$/);
    await check(admin, "admin");
    await admin.click("main a[href='/app/admin/brugere']");
    await admin.waitForURL(/\/app\/admin\/brugere$/);
    await check(admin, "brugere");
    await admin.click("main a:text('Sofie Sekretær')");
    await admin.waitForURL(/\/app\/admin\/brugere\/\d+$/);
    await check(admin, "bruger");
    const endButtons = admin.locator("form[action$='/afslut'] button");
    expect(await endButtons.count()).toBe(1);
    await Promise.all([admin.waitForURL(/besked=ended/), endButtons.first().click()]);
    expect(await admin.locator("#agenda-status").textContent()).toBe("Sessionen er afsluttet.");
    expect(await admin.locator("text=Brugeren har ingen aktive sessioner.").count()).toBe(1);

    // The secretary's next click: the log-in page.
    await Promise.all([member.waitForURL(/\/login/), member.click("nav.site-nav a[href='/app']")]);
    expect(new URL(member.url()).pathname).toBe("/login");
    expect(await member.locator("h1").textContent()).toBe("Log ind");

    // The administrator sets up a second factor.
    await admin.goto(`${server.url}/app/admin`);
    await admin.click("a[href='/app/konto/totp']");
    await admin.click("form[action='/app/konto/totp/start'] button");
    await admin.waitForSelector("code.totp-secret");
    await check(admin, "totp");
    const secret = (await admin.locator("code.totp-secret").textContent()) ?? "";
    await admin.fill("#kode", await codeAt(secret));
    await Promise.all([admin.waitForURL(/besked=enabled/), admin.click("form.stacked button")]);
    await logOut(admin);

    // Signing in now takes the password and then a code.
    await admin.goto(`${server.url}/login`);
    await admin.fill("#email", "admin@eksempel.dk");
    await admin.fill("#password", DEMO_PASSWORD);
    await Promise.all([
      admin.waitForURL(/\/login\/kode/),
      admin.click("form[action='/login'] button[type=submit]"),
    ]);
    await check(admin, "kode");
    const blocked = await admin.goto(`${server.url}/app`);
    expect(new URL(blocked?.url() ?? "").pathname).toBe("/login");
    await admin.goBack();
    await admin.fill("#kode", await codeAt(secret, 1));
    await Promise.all([
      admin.waitForURL((url) => url.pathname === "/app"),
      admin.click("form[action='/login/kode'] button"),
    ]);
    expect(await admin.locator(".who").textContent()).toContain("Anne Admin");
    expect(problems).toEqual({});
  }, 120_000);
});
