import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { memberships, users } from "../../db/schema/index.ts";
import { mailMessages } from "../../i18n/da/mail.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { composeMail } from "../mail/compose-mail.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { mailLink } from "../mail/mail-origin.ts";
import { issueAccountToken } from "./account-token.ts";
import { claimLoginAttempt } from "./login-throttle.ts";

/** Every answer takes at least this long, so the time does not tell whether the address is known. */
export const RESET_MIN_DURATION_MS = 300;

export type ResetRequestResult = { ok: true } | { ok: false; retryAt: Date };

/** The path of the page a mailed one-time link opens. */
export const choosePasswordPath = (token: string) =>
  `/ny-adgangskode?token=${encodeURIComponent(token)}`;

/**
 * »Glemt adgangskode«: mails a one-time link (30 minutes) to the user with this address, if
 * there is one who may log in (a password, or a role). The answer is the same whether or not
 * there is: an unknown address runs the same queries and the same transaction, only without
 * the rows, and every answer is held back to at least RESET_MIN_DURATION_MS. Requests are counted per address typed and per client address before anything is
 * looked up (login-throttle.ts, scope "reset"); over the limit nothing is sent.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  options: { address?: string | null; now?: Date; minDurationMs?: number } = {},
): Promise<ResetRequestResult> {
  const started = performance.now();
  const result = await requestReset(db, email, options.now ?? new Date(), options.address ?? null);
  const wait = (options.minDurationMs ?? RESET_MIN_DURATION_MS) - (performance.now() - started);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return result;
}

async function requestReset(
  db: Db,
  email: string,
  now: Date,
  address: string | null,
): Promise<ResetRequestResult> {
  const claim = { email, address, scope: "reset" };
  const counted = await claimLoginAttempt(db, claim, now);
  if (!counted.ok) return { ok: false, retryAt: counted.retryAt };
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({
        id: users.id,
        organisationId: users.organisationId,
        name: users.name,
        email: users.email,
        hasPassword: sql<boolean>`${users.passwordHash} is not null`,
        hasRole: sql<boolean>`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})`,
      })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${email.trim()})`);
    if (!user || !(user.hasPassword || user.hasRole)) return;
    const { token } = await issueAccountToken(tx, user, "reset", now);
    const r = mailMessages.reset;
    await enqueueMail(tx, [
      {
        organisationId: user.organisationId,
        userId: user.id,
        to: user.email,
        kind: "password.reset",
        ...composeMail({
          subject: r.subject,
          recipientName: user.name,
          blocks: [
            { text: r.line, link: { href: mailLink(choosePasswordPath(token)), label: r.link } },
            { text: r.validity },
          ],
        }),
      },
    ]);
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorId: null,
      action: "auth.password_reset_requested",
      entityType: "user",
      entityId: user.id,
    });
  });
  return { ok: true };
}
