import { createPrivateKey, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "./db/client.ts";
import { DATABASE_FOLDER, FILES_FOLDER } from "./storage/data-folders.ts";

// --- SAML 2.0 sign-in (KOMBIT's Context Handler, AD FS) ---------------------------------------

/** What an identity provider sends, by attribute name; the first name present wins. */
export interface SamlAttributeNames {
  /** An entry "A+B" joins the values of A and B with a space (first and last name). */
  name: string[];
  email: string[];
  /** Plain group or role values (AD FS). */
  groups: string[];
  /** OIO Basic Privilege Profile lists (base64 XML); each privilege counts as a group. */
  privileges: string[];
}

/** SAML sign-in, on when REFERAT_SAML_IDP_METADATA is set. */
export interface SamlConfig {
  /** The identity provider's metadata XML. */
  idpMetadata: string;
  /** PEM private key and certificate that sign requests and appear in our metadata. */
  spKey: string;
  spCert: string;
  /** The button label: »Log ind med {name}«. */
  name: string;
  attributes: SamlAttributeNames;
}

const SAML_DEFAULT_ATTRIBUTES: Record<keyof SamlAttributeNames, string> = {
  name: [
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
    "https://data.gov.dk/model/core/eid/fullName",
    "https://data.gov.dk/model/core/eid/firstName+https://data.gov.dk/model/core/eid/lastName",
  ].join(","),
  email: [
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "https://data.gov.dk/model/core/eid/email",
  ].join(","),
  groups: [
    "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
    "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
  ].join(","),
  privileges: "https://data.gov.dk/model/core/eid/privilegesIntermediate",
};

/** A file the variable names, read at boot; unreadable or of the wrong kind stops the boot. */
function samlFile(variable: string, check: (text: string) => boolean, kind: string) {
  return z.string().transform((path, ctx) => {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      ctx.addIssue({ code: "custom", message: `${variable}: filen ${path} kan ikke læses` });
      return z.NEVER;
    }
    if (!check(text)) {
      ctx.addIssue({ code: "custom", message: `${variable}: ${path} er ikke ${kind}` });
      return z.NEVER;
    }
    return text;
  });
}

const succeeds = (run: () => unknown) => {
  try {
    run();
    return true;
  } catch {
    return false;
  }
};

function samlAttributeList(variable: string) {
  return z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .refine((list) => list.every((name) => name.length > 0), {
      error: `${variable} skal være attributnavne adskilt af komma`,
    });
}

function samlEnvShape() {
  return {
    REFERAT_SAML_IDP_METADATA: samlFile(
      "REFERAT_SAML_IDP_METADATA",
      (text) => /<(\w+:)?EntityDescriptor[\s>]/.test(text) && /IDPSSODescriptor/.test(text),
      "metadata for en SAML-identitetsudbyder (IDPSSODescriptor)",
    ).optional(),
    REFERAT_SAML_SP_KEY: samlFile(
      "REFERAT_SAML_SP_KEY",
      (text) => succeeds(() => createPrivateKey(text)),
      "en privat nøgle i PEM-format",
    ).optional(),
    REFERAT_SAML_SP_CERT: samlFile(
      "REFERAT_SAML_SP_CERT",
      (text) => succeeds(() => new X509Certificate(text)),
      "et certifikat i PEM-format",
    ).optional(),
    REFERAT_SAML_NAME: z
      .string()
      .trim()
      .min(1)
      .max(60, "REFERAT_SAML_NAME må højst være 60 tegn")
      .default("SAML"),
    REFERAT_SAML_ATTR_NAME: samlAttributeList("REFERAT_SAML_ATTR_NAME").default(
      SAML_DEFAULT_ATTRIBUTES.name.split(","),
    ),
    REFERAT_SAML_ATTR_EMAIL: samlAttributeList("REFERAT_SAML_ATTR_EMAIL").default(
      SAML_DEFAULT_ATTRIBUTES.email.split(","),
    ),
    REFERAT_SAML_ATTR_GROUPS: samlAttributeList("REFERAT_SAML_ATTR_GROUPS").default(
      SAML_DEFAULT_ATTRIBUTES.groups.split(","),
    ),
    REFERAT_SAML_ATTR_PRIVILEGES: samlAttributeList("REFERAT_SAML_ATTR_PRIVILEGES").default(
      SAML_DEFAULT_ATTRIBUTES.privileges.split(","),
    ),
  };
}

type SamlEnv = z.infer<z.ZodObject<ReturnType<typeof samlEnvShape>>>;

