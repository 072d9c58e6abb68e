import { isIP } from "node:net";
import { resolve } from "node:path";
import { z } from "zod";
import type { DatabaseTarget } from "./db/client.ts";

/** The only reader of process.env. Validated once at boot; a bad value stops the process. */
const envSchema = z.object({
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
  /** Proxies (IP addresses) whose X-Forwarded-For names the client; none by default. */
  REFERAT_TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(",").map((part) => part.trim()))
    .refine((list) => list.every((ip) => isIP(ip) !== 0), {
      error: "REFERAT_TRUSTED_PROXIES skal være IP-adresser adskilt af komma",
    })
    .optional(),
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
      /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/,
      "REFERAT_MAIL_FROM skal være en mailadresse, fx Referat <referat@kommune.dk>",
    )
    .optional(),
});

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
  database: DatabaseTarget;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  demo: boolean;
  secureCookies: boolean;
  /** The public origin every absolute link is built from, e.g. https://referat.kommune.dk. */
  publicUrl: string;
  /** True when REFERAT_PUBLIC_URL was given: then only that origin may post forms. */
  publicUrlConfigured: boolean;
  /** Proxies whose X-Forwarded-For header tells the client's address. */
  trustedProxies: string[];
  live: LiveStreamConfig;
  /** Null without REFERAT_SMTP_URL: mail then waits in the outbox and nothing is sent. */
  mail: MailConfig | null;
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
  const dataDir = resolve(e.REFERAT_DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(dataDir, "pglite") },
    logLevel: e.LOG_LEVEL,
    demo: e.REFERAT_DEMO ? e.REFERAT_DEMO === "1" : !e.DATABASE_URL,
    secureCookies: e.REFERAT_SECURE_COOKIES === "1",
    publicUrl: e.REFERAT_PUBLIC_URL ?? defaultPublicUrl(e.HOST, e.PORT),
    publicUrlConfigured: e.REFERAT_PUBLIC_URL !== undefined,
    trustedProxies: e.REFERAT_TRUSTED_PROXIES ?? [],
    live: {
      keepAliveMs: e.REFERAT_LIVE_KEEPALIVE_MS,
      maxLifetimeMs: e.REFERAT_LIVE_MAX_MS,
      perSession: e.REFERAT_LIVE_STREAMS_PER_SESSION,
    },
    mail:
      e.REFERAT_SMTP_URL && e.REFERAT_MAIL_FROM
        ? { smtp: e.REFERAT_SMTP_URL, from: e.REFERAT_MAIL_FROM }
        : null,
  };
}

function defaultPublicUrl(host: string, port: number): string {
  return `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}
