import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDueMail } from "../src/mail/send-due-mail.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { passOptions, testClock } from "../test/mail-outbox.ts";
import { SmtpPeer } from "../test/smtp-peer.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations, logIn } from "./lib/browser.ts";

/** The iPad's landscape size and an iPad Air held upright. */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 820, height: 1180 },
] as const;
const MEMBER = "medlem@eksempel.dk";
const NEW_PASSWORD = "en-ny-og-lang-adgangskode";

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;
let smtp: SmtpPeer;

beforeAll(async () => {
  if (!enabled) return;
  server = await startDemoServer({ years: 1, committees: 2 });
  browser = await launchChromium();
  smtp = await new SmtpPeer().start();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.stop();
});

async function check(page: Page, name: string, problems: Record<string, string[]>) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const found = await axeViolations(page);
    if (found.length > 0) problems[`${name} ${viewport.width}`] = found;
  }
}

/**
 * The newest password mail to the address, as it arrives: the outbox is sent through
 * nodemailer to a real SMTP server, as the running app's sender does.
 */
async function resetMail(to: string) {
  const options = passOptions(smtp, testClock());
  await sendDueMail(server.database.db, options);
  options.close();
  const mail = smtp.received.filter((m) => (m.to && "text" in m.to ? m.to.text : "") === to).at(-1);
  return mail && { subject: mail.subject, text: mail.text ?? "", html: mail.html || "" };
}

describe.skipIf(!enabled)("a forgotten password in Chromium", () => {
  it("is reset from the mailed link, then the new password logs in; the pages pass axe", async () => {
    const page = await browser.newPage();
    const problems: Record<string, string[]> = {};
    await page.goto(`${server.url}/login`);
    await Promise.all([
      page.waitForURL(/\/glemt-adgangskode$/),
      page.click("text=Glemt adgangskode?"),
    ]);
    await check(page, "glemt", problems);
    await page.fill("#email", MEMBER);
    await Promise.all([
      page.waitForLoadState("load"),
      page.click("form[action='/glemt-adgangskode'] button[type=submit]"),
    ]);
    await page.waitForSelector("h1:has-text('Tjek din mail')");
    await check(page, "sendt", problems);

    const mail = await resetMail(MEMBER);
    expect(mail?.subject).toBe("Vælg en ny adgangskode til Referat");
    // The link as the mail's HTML part carries it (the plain text says the same).
    const href = /href="([^"]*\/ny-adgangskode\?token=[^"]+)"/.exec(mail?.html ?? "")?.[1] ?? "";
    expect(href.startsWith(`${server.url}/ny-adgangskode?token=`)).toBe(true);
    expect(mail?.text).toContain(href);

    await page.goto(href.replaceAll("&amp;", "&"));
    await page.waitForSelector("h1:has-text('Vælg en ny adgangskode')");
    await check(page, "ny-adgangskode", problems);
    await page.fill("#password", NEW_PASSWORD);
    await page.fill("#repeat", NEW_PASSWORD);
    await Promise.all([
      page.waitForURL(/\/login\?besked=ny-adgangskode$/),
      page.click("form[action='/ny-adgangskode'] button[type=submit]"),
    ]);
    expect(await page.textContent("[role=status]")).toContain("Din adgangskode er gemt.");
    await page.fill("#email", MEMBER);
    await page.fill("#password", NEW_PASSWORD);
    await Promise.all([
      page.waitForURL(/\/app$/),
      page.click("form[action='/login'] button[type=submit]"),
    ]);
    expect(await page.textContent("main")).toBeTruthy();

    // The link worked once.
    const again = await page.goto(href.replaceAll("&amp;", "&"));
    expect(again?.status()).toBe(410);
    await page.waitForSelector("h1:has-text('Linket er udløbet')");
    await check(page, "udloebet", problems);
    await page.close();
    expect(problems).toEqual({});
  }, 120_000);

  it("shows the mail preferences and the invitation form without axe findings", async () => {
    const page = await browser.newPage();
    const problems: Record<string, string[]> = {};
    await browser.clearCookies(); // the member of the test above is still logged in
    await logIn(page, server.url, "admin@eksempel.dk");
    await Promise.all([page.waitForURL(/\/app\/indstillinger$/), page.click("text=Indstillinger")]);
    await check(page, "indstillinger", problems);
    await page.goto(`${server.url}/app/admin/brugere/inviter`);
    await page.waitForSelector("h1:has-text('Inviter en bruger')");
    await check(page, "inviter", problems);
    await page.close();
    expect(problems).toEqual({});
  }, 60_000);
});