/** The SAML part of the configuration: all three files or none. */
function samlConfigOf(e: SamlEnv): SamlConfig | null {
  const files = [e.REFERAT_SAML_IDP_METADATA, e.REFERAT_SAML_SP_KEY, e.REFERAT_SAML_SP_CERT];
  if (files.every((f) => f === undefined)) return null;
  if (!e.REFERAT_SAML_IDP_METADATA || !e.REFERAT_SAML_SP_KEY || !e.REFERAT_SAML_SP_CERT) {
    throw new ConfigError(
      "Ugyldig konfiguration:\n  REFERAT_SAML_IDP_METADATA, REFERAT_SAML_SP_KEY og REFERAT_SAML_SP_CERT skal angives sammen",
    );
  }
  return {
    idpMetadata: e.REFERAT_SAML_IDP_METADATA,
    spKey: e.REFERAT_SAML_SP_KEY,
    spCert: e.REFERAT_SAML_SP_CERT,
    name: e.REFERAT_SAML_NAME,
    attributes: {
      name: e.REFERAT_SAML_ATTR_NAME,
      email: e.REFERAT_SAML_ATTR_EMAIL,
      groups: e.REFERAT_SAML_ATTR_GROUPS,
      privileges: e.REFERAT_SAML_ATTR_PRIVILEGES,
    },
  };
}
// --- end of SAML ------------------------------------------------------------------------------

/** The only reader of process.env. Validated once at boot; a bad value stops the process. */
const envSchema = z.object({
  ...samlEnvShape(),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce
    .number({ error: "PORT skal være et tal" })
    .int("PORT skal være et heltal")
    .min(0, "PORT skal være mellem 0 og 65535")
    .max(65535, "PORT skal være mellem 0 og 65535")
    .default(3000),
  REFERAT_DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL skal begynde med postgres:// eller postgresql://")
    .optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL skal være en af fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  /**
   * Demo data in an empty database: on by default for the embedded database (trying Referat
   * out), off by default on a PostgreSQL server (production), where its known password would be
   * a risk.
   */
  REFERAT_DEMO: z.enum(["0", "1"], { error: "REFERAT_DEMO skal være 0 eller 1" }).optional(),
  /** Set to 1 behind HTTPS so session cookies get the Secure flag. */
  REFERAT_SECURE_COOKIES: z
    .enum(["0", "1"], { error: "REFERAT_SECURE_COOKIES skal være 0 eller 1" })
    .default("0"),
  /**
   * Where the public reaches Referat (scheme, host, port): every absolute link in feeds,
   * calendars and pages is built from it, never from the request. Default http://HOST:PORT.
   */
  REFERAT_PUBLIC_URL: z
    .string()
    .transform((value, ctx) => {
      const origin = originOf(value);
      if (origin === null) {
        ctx.addIssue({
          code: "custom",
          message:
            "REFERAT_PUBLIC_URL skal være en http- eller https-adresse uden sti, fx https://referat.kommune.dk",
        });
        return z.NEVER;
      }
      return origin;
    })
    .optional(),
  /** The live view's event stream: a comment this often keeps proxies from closing it. */
  REFERAT_LIVE_KEEPALIVE_MS: z.coerce
    .number({ error: "REFERAT_LIVE_KEEPALIVE_MS skal være et tal" })
    .int("REFERAT_LIVE_KEEPALIVE_MS skal være et heltal")
    .min(1, "REFERAT_LIVE_KEEPALIVE_MS skal være mindst 1")
    .default(25_000),
  /** After this long the server ends a stream; the browser reconnects and resumes. */
  REFERAT_LIVE_MAX_MS: z.coerce
    .number({ error: "REFERAT_LIVE_MAX_MS skal være et tal" })
    .int("REFERAT_LIVE_MAX_MS skal være et heltal")
    .min(1, "REFERAT_LIVE_MAX_MS skal være mindst 1")
    .default(30 * 60_000),
  /** Open live streams one session may hold at once; more get a 429. */
  REFERAT_LIVE_STREAMS_PER_SESSION: z.coerce
    .number({ error: "REFERAT_LIVE_STREAMS_PER_SESSION skal være et tal" })
    .int("REFERAT_LIVE_STREAMS_PER_SESSION skal være et heltal")
    .min(1, "REFERAT_LIVE_STREAMS_PER_SESSION skal være mindst 1")
    .default(6),
  /**
   * Where the public reaches the municipality about the portal: the accessibility statement
   * must give a written and a telephone contact, and the OParl API names the e-mail.
   */
  REFERAT_CONTACT_EMAIL: z
    .email({
      error: "REFERAT_CONTACT_EMAIL skal være en e-mailadresse, fx digitalisering@kommune.dk",
    })
    .optional(),
  REFERAT_CONTACT_PHONE: z
    .string()
    .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, {
      error: "REFERAT_CONTACT_PHONE skal være et telefonnummer, fx 43 68 68 68",
    })
    .optional(),
  /** Proxies (IP addresses) whose X-Forwarded-For names the client; none by default. */
  REFERAT_TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .refine((list) => list.every((ip) => isIP(ip) !== 0), {
      error: "REFERAT_TRUSTED_PROXIES skal være IP-adresser adskilt af komma",
    })
    .optional(),
  // Sign-in through an OpenID Connect provider (docs: README, adr/0014). Issuer, client id,
  // secret and name come together or not at all; REFERAT_LOCAL_LOGIN=0 then hides the password
  // form.
  REFERAT_OIDC_ISSUER: z
    .string()
    .refine((value) => issuerUrl(value) !== null, {
      error:
        "REFERAT_OIDC_ISSUER skal være en https-adresse (http kun på localhost), fx https://login.microsoftonline.com/<tenant>/v2.0",
    })
    .optional(),
  REFERAT_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  REFERAT_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  REFERAT_OIDC_NAME: z
    .string()
    .trim()
    .min(1)
    .max(60, "REFERAT_OIDC_NAME må højst have 60 tegn")
    .optional(),
  REFERAT_OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
  /** The organisation a first sign-in through a provider joins, by name; default: the only one. */
  REFERAT_SSO_ORGANISATION: z
    .string()
    .trim()
    .min(1)
    .max(200, "REFERAT_SSO_ORGANISATION må højst have 200 tegn")
    .optional(),
  REFERAT_LOCAL_LOGIN: z
    .enum(["0", "1"], { error: "REFERAT_LOCAL_LOGIN skal være 0 eller 1" })
    .default("1"),
  /** The SMTP server mail is sent through, e.g. smtp://user:pass@mail.kommune.dk:587. */
  REFERAT_SMTP_URL: z
    .string()
    .transform((value, ctx) => {
      const smtp = smtpServerOf(value);
      if (smtp === null) {
        ctx.addIssue({
          code: "custom",
          message:
            "REFERAT_SMTP_URL skal være en smtp:// eller smtps://-adresse med værtsnavn, fx smtp://bruger:adgangskode@mail.kommune.dk:587",
        });
        return z.NEVER;
      }
      return smtp;
    })
    .optional(),
  /** The sender of every mail, e.g. "Referat <referat@kommune.dk>". */
  REFERAT_MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>@]*<[^\s<>@]+@(?:[^\s<>@.]+\.)+[^\s<>@.]+>|[^\s<>@]+@(?:[^\s<>@.]+\.)+[^\s<>@.]+)$/,
      "REFERAT_MAIL_FROM skal være en mailadresse, fx Referat <referat@kommune.dk>",
    )
    .optional(),
});

