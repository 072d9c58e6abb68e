import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { createCommittee, createOrganisation } from "../../test/factories.ts";
import {
  createTestIdp,
  IDP_SSO_URL,
  privilegeList,
  type ResponseOptions,
  SP_CERT_PATH,
  SP_KEY_PATH,
  type TestIdp,
} from "../../test/saml-idp.ts";
import type { Db } from "../db/client.ts";
import { auditLog, memberships, sessions, users } from "../db/schema/index.ts";
import { findSession } from "../domain/auth/find-session.ts";
import { samlMessages } from "../i18n/da/saml.ts";
import { ssoMessages } from "../i18n/da/sso.ts";
import { createLogger } from "../logger.ts";
import { ORIGIN, setCookies, testApp } from "./testing.ts";

/**
 * SAML sign-in against a real samlify identity provider in this process: the AuthnRequest
 * goes out by the Redirect binding and is read (and its signature checked) by the IdP; the
 * IdP's signed response comes back by POST from its own origin, as a browser would carry it.
 */

const database = useTestDatabase();
const ENTITY_ID = `${ORIGIN}/saml/metadata`;
const ACS = `${ORIGIN}/saml/acs`;
const KOMBIT = {
  email: "https://data.gov.dk/model/core/eid/email",
  first: "https://data.gov.dk/model/core/eid/firstName",
  last: "https://data.gov.dk/model/core/eid/lastName",
  privileges: "https://data.gov.dk/model/core/eid/privilegesIntermediate",
};
const ADFS = {
  name: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
  email: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
  role: "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
};

let db: Db;
let idp: TestIdp;
let app: ReturnType<typeof testApp>;
let spMetadata: string;
let committeeId: number;
const logLines: string[] = [];

beforeAll(async () => {
  db = database.current.db;
  idp = await createTestIdp();
  const org = await createOrganisation(db);
  committeeId = (await createCommittee(db, { organisationId: org.id })).id;
  await db.execute(
    `insert into sso_group_roles ("organisationId", "groupValue", role, "committeeId") values
     (${org.id}, 'http://referat.dk/roles/usersystemrole/sekretaer/1', 'secretary', null),
     (${org.id}, 'Referat-Medlemmer', 'member', ${committeeId})` as never,
  );
  const logger = createLogger("info", { write: (line: string) => void logLines.push(line) });
  app = testApp(
    db,
    {
      REFERAT_SAML_IDP_METADATA: idp.metadataPath,
      REFERAT_SAML_SP_KEY: SP_KEY_PATH,
      REFERAT_SAML_SP_CERT: SP_CERT_PATH,
      REFERAT_SAML_NAME: "KOMBIT",
    },
    { logger },
  );
  spMetadata = await (await app.request("/saml/metadata")).text();
});

/** Starts a sign-in as the login button does; the IdP reads the request. */
async function startSignIn(next = "/app") {
  const res = await app.request(`/saml/login?next=${encodeURIComponent(next)}`);
  expect(res.status).toBe(302);
  const location = res.headers.get("location") ?? "";
  expect(location.startsWith(`${IDP_SSO_URL}?SAMLRequest=`)).toBe(true);
  return idp.readRequest(location, spMetadata);
}

/** What the browser posts to the ACS, coming from the IdP's page. */
function postToAcs(samlResponse: string) {
  return app.request("/saml/acs", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://idp.test" },
    body: new URLSearchParams({ SAMLResponse: samlResponse }).toString(),
  });
}

const kombitPerson = (n: string, privileges: string[]) => ({
  nameId: `kombit-${n}`,
  attributes: {
    [KOMBIT.first]: ["Bente"],
    [KOMBIT.last]: [`Hansen ${n}`],
    [KOMBIT.email]: [`bente.${n}@albertslund.dk`],
    [KOMBIT.privileges]: [privilegeList(privileges)],
  },
});

async function sessionOf(res: Response) {
  const cookie = setCookies(res).get("referat_session")?.value;
  return cookie ? findSession(db, cookie) : null;
}

async function sessionCount() {
  return (await db.select({ id: sessions.id }).from(sessions)).length;
}

