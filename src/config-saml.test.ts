import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const fixture = (name: string) =>
  new URL(`../test/fixtures/saml/${name}`, import.meta.url).pathname;
const SAML = {
  REFERAT_SAML_IDP_METADATA: fixture("idp-metadata.xml"),
  REFERAT_SAML_SP_KEY: fixture("sp.key"),
  REFERAT_SAML_SP_CERT: fixture("sp.crt"),
};

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return null;
};

describe("SAML configuration", () => {
  it("is off without the files and on with all three, with KOMBIT and AD FS defaults", () => {
    expect(loadConfig({}).saml).toBeNull();
    const saml = loadConfig({ ...SAML, REFERAT_SAML_NAME: "KOMBIT" }).saml;
    expect(saml?.name).toBe("KOMBIT");
    expect(saml?.idpMetadata).toContain("IDPSSODescriptor");
    expect(saml?.attributes.email).toContain("https://data.gov.dk/model/core/eid/email");
    expect(saml?.attributes.email).toContain(
      "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    );
    expect(saml?.attributes.privileges).toEqual([
      "https://data.gov.dk/model/core/eid/privilegesIntermediate",
    ]);
  });

  it("names the variable of a file that cannot be read", () => {
    const message = errorOf({ ...SAML, REFERAT_SAML_SP_KEY: "/findes/ikke.pem" });
    expect(message).toContain("REFERAT_SAML_SP_KEY: filen /findes/ikke.pem kan ikke læses");
  });

  it("refuses a file of the wrong kind in Danish", () => {
    expect(errorOf({ ...SAML, REFERAT_SAML_SP_KEY: fixture("sp.crt") })).toContain(
      "REFERAT_SAML_SP_KEY",
    );
    expect(errorOf({ ...SAML, REFERAT_SAML_SP_CERT: fixture("sp.key") })).toContain(
      "er ikke et certifikat i PEM-format",
    );
    expect(errorOf({ ...SAML, REFERAT_SAML_IDP_METADATA: fixture("sp.crt") })).toContain(
      "REFERAT_SAML_IDP_METADATA",
    );
  });

  it("wants all three files together", () => {
    expect(errorOf({ REFERAT_SAML_IDP_METADATA: SAML.REFERAT_SAML_IDP_METADATA })).toContain(
      "skal angives sammen",
    );
  });

  it("reads attribute names as a comma-separated list", () => {
    const saml = loadConfig({ ...SAML, REFERAT_SAML_ATTR_GROUPS: "a, b" }).saml;
    expect(saml?.attributes.groups).toEqual(["a", "b"]);
    expect(errorOf({ ...SAML, REFERAT_SAML_ATTR_GROUPS: "a,,b" })).toContain(
      "REFERAT_SAML_ATTR_GROUPS skal være attributnavne adskilt af komma",
    );
  });
});
