import { createTransport } from "nodemailer";
import type { MailConfig } from "../config.ts";
import type { MailTransport } from "./send-due-mail.ts";

/** Bounds on one SMTP conversation, so a hung server cannot outlast a claim's lease. */
const TIMEOUTS = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
};

/**
 * The nodemailer transport for REFERAT_SMTP_URL: one connection per mail (no pool), so a
 * connection the server dropped never lingers; smtp:// upgrades with STARTTLS when offered,
 * smtps:// is TLS from the start. The URL carries the credentials.
 */
export function createMailTransport(smtp: MailConfig["smtp"]): MailTransport & { close(): void } {
  return createTransport({ url: smtp.url, ...TIMEOUTS });
}