describe("SAML sign-in", () => {
  it("serves metadata that names our entity ID, ACS and signing certificate", async () => {
    expect(spMetadata).toContain(`entityID="${ENTITY_ID}"`);
    expect(spMetadata).toMatch(/AuthnRequestsSigned="true"/);
    expect(spMetadata).toMatch(/WantAssertionsSigned="true"/);
    expect(spMetadata).toContain(`Location="${ACS}"`);
    expect(spMetadata).toContain("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST");
    expect(spMetadata).toMatch(/<(\w+:)?KeyDescriptor use="signing"/);
  });

  it("shows »Log ind med KOMBIT« above the password form", async () => {
    const html = await (await app.request("/login?next=/app/sager")).text();
    const button = html.indexOf("Log ind med KOMBIT");
    expect(button).toBeGreaterThan(0);
    expect(button).toBeLessThan(html.indexOf('action="/login"'));
    expect(html).toContain('href="/saml/login?next=%2Fapp%2Fsager"');
  });

  it("signs in by POST with KOMBIT's attributes; privileges map to roles", async () => {
    const requestId = await startSignIn("/app/sager");
    const person = kombitPerson("a", ["http://referat.dk/roles/usersystemrole/sekretaer/1"]);
    const res = await postToAcs(
      idp.response(ACS, ENTITY_ID, { inResponseTo: requestId, ...person }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/app/sager");
    const session = await sessionOf(res);
    expect(session?.principal.user.name).toBe("Bente Hansen a");
    const [user] = await db.select().from(users).where(eq(users.email, "bente.a@albertslund.dk"));
    expect(user?.name).toBe("Bente Hansen a");
    const roles = await db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user?.id ?? 0));
    expect(roles.map((r) => [r.role, r.committeeId])).toEqual([["secretary", null]]);
  });

  it("signs in with an encrypted assertion, as KOMBIT sends it; an unsigned one is refused", async () => {
    expect(spMetadata).toMatch(/<(\w+:)?KeyDescriptor use="encryption"/);
    const requestId = await startSignIn("/app");
    const person = kombitPerson("enc", ["http://referat.dk/roles/usersystemrole/sekretaer/1"]);
    const encrypted = await idp.encryptedResponse(spMetadata, ACS, ENTITY_ID, {
      inResponseTo: requestId,
      ...person,
    });
    expect(Buffer.from(encrypted, "base64").toString()).toContain("EncryptedAssertion");
    expect(Buffer.from(encrypted, "base64").toString()).not.toContain("bente.enc@");
    // Unsigned inside: encryption alone proves nothing about who sent it.
    const second = await startSignIn("/app");
    const unsigned = await idp.encryptedResponse(spMetadata, ACS, ENTITY_ID, {
      inResponseTo: second,
      ...person,
      assertionKey: "none",
    });
    const refused = await postToAcs(unsigned);
    expect(refused.status).toBe(400);
    expect(setCookies(refused).get("referat_session")).toBeUndefined();
    const res = await postToAcs(encrypted);
    expect(res.status).toBe(303);
    const session = await sessionOf(res);
    expect(session?.principal.user.name).toBe("Bente Hansen enc");
  });

  it("signs in with AD FS claims; a role claim maps to a committee role", async () => {
    const requestId = await startSignIn();
    const res = await postToAcs(
      idp.response(ACS, ENTITY_ID, {
        inResponseTo: requestId,
        nameId: "adfs-ole",
        attributes: {
          [ADFS.name]: ["Ole Jensen"],
          [ADFS.email]: ["ole@albertslund.dk"],
          [ADFS.role]: ["Alle-Ansatte", "Referat-Medlemmer"],
        },
      }),
    );
    expect(res.status).toBe(303);
    const session = await sessionOf(res);
    expect(session?.principal.user.name).toBe("Ole Jensen");
    const roles = await db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, session?.principal.user.id ?? 0));
    expect(roles.map((r) => [r.role, r.committeeId])).toEqual([["member", committeeId]]);
  });

  it("refuses a person whose groups give no role, in Danish, without a session", async () => {
    const requestId = await startSignIn();
    const before = await sessionCount();
    const person = kombitPerson("b", ["http://referat.dk/roles/ukendt/1"]);
    const res = await postToAcs(
      idp.response(ACS, ENTITY_ID, { inResponseTo: requestId, ...person }),
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain(ssoMessages.noMappedGroup.slice(0, 60));
    expect(setCookies(res).get("referat_session")).toBeUndefined();
    expect(await sessionCount()).toBe(before);
    const refused = await db.select().from(auditLog).where(eq(auditLog.action, "user.sso_refused"));
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe("SAML refusals", () => {
  const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const cases: {
    name: string;
    reason: keyof typeof samlMessages.refused;
    options: (requestId: string) => ResponseOptions;
  }[] = [
    {
      name: "an expired assertion",
      reason: "expired",
      options: (id) => ({
        inResponseTo: id,
        values: {
          ConditionsNotBefore: past(20),
          ConditionsNotOnOrAfter: past(10),
          SubjectConfirmationDataNotOnOrAfter: past(10),
        },
      }),
    },
    {
      name: "an assertion not yet valid",
      reason: "expired",
      options: (id) => ({
        inResponseTo: id,
        values: { ConditionsNotBefore: new Date(Date.now() + 10 * 60_000).toISOString() },
      }),
    },
    {
      name: "an unsigned assertion in a signed response",
      reason: "unsigned",
      options: (id) => ({ inResponseTo: id, assertionKey: "none", messageKey: "idp" }),
    },
    {
      name: "a response signed by nobody",
      reason: "unsigned",
      options: (id) => ({ inResponseTo: id, assertionKey: "none" }),
    },
    {
      name: "an assertion signed with another key",
      reason: "badSignature",
      options: (id) => ({ inResponseTo: id, assertionKey: "other" }),
    },
    {
      name: "another key's assertion in a response the IdP signed",
      reason: "badSignature",
      options: (id) => ({ inResponseTo: id, assertionKey: "other", messageKey: "idp" }),
    },
    {
      name: "an assertion for another audience",
      reason: "audience",
      options: (id) => ({ inResponseTo: id, values: { Audience: "https://andet-system.dk/saml" } }),
    },
    {
      name: "a wrong InResponseTo",
      reason: "inResponseTo",
      options: () => ({ inResponseTo: "_never-sent" }),
    },
    {
      name: "an unsolicited response",
      reason: "inResponseTo",
      options: () => ({ inResponseTo: "" }),
    },
    {
      name: "a wrong recipient",
      reason: "recipient",
      options: (id) => ({
        inResponseTo: id,
        values: { SubjectRecipient: "https://evil.example/acs" },
      }),
    },
    {
      name: "a wrong destination",
      reason: "recipient",
      options: (id) => ({ inResponseTo: id, values: { Destination: "https://evil.example/acs" } }),
    },
    {
      name: "a transient NameID",
      reason: "noSubject",
      options: (id) => ({
        inResponseTo: id,
        nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
      }),
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name} with a Danish page, a log line and no session`, async () => {
      const requestId = await startSignIn();
      const person = kombitPerson(`r${cases.indexOf(c)}`, ["Referat-Medlemmer"]);
      const before = await sessionCount();
      logLines.length = 0;
      const res = await postToAcs(
        idp.response(ACS, ENTITY_ID, { ...person, ...c.options(requestId) }),
      );
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(samlMessages.refusedTitle);
      expect(html).toContain(samlMessages.refused[c.reason].split(". ")[0]);
      expect(setCookies(res).get("referat_session")).toBeUndefined();
      expect(await sessionCount()).toBe(before);
      const line = logLines
        .map((l) => JSON.parse(l))
        .find((l) => l.msg === "saml response refused");
      expect(line?.reason).toBe(c.reason);
    });
  }

  it("refuses a replayed assertion, also when both copies arrive at once", async () => {
    const requestId = await startSignIn();
    const person = kombitPerson("replay", ["Referat-Medlemmer"]);
    const response = idp.response(ACS, ENTITY_ID, { inResponseTo: requestId, ...person });
    expect((await postToAcs(response)).status).toBe(303);
    const again = await postToAcs(response);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain(samlMessages.refused.replayed.split(". ")[0]);

    const second = await startSignIn();
    const twin = idp.response(ACS, ENTITY_ID, { inResponseTo: second, ...person });
    const both = await Promise.all([postToAcs(twin), postToAcs(twin)]);
    expect(both.map((r) => r.status).sort()).toEqual([303, 400]);
  });

  it("refuses a response without SAMLResponse or with garbage", async () => {
    for (const body of ["", "bm90IHhtbA==", "%%%"]) {
      const res = await postToAcs(body);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(samlMessages.refused.malformed.split(". ")[0]);
    }
  });
});

describe("without SAML configured", () => {
  it("answers its routes with a Danish 404 and shows no button", async () => {
    const plain = testApp(db);
    for (const path of ["/saml/metadata", "/saml/login"]) {
      const res = await plain.request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(samlMessages.notConfiguredTitle);
    }
    expect(await (await plain.request("/login")).text()).not.toContain("/saml/login");
  });
});
