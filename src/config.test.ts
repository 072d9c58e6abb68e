import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("serves the embedded database with demo data on 127.0.0.1:3000 by default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 3000, demo: true });
    expect(config.database.kind).toBe("pglite");
  });

  it("uses PostgreSQL from DATABASE_URL and then creates no demo users unless asked", () => {
    const url = "postgres://postgres@127.0.0.1:5432/test";
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      database: { kind: "postgres", url },
      demo: false,
    });
    expect(loadConfig({ DATABASE_URL: url, REFERAT_DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ REFERAT_DEMO: "0" }).demo).toBe(false);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT skal være mellem 0 og 65535"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL skal begynde med postgres://"],
    [{ REFERAT_DEMO: "ja" }, "REFERAT_DEMO skal være 0 eller 1"],
    [{ REFERAT_CONTACT_EMAIL: "kommunen" }, "REFERAT_CONTACT_EMAIL skal være en e-mailadresse"],
    [{ REFERAT_CONTACT_PHONE: "ring til os" }, "REFERAT_CONTACT_PHONE skal være et telefonnummer"],
  ])("refuses %o with a Danish message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("builds public links from REFERAT_PUBLIC_URL, or from HOST and PORT by default", () => {
    expect(loadConfig({}).publicUrl).toBe("http://127.0.0.1:3000");
    expect(loadConfig({ HOST: "0.0.0.0", PORT: "8080" }).publicUrl).toBe("http://0.0.0.0:8080");
    expect(loadConfig({ HOST: "::1", PORT: "8080" }).publicUrl).toBe("http://[::1]:8080");
    expect(loadConfig({}).publicUrlConfigured).toBe(false);
    const behindProxy = loadConfig({ REFERAT_PUBLIC_URL: "https://Referat.Albertslund.dk/" });
    expect(behindProxy.publicUrl).toBe("https://referat.albertslund.dk");
    expect(behindProxy.publicUrlConfigured).toBe(true);
    expect(loadConfig({ REFERAT_PUBLIC_URL: "http://referat.test:8443" }).publicUrl).toBe(
      "http://referat.test:8443",
    );
  });

  it.each([
    "referat.albertslund.dk",
    "ftp://referat.albertslund.dk",
    "https://referat.albertslund.dk/moeder",
    "https://referat.albertslund.dk/?x=1",
    "https://bruger:kode@referat.albertslund.dk",
  ])("refuses REFERAT_PUBLIC_URL=%s with a Danish message", (value) => {
    expect(() => loadConfig({ REFERAT_PUBLIC_URL: value })).toThrow(ConfigError);
    expect(() => loadConfig({ REFERAT_PUBLIC_URL: value })).toThrow(
      "REFERAT_PUBLIC_URL skal være en http- eller https-adresse uden sti",
    );
  });

  it("reads the trusted proxies as a list of IP addresses", () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ REFERAT_TRUSTED_PROXIES: "127.0.0.1, ::1" }).trustedProxies).toEqual([
      "127.0.0.1",
      "::1",
    ]);
    expect(() => loadConfig({ REFERAT_TRUSTED_PROXIES: "proxy.local" })).toThrow(
      "REFERAT_TRUSTED_PROXIES skal være IP-adresser adskilt af komma",
    );
  });

  it("reads the SMTP server and sender, and sends no mail without them", () => {
    expect(loadConfig({}).mail).toBeNull();
    const mail = loadConfig({
      REFERAT_SMTP_URL: "smtp://bruger:hemmelig@mail.kommune.dk:587",
      REFERAT_MAIL_FROM: "Referat <referat@kommune.dk>",
    }).mail;
    expect(mail).toEqual({
      smtp: {
        url: "smtp://bruger:hemmelig@mail.kommune.dk:587",
        host: "mail.kommune.dk",
        port: 587,
        secure: false,
        user: "bruger",
      },
      from: "Referat <referat@kommune.dk>",
    });
    const tls = loadConfig({
      REFERAT_SMTP_URL: "smtps://mail.kommune.dk",
      REFERAT_MAIL_FROM: "referat@kommune.dk",
    }).mail;
    expect(tls?.smtp).toMatchObject({ secure: true, port: 465, user: null });
  });

  it.each([
    [{ REFERAT_SMTP_URL: "http://mail.kommune.dk" }, "REFERAT_SMTP_URL skal være en smtp://"],
    [{ REFERAT_SMTP_URL: "mail.kommune.dk" }, "REFERAT_SMTP_URL skal være en smtp://"],
    [{ REFERAT_SMTP_URL: "smtp://mail.kommune.dk" }, "REFERAT_MAIL_FROM: skal angives"],
    [{ REFERAT_MAIL_FROM: "Referat" }, "REFERAT_MAIL_FROM skal være en mailadresse"],
  ])("refuses mail settings %o with a Danish message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe("loadConfig: sign-in through an OpenID Connect provider", () => {
  const oidc = {
    REFERAT_OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
    REFERAT_OIDC_CLIENT_ID: "referat",
    REFERAT_OIDC_CLIENT_SECRET: "hemmelig",
    REFERAT_OIDC_NAME: "Microsoft",
  };

  it("reads the provider with the groups claim defaulting to groups", () => {
    const config = loadConfig(oidc);
    expect(config.oidc).toMatchObject({
      clientId: "referat",
      name: "Microsoft",
      groupsClaim: "groups",
    });
    expect(config.oidc?.issuer.href).toBe("https://login.microsoftonline.com/tenant/v2.0");
    expect(config.localLogin).toBe(true);
    expect(loadConfig({ ...oidc, REFERAT_LOCAL_LOGIN: "0" }).localLogin).toBe(false);
    expect(loadConfig({}).oidc).toBeNull();
  });

  it.each([
    [{ REFERAT_OIDC_ISSUER: oidc.REFERAT_OIDC_ISSUER }, "REFERAT_OIDC_CLIENT_ID"],
    [{ ...oidc, REFERAT_OIDC_CLIENT_SECRET: undefined }, "REFERAT_OIDC_CLIENT_SECRET: mangler"],
    [{ ...oidc, REFERAT_OIDC_ISSUER: "http://idp.kommune.dk" }, "skal være en https-adresse"],
    [{ REFERAT_LOCAL_LOGIN: "0" }, "ingen identitetsudbyder"],
    [{ ...oidc, REFERAT_LOCAL_LOGIN: "nej" }, "REFERAT_LOCAL_LOGIN skal være 0 eller 1"],
  ])("refuses a half-configured provider %o with a Danish message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
