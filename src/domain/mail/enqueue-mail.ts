import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.ts";
import { mailOutbox } from "../../db/schema/index.ts";
import { mailEvents } from "./mail-events.ts";

export interface OutgoingMail {
  organisationId: number | null;
  /** The recipient when it is a user. */
  userId?: number | null;
  to: string;
  /** What caused it, e.g. "case.submitted", "password.reset". */
  kind: string;
  subject: string;
  /** Plain text; the HTML part says the same. Titles and links only, never case text. */
  text: string;
  html: string;
}

/**
 * Writes mails to the outbox inside the caller's transaction: they go out only if the change
 * that caused them commits, and a sender delivers them later, retrying until the SMTP server
 * takes them. Returns the outbox ids.
 */
export async function enqueueMail(tx: Tx, mails: readonly OutgoingMail[]): Promise<number[]> {
  if (mails.length === 0) return [];
  const rows = await tx
    .insert(mailOutbox)
    .values(
      mails.map((mail) => ({
        organisationId: mail.organisationId,
        userId: mail.userId ?? null,
        toAddress: mail.to,
        kind: mail.kind,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${randomUUID()}@referat>`,
      })),
    )
    .returning({ id: mailOutbox.id });
  mailEvents.emit();
  return rows.map((r) => r.id);
}
