import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/client.ts";
import { ssoGroupRoles } from "../src/db/schema/index.ts";
import { createApp } from "../src/http/app.ts";
import type { AppEnv } from "../src/http/types.ts";
import { createLogger } from "../src/logger.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { createCommittee, createOrganisation } from "../test/factories.ts";
import { type OidcPeer, startOidcPeer } from "../test/oidc-peer.ts";
import { openDemoDatabase } from "./demo-cache.ts";
import { audit } from "./lib/browser.ts";

const enabled = hasChromium();
let database: Database;
let server: Server;
let url: string;
let peer: OidcPeer;
let browser: BrowserContext;

beforeAll(async () => {
  if (!enabled) return;
  database = await openDemoDatabase(null);
  const org = await createOrganisation(database.db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(database.db, {
    organisationId: org.id,
    name: "Kultur- og fritidsudvalget",
  });
  await database.db.insert(ssoGroupRoles).values([
    {
      organisationId: org.id,
      groupValue: "grp-kultur-sekretaerer",
      role: "secretary",
      committeeId: committee.id,
    },
    { organisationId: org.id, groupValue: "grp-referat-admin", role: "admin", committeeId: null },
  ]);
  let app: Hono<AppEnv> | undefined;
  server = await new Promise<Server>((resolve) => {
    const s = serve(
      { fetch: (r, env) => (app as Hono<AppEnv>).fetch(r, env), hostname: "127.0.0.1", port: 0 },
      () => resolve(s as Server),
    ) as Server;
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peer = await startOidcPeer(url);
  peer.accounts.set("sub-lene", {
    name: "Lene Kultursekretær",
    email: "lene@eksempel.dk",
    groups: ["grp-kultur-sekretaerer", "grp-referat-admin"],
  });
  const config = loadConfig({ LOG_LEVEL: "silent", REFERAT_PUBLIC_URL: url, ...peer.env });
  app = createApp({ db: database.db, config, logger: createLogger("silent") });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await peer?.close();
  await database?.close();
});

describe.skipIf(!enabled)("sign-in through the OpenID provider in Chromium", () => {
  it("clicks »Log ind med …«, signs in at the provider and lands with the mapped role", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/login`);
    expect(await audit(page, "login-oidc")).toEqual([]);
    await page.getByRole("link", { name: "Log ind med Testudbyder" }).click();
    await page.waitForURL((u) => u.href.startsWith(peer.issuer));
    await page.locator('input[name="login"]').fill("sub-lene");
    await page.locator('input[name="password"]').fill("hvad-som-helst");
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.href.startsWith(`${url}/app`));
    const body = await page.locator("main").innerText();
    expect(body).toContain("Kultur- og fritidsudvalget");
    expect(body).toContain("Udvalgssekretær");
    expect(await page.locator("body").innerText()).toContain("Lene Kultursekretær");

    // The administrator's page for the mappings, as the organisation-wide admin group gives it.
    await page.goto(`${url}/app/admin/grupper`);
    expect(await page.locator("table").innerText()).toContain("grp-kultur-sekretaerer");
    expect(await audit(page, "admin-grupper")).toEqual([]);
    await page.close();
  }, 90_000);
});
