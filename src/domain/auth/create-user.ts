import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../../db/client.ts";
import { committees, memberships, users } from "../../db/schema/index.ts";
import { webMessages } from "../../i18n/da/web.ts";
import type { RoleGrant } from "../access/access.policy.ts";
import { type AuditEntry, recordAudit } from "../audit/record-audit.ts";
import { isEmailAddress } from "./email-address.ts";
import { hashPassword } from "./hash-password.ts";

const m = webMessages.auth;

/** The one password rule: 8 to 200 characters. */
export const passwordSchema = z.string().min(8, m.passwordTooShort).max(200, m.passwordTooLong);

const inputSchema = z.object({
  organisationId: z.number().int().positive(),
  email: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") ctx.addIssue({ code: "custom", message: m.emailRequired });
      else if (!isEmailAddress(value)) ctx.addIssue({ code: "custom", message: m.invalidEmail });
    }),
  name: z.string().trim().min(1, m.nameRequired).max(200, m.nameTooLong),
  title: z.string().trim().max(200).nullish(),
  /** null: the user cannot log in (guests, imported names). */
  password: passwordSchema.nullish(),
  /** An existing hashPassword() result, for bulk creation with one shared password. */
  passwordHash: z.string().startsWith("scrypt$").optional(),
  roles: z
    .array(
      z.object({
        role: z.enum(["admin", "secretary", "author", "approver", "member"]),
        committeeId: z.number().int().positive().nullable(),
      }),
    )
    .default([]),
  actorId: z.number().int().positive().nullish(),
});

export type CreateUserInput = z.input<typeof inputSchema> & { roles?: RoleGrant[] };

export interface CreatedUser {
  id: number;
  organisationId: number;
  email: string;
  name: string;
  title: string | null;
}

/** A Danish message for the person who supplied the input. */
export class CreateUserError extends Error {}

/** Creates a user with an optional password and roles, and records it in the audit log. */
export async function createUser(db: Db | Tx, input: CreateUserInput): Promise<CreatedUser> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    throw new CreateUserError(parsed.error.issues.map((i) => i.message).join(" "));
  }
  const data = parsed.data;
  const passwordHash =
    data.passwordHash ?? (data.password ? await hashPassword(data.password) : null);
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${data.email})`);
    if (taken.length > 0) throw new CreateUserError(m.emailTaken(data.email));
    const [user] = await tx
      .insert(users)
      .values({
        organisationId: data.organisationId,
        email: data.email,
        name: data.name,
        title: data.title ?? null,
        passwordHash,
      })
      .returning({
        id: users.id,
        organisationId: users.organisationId,
        email: users.email,
        name: users.name,
        title: users.title,
      });
    if (!user) throw new Error("insert into users returned no row");
    const committeeIds = [...new Set(data.roles.flatMap((r) => r.committeeId ?? []))];
    if (committeeIds.length > 0) {
      const own = await tx
        .select({ id: committees.id })
        .from(committees)
        .where(
          and(
            eq(committees.organisationId, data.organisationId),
            inArray(committees.id, committeeIds),
          ),
        );
      if (own.length !== committeeIds.length) {
        throw new Error("a role refers to a committee of another organisation");
      }
    }
    if (data.roles.length > 0) {
      await tx.insert(memberships).values(
        data.roles.map((r) => ({
          organisationId: data.organisationId,
          userId: user.id,
          committeeId: r.committeeId,
          role: r.role,
        })),
      );
    }
    await recordAudit(tx, userCreated(user, data.roles, data.actorId ?? null));
    return user;
  });
}

/** The audit entry of a new user with these roles, made by `actorId` (null: the system). */
export function userCreated(
  user: { id: number; organisationId: number },
  roles: RoleGrant[],
  actorId: number | null,
): AuditEntry {
  return {
    organisationId: user.organisationId,
    actorId,
    action: "user.created",
    entityType: "user",
    entityId: user.id,
    data: { roles },
  };
}
