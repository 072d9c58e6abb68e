import { randomUUID } from "node:crypto";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createTestIdp,
  privilegeList,
  SP_CERT_PATH,
  SP_KEY_PATH,
  type TestIdp,
} from "../../test/saml-idp.ts";
import { loadConfig } from "../config.ts";
import { samlRequests } from "../db/schema/index.ts";
import { checkSamlResponse } from "../domain/sso/saml/check-saml-response.ts";
import { type SamlEntities, samlEntities } from "../domain/sso/saml/saml-entities.ts";

/**
 * A signed response changed anywhere inside its assertion (a byte flipped, an element taken
 * out, a text replaced) is refused, or, where the change is one canonical XML does not see
 * (the quote around an attribute, white space in a tag), signs in exactly the person the
 * untouched response named. Never anyone else, never other groups.
 */

const database = useTestDatabase();
let idp: TestIdp;
let entities: SamlEntities;

beforeAll(async () => {
  idp = await createTestIdp();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    REFERAT_PUBLIC_URL: "http://localhost",
    REFERAT_SAML_IDP_METADATA: idp.metadataPath,
    REFERAT_SAML_SP_KEY: SP_KEY_PATH,
    REFERAT_SAML_SP_CERT: SP_CERT_PATH,
  });
  entities = (await samlEntities(config)) as SamlEntities;
});

const PERSON = {
  nameId: "kombit-tamper",
  attributes: {
    "https://data.gov.dk/model/core/eid/firstName": ["Bente"],
    "https://data.gov.dk/model/core/eid/lastName": ["Hansen"],
    "https://data.gov.dk/model/core/eid/email": ["bente@albertslund.dk"],
    "https://data.gov.dk/model/core/eid/privilegesIntermediate": [
      privilegeList(["Referat-Medlem"]),
    ],
  },
};
const EXPECTED = {
  provider: "saml",
  subject: "kombit-tamper",
  name: "Bente Hansen",
  email: "bente@albertslund.dk",
  groups: ["Referat-Medlem"],
};

type Mutation =
  | { kind: "flip"; at: number; mask: number }
  | { kind: "remove"; at: number }
  | { kind: "text"; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("text" as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 20 }),
  }),
);

function mutate(xml: string, m: Mutation): string {
  if (m.kind === "flip") {
    const bytes = Buffer.from(xml, "utf8");
    const start = bytes.indexOf("<saml:Assertion");
    const end = bytes.indexOf("</saml:Assertion>") + "</saml:Assertion>".length;
    const i = start + (m.at % (end - start));
    bytes[i] = (bytes[i] as number) ^ m.mask;
    return bytes.toString("utf8");
  }
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const assertion = doc
    .getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion")
    .item(0);
  if (!assertion) return xml;
  if (m.kind === "remove") {
    const all = Array.from(assertion.getElementsByTagNameNS("*", "*"));
    const victim = all[m.at % all.length];
    victim?.parentNode?.removeChild(victim);
  } else {
    const texts: Node[] = [];
    const walk = (n: Node) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType === 3) texts.push(c);
        else walk(c);
      }
    };
    walk(assertion as unknown as Node);
    const target = texts[m.at % texts.length];
    if (target) target.nodeValue = m.text;
  }
  return new XMLSerializer().serializeToString(doc);
}

it("never accepts a tampered assertion for anyone else", async () => {
  const { db } = database.current;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const requestId = `_${randomUUID()}`;
      await db.insert(samlRequests).values({
        id: requestId,
        nextPath: "/app",
        expiresAt: new Date(Date.now() + 60_000),
      });
      const original = Buffer.from(
        idp.response(entities.acsUrl, entities.entityId, { inResponseTo: requestId, ...PERSON }),
        "base64",
      ).toString("utf8");
      const tampered = mutate(original, m);
      if (tampered === original) return;
      const result = await checkSamlResponse(
        db,
        entities,
        Buffer.from(tampered, "utf8").toString("base64"),
      );
      if (result.ok)
        expect({ ...result.profile, groups: [...result.profile.groups] }).toEqual(EXPECTED);
      else refused++;
    }),
    { numRuns: 30 },
  );
  // Not vacuous: the changes did reach the checks. Most are refused, but how many varies with
  // the random changes (15 of 30 has happened); fewer than 6 would mean the checks were missed.
  expect(refused).toBeGreaterThan(5);
}, 120_000);

it("accepts the untouched response (the property's baseline)", async () => {
  const { db } = database.current;
  const requestId = `_${randomUUID()}`;
  await db
    .insert(samlRequests)
    .values({ id: requestId, nextPath: "/app", expiresAt: new Date(Date.now() + 60_000) });
  const response = idp.response(entities.acsUrl, entities.entityId, {
    inResponseTo: requestId,
    ...PERSON,
  });
  const result = await checkSamlResponse(db, entities, response);
  expect(result.ok && { ...result.profile, groups: [...result.profile.groups] }).toEqual(EXPECTED);
});
