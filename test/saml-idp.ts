import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as validator from "@authenio/samlify-node-xmllint";
import * as samlify from "samlify";

/**
 * A real SAML identity provider for tests, built with samlify: it publishes metadata, reads
 * Referat's AuthnRequests (HTTP-Redirect binding, signature checked) and signs responses with
 * the test-only keys in test/fixtures/saml/. Every field of a response can be overridden, so
 * tests can make the bad ones a real IdP (or an attacker) could send.
 */

samlify.setSchemaValidator(validator);

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/saml/${name}`, import.meta.url), "utf8");

export const TEST_KEYS = {
  idp: { key: fixture("idp.key"), cert: fixture("idp.crt") },
  sp: { key: fixture("sp.key"), cert: fixture("sp.crt") },
  other: { key: fixture("other.key"), cert: fixture("other.crt") },
};
export const SP_KEY_PATH = new URL("./fixtures/saml/sp.key", import.meta.url).pathname;
export const SP_CERT_PATH = new URL("./fixtures/saml/sp.crt", import.meta.url).pathname;

export const IDP_ENTITY_ID = "https://idp.test/saml";
export const IDP_SSO_URL = "https://idp.test/saml/sso";
const ATTR_URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";

export interface ResponseOptions {
  inResponseTo: string;
  nameId?: string;
  nameIdFormat?: string;
  attributes?: Record<string, string[]>;
  /** Template values to change (Audience, SubjectRecipient, Destination, times ...). */
  values?: Record<string, string>;
  /** Whose key signs the assertion; "none" leaves it unsigned. */
  assertionKey?: "idp" | "other" | "none";
  /** Also sign the whole response (with this key). */
  messageKey?: "idp" | "other";
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface TestIdp {
  metadataPath: string;
  idp: samlify.IdentityProviderInstance;
  /** The request ID of a Redirect-binding URL to the IdP, after checking its signature. */
  readRequest(location: string, spMetadata: string): Promise<string>;
  /** A base64 SAMLResponse, signed as the options say. */
  response(acsUrl: string, audience: string, options: ResponseOptions): string;
  /**
   * The same with its assertion encrypted for the service provider of `spMetadata`, as
   * KOMBIT's Context Handler sends it (signed, then encrypted).
   */
  encryptedResponse(
    spMetadata: string,
    acsUrl: string,
    audience: string,
    options: ResponseOptions,
  ): Promise<string>;
}

export async function createTestIdp(ssoUrl = IDP_SSO_URL): Promise<TestIdp> {
  const settings = {
    entityID: IDP_ENTITY_ID,
    signingCert: TEST_KEYS.idp.cert,
    privateKey: TEST_KEYS.idp.key,
    wantAuthnRequestsSigned: true,
    singleSignOnService: [
      { Binding: samlify.Constants.namespace.binding.redirect, Location: ssoUrl },
    ],
  };
  const idp = samlify.IdentityProvider(settings);
  const encrypting = samlify.IdentityProvider({ ...settings, isAssertionEncrypted: true });
  const dir = await mkdtemp(join(tmpdir(), "referat-saml-"));
  const metadataPath = join(dir, "idp-metadata.xml");
  await writeFile(metadataPath, idp.getMetadata());
  return {
    metadataPath,
    idp,
    async readRequest(location, spMetadata) {
      const sp = samlify.ServiceProvider({ metadata: spMetadata });
      const url = new URL(location);
      const raw = url.search.slice(1);
      const octetString = raw
        .split("&")
        .filter((p) => !p.startsWith("Signature="))
        .join("&");
      const query = Object.fromEntries(
        raw.split("&").map((p) => {
          const [k = "", v = ""] = p.split("=");
          return [k, decodeURIComponent(v)];
        }),
      );
      const parsed = await idp.parseLoginRequest(sp, "redirect", { query, octetString });
      return parsed.extract.request?.id as string;
    },
    async encryptedResponse(spMetadata, acsUrl, audience, o) {
      const signed = Buffer.from(response(acsUrl, audience, o), "base64").toString("utf8");
      const sp = samlify.ServiceProvider({ metadata: spMetadata });
      return samlify.SamlLib.encryptAssertion(encrypting, sp, signed);
    },
    response,
  };
  function response(acsUrl: string, audience: string, o: ResponseOptions): string {
    const now = new Date();
    const later = new Date(now.getTime() + 5 * 60_000).toISOString();
    const values: Record<string, string> = {
      ID: `_${randomUUID()}`,
      AssertionID: `_${randomUUID()}`,
      Destination: acsUrl,
      Audience: audience,
      SubjectRecipient: acsUrl,
      Issuer: IDP_ENTITY_ID,
      IssueInstant: now.toISOString(),
      StatusCode: samlify.Constants.StatusCode.Success,
      ConditionsNotBefore: now.toISOString(),
      ConditionsNotOnOrAfter: later,
      SubjectConfirmationDataNotOnOrAfter: later,
      NameIDFormat: o.nameIdFormat ?? "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      NameID: o.nameId ?? "persistent-id-1",
      InResponseTo: o.inResponseTo,
      AuthnStatement: `<saml:AuthnStatement AuthnInstant="${now.toISOString()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
      AttributeStatement: attributeStatement(o.attributes ?? {}),
      ...o.values,
    };
    let xml = samlify.SamlLib.defaultLoginResponseTemplate.context;
    for (const [key, value] of Object.entries(values)) xml = xml.split(`{${key}}`).join(value);
    // An unsolicited response names no request at all.
    xml = xml.split(' InResponseTo=""').join("");
    const assertionKey = o.assertionKey ?? "idp";
    if (assertionKey !== "none") {
      xml = samlify.SamlLib.constructSAMLSignature({
        rawSamlMessage: xml,
        referenceTagXPath: "/*[local-name(.)='Response']/*[local-name(.)='Assertion']",
        privateKey: TEST_KEYS[assertionKey].key,
        signingCert: certBody(TEST_KEYS[assertionKey].cert),
        isBase64Output: false,
        signatureConfig: {
          prefix: "ds",
          location: {
            reference:
              "/*[local-name(.)='Response']/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
            action: "after",
          },
        },
      } as never) as string;
    }
    if (o.messageKey) {
      xml = samlify.SamlLib.constructSAMLSignature({
        rawSamlMessage: xml,
        isMessageSigned: true,
        privateKey: TEST_KEYS[o.messageKey].key,
        signingCert: certBody(TEST_KEYS[o.messageKey].cert),
        isBase64Output: false,
        signatureConfig: {
          prefix: "ds",
          location: {
            reference: "/*[local-name(.)='Response']/*[local-name(.)='Issuer']",
            action: "after",
          },
        },
      } as never) as string;
    }
    return Buffer.from(xml, "utf8").toString("base64");
  }
}

/** The base64 body of a PEM certificate, as metadata and KeyInfo carry it. */
const certBody = (pem: string) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

function attributeStatement(attributes: Record<string, string[]>): string {
  const parts = Object.entries(attributes).map(
    ([name, values]) =>
      `<saml:Attribute Name="${escapeXml(name)}" NameFormat="${ATTR_URI}">${values
        .map(
          (v) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml:AttributeValue>`,
        )
        .join("")}</saml:Attribute>`,
  );
  return parts.length ? `<saml:AttributeStatement>${parts.join("")}</saml:AttributeStatement>` : "";
}

/** An OIO Basic Privilege Profile list as KOMBIT sends it: base64 XML. */
export function privilegeList(privileges: string[]): string {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="http://digst.dk/oiosaml/basic_privilege_profile"><PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:11111111">${privileges
    .map((p) => `<Privilege>${escapeXml(p)}</Privilege>`)
    .join("")}</PrivilegeGroup></bpp:PrivilegeList>`;
  return Buffer.from(xml, "utf8").toString("base64");
}
