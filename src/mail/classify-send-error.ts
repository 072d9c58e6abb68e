import { mailDeliveryMessages } from "../i18n/da/mail-delivery.ts";

const m = mailDeliveryMessages.errors;

/** What a failed send means for the mail: try again later, or never. */
export interface SendFailure {
  /** True when the server refused this mail for good (5xx to its recipient or its content). */
  permanent: boolean;
  /**
   * True when the server could not be reached or the connection broke: every other due mail
   * would fail the same way, so a pass stops trying and backs them off together.
   */
  serverDown: boolean;
  /** A Danish line for the administrator, with the server's own reply where there is one. */
  message: string;
}

interface SmtpError {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
  message?: unknown;
}

const CONNECTION = new Set(["ECONNECTION", "ESOCKET", "EDNS", "EPROXY"]);

/**
 * Reads an error from nodemailer. Only a 5xx reply to the envelope (RCPT TO, MAIL FROM) or to
 * the message (DATA) is permanent: that mail would be refused again. A refused log-in is a
 * setting to fix, not a fault of the mail, and 4xx replies, refused or broken connections and
 * timeouts are temporary.
 */
export function classifySendError(error: unknown): SendFailure {
  const e = (typeof error === "object" && error !== null ? error : {}) as SmtpError;
  const code = typeof e.code === "string" ? e.code : "";
  const responseCode = typeof e.responseCode === "number" ? e.responseCode : null;
  const reply = oneLine(
    typeof e.response === "string" && e.response
      ? e.response
      : typeof e.message === "string"
        ? e.message
        : String(error),
  );
  const fiveHundred = responseCode !== null && responseCode >= 500 && responseCode !== 503;
  if (fiveHundred && code === "EENVELOPE")
    return { permanent: true, serverDown: false, message: m.recipientRefused(reply) };
  if (fiveHundred && code === "EMESSAGE")
    return { permanent: true, serverDown: false, message: m.messageRefused(reply) };
  if (code === "EAUTH" || code === "ENOAUTH")
    return { permanent: false, serverDown: true, message: m.login(reply) };
  if (code === "ETLS" || code === "EREQUIRETLS")
    return { permanent: false, serverDown: true, message: m.tls(reply) };
  if (code === "ETIMEDOUT")
    return { permanent: false, serverDown: true, message: m.timeout(reply) };
  // A 421 greeting ("service not available") closes the connection: the server is down.
  if (responseCode === 421)
    return { permanent: false, serverDown: true, message: m.temporaryRefusal(reply) };
  if (responseCode !== null && responseCode >= 400)
    return { permanent: false, serverDown: false, message: m.temporaryRefusal(reply) };
  if (code === "ECONNECTION")
    return { permanent: false, serverDown: true, message: m.connectionLost(reply) };
  if (CONNECTION.has(code))
    return { permanent: false, serverDown: true, message: m.unreachable(reply) };
  return { permanent: false, serverDown: false, message: m.other(reply) };
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 500 ? `${line.slice(0, 499)}…` : line;
}
