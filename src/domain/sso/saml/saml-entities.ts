import type * as Samlify from "samlify";
import type { Config, SamlConfig } from "../../../config.ts";

/** Clock difference tolerated between Referat and the identity provider, both ways. */
export const SAML_CLOCK_SKEW_MS = 2 * 60_000;
export const PERSISTENT_NAME_ID = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
export const TRANSIENT_NAME_ID = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";

/**
 * samlify and its schema validator (libxml2 compiled to JavaScript) take seconds to load, so
 * they are loaded on first use, never by a Referat without SAML.
 */
let library: Promise<typeof Samlify> | undefined;
function loadSamlify(): Promise<typeof Samlify> {
  library ??= (async () => {
    const [samlify, validator] = await Promise.all([
      import("samlify"),
      import("@authenio/samlify-node-xmllint"),
    ]);
    samlify.setSchemaValidator(validator);
    return samlify;
  })();
  return library;
}

export interface SamlEntities {
  samlify: typeof Samlify;
  sp: Samlify.ServiceProviderInstance;
  idp: Samlify.IdentityProviderInstance;
  /** Our entity ID (the metadata's URL), the audience every assertion must name. */
  entityId: string;
  /** The assertion consumer service, where every response must be addressed. */
  acsUrl: string;
  idpEntityId: string;
  settings: SamlConfig;
}

const cache = new WeakMap<SamlConfig, Map<string, Promise<SamlEntities>>>();

/** Referat as a service provider and the configured identity provider, built once per config. */
export function samlEntities(config: Config): Promise<SamlEntities> | null {
  const settings = config.saml;
  if (!settings) return null;
  const byUrl = cache.get(settings) ?? new Map<string, Promise<SamlEntities>>();
  cache.set(settings, byUrl);
  const known = byUrl.get(config.publicUrl);
  if (known) return known;
  const made = buildEntities(config, settings);
  byUrl.set(config.publicUrl, made);
  return made;
}

async function buildEntities(config: Config, settings: SamlConfig): Promise<SamlEntities> {
  const samlify = await loadSamlify();
  const entityId = `${config.publicUrl}/saml/metadata`;
  const acsUrl = `${config.publicUrl}/saml/acs`;
  const idp = samlify.IdentityProvider({ metadata: settings.idpMetadata });
  const sp = samlify.ServiceProvider({
    entityID: entityId,
    // Signed when the identity provider asks for it (KOMBIT does); samlify refuses a mismatch.
    authnRequestsSigned: idp.entityMeta.isWantAuthnRequestsSigned(),
    wantAssertionsSigned: true,
    privateKey: settings.spKey,
    signingCert: settings.spCert,
    // The same key pair decrypts an encrypted assertion (KOMBIT's Context Handler encrypts);
    // the metadata then offers the certificate for encryption too.
    encPrivateKey: settings.spKey,
    encryptCert: settings.spCert,
    nameIDFormat: [PERSISTENT_NAME_ID],
    requestSignatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    assertionConsumerService: [
      { Binding: samlify.Constants.namespace.binding.post, Location: acsUrl },
    ],
    clockDrifts: [-SAML_CLOCK_SKEW_MS, SAML_CLOCK_SKEW_MS],
  });
  return {
    samlify,
    sp,
    idp,
    entityId,
    acsUrl,
    idpEntityId: idp.entityMeta.getEntityID(),
    settings,
  };
}
