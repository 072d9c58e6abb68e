import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { committees, organisations, roleEnum } from "../../db/schema/index.ts";
import { mailMessages, passwordMessages } from "../../i18n/da/mail.ts";
import type { Principal, Role } from "../access/access.policy.ts";
import { canAdministerOrganisation } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { composeMail } from "../mail/compose-mail.ts";
import { enqueueMail } from "../mail/enqueue-mail.ts";
import { mailLink } from "../mail/mail-origin.ts";
import { issueAccountToken } from "./account-token.ts";
import { CreateUserError, createUser } from "./create-user.ts";
import { choosePasswordPath } from "./request-password-reset.ts";

export interface InviteUserInput {
  name: string;
  email: string;
  title?: string | null;
  role: string;
  /** null: the role holds across the organisation. */
  committeeId: number | null;
}

const isRole = (value: string): value is Role => (roleEnum.enumValues as string[]).includes(value);

/**
 * Creates a user without a password, holding one role (organisation-wide or on one committee),
 * and mails a one-time link (7 days) to choose the password; all in one transaction, audited.
 * A taken e-mail address, a missing role or another organisation's committee is a Danish 400.
 */
export async function inviteUser(
  db: Db,
  principal: Principal,
  input: InviteUserInput,
  now: Date = new Date(),
): Promise<{ userId: number }> {
  const m = passwordMessages.invite;
  if (!canAdministerOrganisation(principal)) throw new DomainError("forbidden", "forbidden");
  if (!isRole(input.role)) throw new DomainError("invalid", m.roleMissing);
  const role = input.role;
  const organisationId = principal.user.organisationId;
  return db.transaction(async (tx) => {
    if (input.committeeId !== null) {
      const [own] = await tx
        .select({ id: committees.id })
        .from(committees)
        .where(
          and(eq(committees.id, input.committeeId), eq(committees.organisationId, organisationId)),
        );
      if (!own) throw new DomainError("invalid", m.scopeInvalid);
    }
    let user: Awaited<ReturnType<typeof createUser>>;
    try {
      user = await createUser(tx, {
        organisationId,
        email: input.email,
        name: input.name,
        title: input.title?.trim() ? input.title : null,
        password: null,
        roles: [{ role, committeeId: input.committeeId }],
        actorId: principal.user.id,
      });
    } catch (error) {
      if (error instanceof CreateUserError) throw new DomainError("invalid", error.message);
      throw error;
    }
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    const { token } = await issueAccountToken(tx, user, "invite", now);
    const i = mailMessages.invite;
    await enqueueMail(tx, [
      {
        organisationId,
        userId: user.id,
        to: user.email,
        kind: "user.invited",
        ...composeMail({
          subject: i.subject,
          recipientName: user.name,
          blocks: [
            {
              text: i.line(principal.user.name, organisation?.name ?? ""),
              link: { href: mailLink(choosePasswordPath(token)), label: i.link },
            },
            { text: i.validity(user.email) },
          ],
        }),
      },
    ]);
    await recordAudit(tx, {
      organisationId,
      actorId: principal.user.id,
      action: "user.invited",
      entityType: "user",
      entityId: user.id,
      data: { role, committeeId: input.committeeId },
    });
    return { userId: user.id };
  });
}
