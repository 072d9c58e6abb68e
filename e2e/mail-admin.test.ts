import { eq } from "drizzle-orm";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../src/db/client.ts";
import { mailOutbox, users } from "../src/db/schema/index.ts";
import { DEMO_PASSWORD } from "../src/domain/demo/generate-demo-data.ts";
import { enqueueMail } from "../src/domain/mail/enqueue-mail.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { createOrganisation, createUser } from "../test/factories.ts";
import { openDemoDatabase } from "./demo-cache.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { auditor, logIn } from "./lib/browser.ts";

/**
 * The administrator's outbox page in Chromium, with a refused and a waiting mail: it passes
 * axe at both sizes, and »Send igen« puts the refused mail back in the queue.
 */

const enabled = hasChromium();
let server: DemoServer;
let browser: BrowserContext;
let database: Database;

beforeAll(async () => {
  if (!enabled) return;
  // No demo year: an organisation with its administrator is all this page needs.
  database = await openDemoDatabase(null);
  const org = await createOrganisation(database.db);
  await createUser(database.db, {
    organisationId: org.id,
    email: "admin@eksempel.dk",
    password: DEMO_PASSWORD,
    roles: [{ role: "admin", committeeId: null }],
  });
  server = await startDemoServer({}, database);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await database?.close();
});

it.skipIf(!enabled)("shows the outbox accessibly and sends a refused mail again", async () => {
  const { db } = server.database;
  const [admin] = await db.select().from(users).where(eq(users.email, "admin@eksempel.dk"));
  if (!admin) throw new Error("no demo admin");
  const mail = (to: string, subject: string) => ({
    organisationId: admin.organisationId,
    to,
    kind: "case.approved",
    subject,
    text: subject,
    html: `<p>${subject}</p>`,
  });
  const [refusedId] = await db.transaction((tx) =>
    enqueueMail(tx, [
      mail("findes.ikke@eksempel.dk", "Sagen om Æblehaven er godkendt"),
      mail("medlem@eksempel.dk", "Dagsorden til Økonomiudvalget er udsendt"),
    ]),
  );
  await db
    .update(mailOutbox)
    .set({
      failedAt: new Date(),
      attempts: 1,
      lastError:
        "Mailserveren afviste modtageren: 550 5.1.1 <findes.ikke@eksempel.dk>: User unknown",
    })
    .where(eq(mailOutbox.id, refusedId ?? 0));

  const page = await browser.newPage();
  const { problems, check } = auditor();
  await logIn(page, server.url, "admin@eksempel.dk");
  await page.goto(`${server.url}/app/admin/post`);
  await expect(page.locator("h1").textContent()).resolves.toBe("Post");
  await expect(page.locator("#mail-status").textContent()).resolves.toContain(
    "Mail er ikke sat op",
  );
  await check(page, "mail-admin");
  await Promise.all([
    page.waitForURL(/besked=sendes/),
    page.click(`form[action='/app/admin/post/${refusedId}/send-igen'] button`),
  ]);
  await expect(page.locator("#agenda-status").textContent()).resolves.toBe(
    "Mailen sendes igen ved næste forsøg.",
  );
  await expect(page.locator("#mail-failed").textContent()).resolves.toBe("0");
  await expect(page.locator("#mail-waiting").textContent()).resolves.toBe("2");
  await check(page, "mail-admin-resent");
  await page.close();
  expect(problems).toEqual({});
});
