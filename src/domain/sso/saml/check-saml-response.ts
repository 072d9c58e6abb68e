import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { and, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { samlAssertions, samlRequests } from "../../../db/schema/index.ts";
import type { ExternalProfile } from "../sign-in-external.ts";
import { SAML_CLOCK_SKEW_MS, type SamlEntities, TRANSIENT_NAME_ID } from "./saml-entities.ts";
import { type SamlAttributes, samlProfile } from "./saml-profile.ts";

/** Why a response was refused; each has its own Danish message (i18n/da/saml.ts). */
export type SamlRefusal =
  | "malformed"
  | "status"
  | "unsigned"
  | "badSignature"
  | "issuer"
  | "expired"
  | "audience"
  | "recipient"
  | "inResponseTo"
  | "replayed"
  | "noSubject";

export type SamlCheckResult =
  | { ok: true; profile: ExternalProfile; nextPath: string; assertionId: string }
  | { ok: false; reason: SamlRefusal; detail: string };

class Refused extends Error {
  constructor(
    readonly reason: SamlRefusal,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const refuse = (reason: SamlRefusal, detail: string): never => {
  throw new Refused(reason, detail);
};

const SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
const SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
const DSIG = "http://www.w3.org/2000/09/xmldsig#";

/** samlify's error codes, by what they mean here. */
function reasonOfSamlifyError(message: string): SamlRefusal {
  if (/ERR_FAILED_STATUS|ERR_UNDEFINED_STATUS/.test(message)) return "status";
  if (/ERR_UNMATCH_ISSUER/.test(message)) return "issuer";
  if (/ERR_SUBJECT_UNCONFIRMED|ERR_EXPIRED_SESSION/.test(message)) return "expired";
  if (/SIGNATURE|CERTIFICATE|WRAPPING|NO_SELECTED/.test(message)) return "badSignature";
  return "malformed";
}

function parseXml(xml: string): Document {
  let failed = false;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: () => (failed = true),
      fatalError: () => (failed = true),
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (failed || !doc?.documentElement) refuse("malformed", "not well-formed XML");
  return doc;
}

const childrenNamed = (parent: Element, ns: string, local: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (n): n is Element =>
      n.nodeType === 1 && (n as Element).localName === local && (n as Element).namespaceURI === ns,
  );

/**
 * The response's one assertion must carry a valid signature of its own by the identity
 * provider's key; a signature over the whole response alone is not enough. The response-level
 * signature is taken away and samlify verifies what is left: only the assertion's can count.
 * Returns the verified assertion's XML, the only text anything is read from.
 */
function verifiedAssertion(doc: Document, entities: SamlEntities): string {
  const root = doc.documentElement;
  if (root.localName !== "Response" || root.namespaceURI !== SAMLP)
    refuse("malformed", "not a Response");
  const assertions = childrenNamed(root, SAML, "Assertion");
  if (assertions.length !== 1) refuse("malformed", `${assertions.length} assertions`);
  const assertion = assertions[0] as Element;
  if (childrenNamed(assertion, DSIG, "Signature").length === 0)
    refuse("unsigned", "assertion has no signature");
  for (const signature of childrenNamed(root, DSIG, "Signature")) root.removeChild(signature);
  const stripped = new XMLSerializer().serializeToString(doc as never);
  let result: [boolean, string | null];
  try {
    result = entities.samlify.SamlLib.verifySignature(stripped, {
      metadata: entities.idp.entityMeta,
    }) as [boolean, string | null];
  } catch (error) {
    return refuse("badSignature", (error as Error).message);
  }
  const [verified, xml] = result;
  if (!verified || !xml || !/^<([\w-]+:)?Assertion[\s>]/.test(xml.trimStart()))
    refuse("badSignature", "assertion signature does not verify");
  return xml as string;
}

/** The response with its one EncryptedAssertion replaced by the assertion, decrypted. */
async function decrypted(entities: SamlEntities, xml: string): Promise<string> {
  try {
    const [doc] = await entities.samlify.SamlLib.decryptAssertion(entities.sp, xml);
    return doc;
  } catch (error) {
    return refuse("malformed", `encrypted assertion: ${(error as Error).message}`);
  }
}

type Fields = {
  assertionId?: string;
  issuer?: string;
  nameId?: string;
  nameIdFormat?: string;
  confirmation?: {
    recipient?: string;
    notOnOrAfter?: string;
    notBefore?: string;
    inResponseTo?: string;
  };
  conditions?: { notBefore?: string; notOnOrAfter?: string };
  audience?: string | string[];
  attributes?: SamlAttributes;
};

function readAssertion(entities: SamlEntities, xml: string): Fields {
  return entities.samlify.Extractor.extract(xml, [
    { key: "assertionId", localPath: ["Assertion"], attributes: ["ID"] },
    { key: "issuer", localPath: ["Assertion", "Issuer"], attributes: [] },
    { key: "nameId", localPath: ["Assertion", "Subject", "NameID"], attributes: [] },
    { key: "nameIdFormat", localPath: ["Assertion", "Subject", "NameID"], attributes: ["Format"] },
    {
      key: "confirmation",
      localPath: ["Assertion", "Subject", "SubjectConfirmation", "SubjectConfirmationData"],
      attributes: ["Recipient", "NotOnOrAfter", "NotBefore", "InResponseTo"],
    },
    {
      key: "conditions",
      localPath: ["Assertion", "Conditions"],
      attributes: ["NotBefore", "NotOnOrAfter"],
    },
    {
      key: "audience",
      localPath: ["Assertion", "Conditions", "AudienceRestriction", "Audience"],
      attributes: [],
    },
    {
      key: "attributes",
      localPath: ["Assertion", "AttributeStatement", "Attribute"],
      index: ["Name"],
      attributePath: ["AttributeValue"],
      attributes: [],
    },
  ]) as Fields;
}

const timeOf = (value: string | undefined): number | null => {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? refuse("malformed", `bad time ${value}`) : t;
};

/** The checks on the verified assertion that need no database; returns its expiry. */
function checkAssertion(
  f: Fields,
  responseRoot: Element,
  entities: SamlEntities,
  now: number,
): number {
  if (f.issuer !== entities.idpEntityId) refuse("issuer", `issuer ${f.issuer}`);
  const audiences = f.audience === undefined ? [] : [f.audience].flat();
  if (!audiences.includes(entities.entityId)) refuse("audience", `audience ${audiences.join(" ")}`);
  const destination = responseRoot.getAttribute("Destination");
  if (destination && destination !== entities.acsUrl)
    refuse("recipient", `destination ${destination}`);
  if (f.confirmation?.recipient !== entities.acsUrl)
    refuse("recipient", `recipient ${f.confirmation?.recipient}`);
  const notBefore = [timeOf(f.conditions?.notBefore), timeOf(f.confirmation?.notBefore)];
  for (const t of notBefore)
    if (t !== null && now < t - SAML_CLOCK_SKEW_MS) refuse("expired", "not yet valid");
  const notOnOrAfter = [timeOf(f.conditions?.notOnOrAfter), timeOf(f.confirmation?.notOnOrAfter)];
  if (notOnOrAfter[1] === null) refuse("expired", "no NotOnOrAfter on the subject confirmation");
  const until = Math.max(...notOnOrAfter.map((t) => t ?? 0));
  for (const t of notOnOrAfter)
    if (t !== null && now >= t + SAML_CLOCK_SKEW_MS) refuse("expired", "expired");
  const inResponseTo = f.confirmation?.inResponseTo;
  const responseInResponseTo = responseRoot.getAttribute("InResponseTo");
  if (!inResponseTo) refuse("inResponseTo", "unsolicited response");
  if (responseInResponseTo && responseInResponseTo !== inResponseTo)
    refuse("inResponseTo", "response and assertion answer different requests");
  if (!f.nameId?.trim() || f.nameIdFormat === TRANSIENT_NAME_ID)
    refuse("noSubject", "no lasting NameID");
  if (!f.assertionId) refuse("malformed", "assertion without ID");
  return until;
}

/**
 * Checks a SAMLResponse posted to the assertion consumer service and, when every check holds,
 * uses up its request and assertion so neither can sign in again. Checked: the XML schema,
 * the status, the identity provider's signature on the assertion itself (samlify, then again
 * without the response's own signature), issuer, audience, recipient and destination, the
 * validity window with SAML_CLOCK_SKEW_MS, that it answers a request Referat sent and has
 * not seen answered (InResponseTo), and that its assertion ID is new.
 */
export async function checkSamlResponse(
  db: Db,
  entities: SamlEntities,
  encoded: unknown,
  now: Date = new Date(),
): Promise<SamlCheckResult> {
  try {
    if (typeof encoded !== "string" || encoded.length === 0) refuse("malformed", "no SAMLResponse");
    let xml = Buffer.from(encoded as string, "base64").toString("utf8");
    let doc = parseXml(xml);
    const encrypted = childrenNamed(doc.documentElement, SAML, "EncryptedAssertion").length > 0;
    if (encrypted) {
      // Decrypted with our key, the assertion inside must still carry the provider's signature.
      xml = await decrypted(entities, xml);
      doc = parseXml(xml);
    }
    const assertionXml = verifiedAssertion(doc, entities);
    try {
      // Once decrypted, the response's own signature no longer matches; verifiedAssertion took
      // it away, and the assertion's signature is what counts.
      const checked = encrypted
        ? Buffer.from(new XMLSerializer().serializeToString(doc as never)).toString("base64")
        : encoded;
      await entities.sp.parseLoginResponse(entities.idp, "post", {
        body: { SAMLResponse: checked },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      refuse(reasonOfSamlifyError(message), message);
    }
    const fields = readAssertion(entities, assertionXml);
    const until = checkAssertion(fields, doc.documentElement, entities, now.getTime());
    const assertionId = fields.assertionId as string;
    const nextPath = await useUp(
      db,
      assertionId,
      fields.confirmation?.inResponseTo as string,
      until,
      now,
    );
    const profile = samlProfile(
      fields.nameId as string,
      fields.attributes ?? {},
      entities.settings.attributes,
    );
    return { ok: true, profile, nextPath, assertionId };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason, detail: error.detail };
    throw error;
  }
}

/**
 * Records the assertion as used and the request as answered, in one transaction: a second
 * copy of the assertion meets the unique ID (also when both arrive at once) and is refused.
 */
async function useUp(db: Db, assertionId: string, requestId: string, until: number, now: Date) {
  return db.transaction(async (tx) => {
    await tx.delete(samlAssertions).where(lt(samlAssertions.expiresAt, now));
    const fresh = await tx
      .insert(samlAssertions)
      .values({ id: assertionId, expiresAt: new Date(until + SAML_CLOCK_SKEW_MS) })
      .onConflictDoNothing()
      .returning({ id: samlAssertions.id });
    if (fresh.length === 0) refuse("replayed", `assertion ${assertionId} seen before`);
    const [request] = await tx
      .delete(samlRequests)
      .where(and(eq(samlRequests.id, requestId), gt(samlRequests.expiresAt, now)))
      .returning({ nextPath: samlRequests.nextPath });
    if (!request) refuse("inResponseTo", `no open request ${requestId}`);
    return (request as { nextPath: string }).nextPath;
  });
}
