import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, ssoGroupRoles } from "../src/db/schema/index.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import {
  createTestIdp,
  privilegeList,
  SP_CERT_PATH,
  SP_KEY_PATH,
  type TestIdp,
} from "../test/saml-idp.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations } from "./lib/browser.ts";

/**
 * Signing in with SAML in Chromium: the login page's button sends the browser to a test
 * identity provider on localhost (a real samlify IdP behind a tiny HTTP server), whose page
 * posts the signed response back to Referat's ACS, as KOMBIT's Context Handler does.
 */

const enabled = hasChromium();
const PRIVILEGE = "http://referat.dk/roles/usersystemrole/sekretaer/1";
let server: DemoServer;
let browser: BrowserContext;
let idpServer: Server;
let idp: TestIdp;

/** The IdP's sign-in page: reads Referat's AuthnRequest and auto-posts a signed response. */
function idpPage(url: string): Promise<string> {
  return (async () => {
    const spMetadata = await (await fetch(`${server.url}/saml/metadata`)).text();
    const requestId = await idp.readRequest(url, spMetadata);
    const response = idp.response(`${server.url}/saml/acs`, `${server.url}/saml/metadata`, {
      inResponseTo: requestId,
      nameId: "kombit-e2e-bente",
      attributes: {
        "https://data.gov.dk/model/core/eid/firstName": ["Bente"],
        "https://data.gov.dk/model/core/eid/lastName": ["Sørensen"],
        "https://data.gov.dk/model/core/eid/email": ["bente.soerensen@eksempel.dk"],
        "https://data.gov.dk/model/core/eid/privilegesIntermediate": [privilegeList([PRIVILEGE])],
      },
    });
    return `<!doctype html><html lang="da"><title>Test-IdP</title><body onload="document.forms[0].submit()">
      <form method="post" action="${server.url}/saml/acs">
      <input type="hidden" name="SAMLResponse" value="${response}"><button>Fortsæt</button></form></body></html>`;
  })();
}

beforeAll(async () => {
  if (!enabled) return;
  idpServer = createServer((req, res) => {
    const url = `http://127.0.0.1:${(idpServer.address() as AddressInfo).port}${req.url}`;
    idpPage(url).then(
      (html) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html),
      (error: Error) => res.writeHead(400).end(error.message),
    );
  });
  await new Promise<void>((resolve) => idpServer.listen(0, "127.0.0.1", resolve));
  const { port } = idpServer.address() as AddressInfo;
  idp = await createTestIdp(`http://127.0.0.1:${port}/sso`);
  server = await startDemoServer({}, undefined, {
    REFERAT_SAML_IDP_METADATA: idp.metadataPath,
    REFERAT_SAML_SP_KEY: SP_KEY_PATH,
    REFERAT_SAML_SP_CERT: SP_CERT_PATH,
    REFERAT_SAML_NAME: "KOMBIT",
  });
  const db = server.database.db;
  const [org] = await db.select({ id: organisations.id }).from(organisations);
  await db.insert(ssoGroupRoles).values({
    organisationId: org?.id ?? 0,
    groupValue: PRIVILEGE,
    role: "secretary",
    committeeId: null,
  });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => idpServer?.close(resolve));
});

describe.skipIf(!enabled)("SAML sign-in in Chromium", () => {
  it("signs in through the identity provider from the login page's button", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Log ind med KOMBIT" }).click();
    await page.waitForURL(`${server.url}/app**`);
    expect(await page.textContent("body")).toContain("Logget ind som Bente Sørensen");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
