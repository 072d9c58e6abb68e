import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { mailOutbox } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { canAdministerOrganisation } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mailEvents } from "./mail-events.ts";

export type ResendOutcome = "resent" | "forbidden" | "not-found";

/**
 * »Send igen«: a mail the server refused goes back in the queue, due now, with its Message-ID,
 * attempts and last error kept. Only a refused mail of the administrator's own organisation;
 * audited.
 */
export async function resendMail(
  db: Db,
  principal: Principal,
  mailId: number,
  now: Date = new Date(),
): Promise<ResendOutcome> {
  if (!canAdministerOrganisation(principal)) return "forbidden";
  const organisationId = principal.user.organisationId;
  const outcome = await db.transaction(async (tx): Promise<ResendOutcome> => {
    const [row] = await tx
      .update(mailOutbox)
      .set({ failedAt: null, nextAttemptAt: now, lockedUntil: null })
      .where(
        and(
          eq(mailOutbox.id, mailId),
          eq(mailOutbox.organisationId, organisationId),
          isNotNull(mailOutbox.failedAt),
          isNull(mailOutbox.sentAt),
        ),
      )
      .returning({ id: mailOutbox.id, kind: mailOutbox.kind, lastError: mailOutbox.lastError });
    if (!row) return "not-found";
    await recordAudit(tx, {
      organisationId,
      actorId: principal.user.id,
      action: "mail.resent",
      entityType: "mail",
      entityId: row.id,
      data: { kind: row.kind, lastError: row.lastError },
    });
    return "resent";
  });
  if (outcome === "resent") mailEvents.emit();
  return outcome;
}
