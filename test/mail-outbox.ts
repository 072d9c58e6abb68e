import type { Db } from "../src/db/client.ts";
import { mailOutbox } from "../src/db/schema/index.ts";
import { enqueueMail, type OutgoingMail } from "../src/domain/mail/enqueue-mail.ts";
import { createLogger } from "../src/logger.ts";
import { createMailTransport } from "../src/mail/create-transport.ts";
import type { SendPassOptions } from "../src/mail/send-due-mail.ts";
import type { SmtpPeer } from "./smtp-peer.ts";

/** Helpers for tests of the mail outbox and its sender. */

export const MAIL_FROM = "Referat <referat@kommune.test>";

let n = 0;

/** A mail as a use case writes it; `to` defaults to a fresh address. */
export function outgoing(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  n++;
  return {
    organisationId: null,
    to: `modtager-${n}@kommune.test`,
    kind: "case.submitted",
    subject: `Sag ${n} er sendt til godkendelse: Æblehaven`,
    text: `Sag ${n} venter på din godkendelse.\nhttp://referat.test/app/sager/${n}`,
    html: `<p>Sag ${n} venter på din godkendelse.</p><p><a href="http://referat.test/app/sager/${n}">Åbn sagen</a></p>`,
    ...overrides,
  };
}

/** Writes mails to the outbox in their own transaction; answers their Message-IDs. */
export async function enqueue(db: Db, mails: OutgoingMail[]): Promise<string[]> {
  const ids = await db.transaction((tx) => enqueueMail(tx, mails));
  const rows = await db.select().from(mailOutbox);
  return ids.map((id) => rows.find((r) => r.id === id)?.messageId ?? "");
}

/** A clock the test moves by hand, starting now (rows are due from the database's now()). */
export function testClock() {
  let at = Date.now() + 1_000;
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

/** Pass options sending to the peer through nodemailer, as the app does. */
export function passOptions(
  peer: SmtpPeer,
  clock: { now: () => Date },
  extra: Partial<SendPassOptions> = {},
  password = peer.pass,
): SendPassOptions & { close(): void } {
  const transport = createMailTransport({
    url: peer.url(password),
    host: "127.0.0.1",
    port: peer.port,
    secure: false,
    user: peer.user,
  });
  return {
    transport,
    from: MAIL_FROM,
    logger: createLogger("silent"),
    now: clock.now,
    close: () => transport.close(),
    ...extra,
  };
}