/** The sign-in provider settings: all of them or none (a half-configured provider is an error). */
function oidcSettings(e: z.infer<typeof envSchema>): { oidc: OidcConfig | null; issues: string[] } {
  const parts = {
    REFERAT_OIDC_ISSUER: e.REFERAT_OIDC_ISSUER,
    REFERAT_OIDC_CLIENT_ID: e.REFERAT_OIDC_CLIENT_ID,
    REFERAT_OIDC_CLIENT_SECRET: e.REFERAT_OIDC_CLIENT_SECRET,
    REFERAT_OIDC_NAME: e.REFERAT_OIDC_NAME,
  };
  const missing = Object.entries(parts).filter(([, v]) => v === undefined);
  const issues: string[] = [];
  if (missing.length > 0 && missing.length < 4) {
    const given = Object.keys(parts).filter((k) => !missing.some(([m]) => m === k));
    issues.push(
      `  ${missing.map(([k]) => k).join(", ")}: mangler; ${given.join(", ")} er sat, og log ind med OpenID Connect kræver dem alle`,
    );
  }
  const providerConfigured = missing.length === 0;
  if (e.REFERAT_LOCAL_LOGIN === "0" && !providerConfigured) {
    issues.push(
      "  REFERAT_LOCAL_LOGIN: 0 slår log ind med adgangskode fra, men der er ingen identitetsudbyder (REFERAT_OIDC_*) at logge ind med",
    );
  }
  if (!providerConfigured || issues.length > 0) return { oidc: null, issues };
  return {
    oidc: {
      issuer: issuerUrl(e.REFERAT_OIDC_ISSUER ?? "") as URL,
      clientId: e.REFERAT_OIDC_CLIENT_ID as string,
      clientSecret: e.REFERAT_OIDC_CLIENT_SECRET as string,
      name: e.REFERAT_OIDC_NAME as string,
      groupsClaim: e.REFERAT_OIDC_GROUPS_CLAIM,
    },
    issues,
  };
}

/** An issuer: https, or http on the local machine (tests, development). */
function issuerUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || (url.protocol === "http:" && local)) return url;
  return null;
}

/** An SMTP server from REFERAT_SMTP_URL, or null when the value is not an smtp(s):// URL. */
function smtpServerOf(value: string): MailConfig["smtp"] | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== "smtp:" && url.protocol !== "smtps:") || !url.hostname) return null;
  const secure = url.protocol === "smtps:";
  return {
    url: value,
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    user: url.username ? decodeURIComponent(url.username) : null,
  };
}

/** The origin of an http(s) URL without path, query, fragment or credentials; else null. */
function originOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  if (!bare || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(value)) return null;
  return url.origin;
}

/** Limits of the live view's server-sent events. */
export interface LiveStreamConfig {
  keepAliveMs: number;
  maxLifetimeMs: number;
  perSession: number;
}

/** Sending mail: the SMTP server (its password stays inside `url`) and the sender. */
export interface MailConfig {
  smtp: {
    /** The full REFERAT_SMTP_URL, credentials included: give it to the transport only. */
    url: string;
    host: string;
    port: number;
    /** smtps://: TLS from the start; smtp:// upgrades with STARTTLS when the server offers it. */
    secure: boolean;
    user: string | null;
  };
  from: string;
}

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** Where bilag and other stored files lie, inside the data directory. */
  filesDir: string;
  database: DatabaseTarget;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  demo: boolean;
  secureCookies: boolean;
  /** The public origin every absolute link is built from, e.g. https://referat.kommune.dk. */
  publicUrl: string;
  /** True when REFERAT_PUBLIC_URL was given: then only that origin may post forms. */
  publicUrlConfigured: boolean;
  /** The municipality's contact for the portal (REFERAT_CONTACT_*); the demo has an e-mail. */
  contact: { email: string | null; phone: string | null };
  /** Proxies whose X-Forwarded-For header tells the client's address. */
  trustedProxies: string[];
  live: LiveStreamConfig;
  /** SAML 2.0 sign-in; null when not configured. */
  saml: SamlConfig | null;
  /** Sign-in through an OpenID Connect provider; null when not configured. */
  oidc: OidcConfig | null;
  /** False: only the identity provider signs in (REFERAT_LOCAL_LOGIN=0). */
  localLogin: boolean;
  /** REFERAT_SSO_ORGANISATION: the organisation a provider's first sign-in joins, by name. */
  ssoOrganisation: string | null;
  /** Null without REFERAT_SMTP_URL: mail then waits in the outbox and nothing is sent. */
  mail: MailConfig | null;
}

export interface OidcConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the log-in button, e.g. "Microsoft". */
  name: string;
  /** The ID token claim holding the user's groups. */
  groupsClaim: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const clean = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Ugyldig konfiguration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.REFERAT_SMTP_URL && !e.REFERAT_MAIL_FROM) {
    throw new ConfigError(
      "Ugyldig konfiguration:\n  REFERAT_MAIL_FROM: skal angives, når REFERAT_SMTP_URL er sat, fx Referat <referat@kommune.dk>",
    );
  }
  const sso = oidcSettings(e);
  const saml = samlConfigOf(e);
  if (sso.issues.length > 0) {
    throw new ConfigError(`Ugyldig konfiguration:\n${sso.issues.join("\n")}`);
  }
  const dataDir = resolve(e.REFERAT_DATA_DIR);
  const demo = e.REFERAT_DEMO ? e.REFERAT_DEMO === "1" : !e.DATABASE_URL;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    filesDir: resolve(dataDir, FILES_FOLDER),
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(dataDir, DATABASE_FOLDER) },
    logLevel: e.LOG_LEVEL,
    demo,
    secureCookies: e.REFERAT_SECURE_COOKIES === "1",
    publicUrl: e.REFERAT_PUBLIC_URL ?? defaultPublicUrl(e.HOST, e.PORT),
    publicUrlConfigured: e.REFERAT_PUBLIC_URL !== undefined,
    contact: {
      email: e.REFERAT_CONTACT_EMAIL ?? (demo ? "kontakt@eksempel.dk" : null),
      phone: e.REFERAT_CONTACT_PHONE ?? null,
    },
    trustedProxies: e.REFERAT_TRUSTED_PROXIES ?? [],
    live: {
      keepAliveMs: e.REFERAT_LIVE_KEEPALIVE_MS,
      maxLifetimeMs: e.REFERAT_LIVE_MAX_MS,
      perSession: e.REFERAT_LIVE_STREAMS_PER_SESSION,
    },
    oidc: sso.oidc,
    saml,
    localLogin: e.REFERAT_LOCAL_LOGIN === "1" || (sso.oidc === null && saml === null),
    ssoOrganisation: e.REFERAT_SSO_ORGANISATION ?? null,
    mail:
      e.REFERAT_SMTP_URL && e.REFERAT_MAIL_FROM
        ? { smtp: e.REFERAT_SMTP_URL, from: e.REFERAT_MAIL_FROM }
        : null,
  };
}

function defaultPublicUrl(host: string, port: number): string {
  return `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}
