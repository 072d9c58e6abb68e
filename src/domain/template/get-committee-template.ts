import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import { caseTemplateFields, caseTemplates, committees } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import { canViewCommittee, type Principal } from "../access/access.policy.ts";
import { DomainError } from "../domain-error.ts";

/** A committee of the principal's organisation, or a Danish not-found error. */
export async function loadCommittee(db: Db | Tx, principal: Principal, committeeId: number) {
  const [committee] = isRowId(committeeId)
    ? await db
        .select()
        .from(committees)
        .where(
          and(
            eq(committees.id, committeeId),
            eq(committees.organisationId, principal.user.organisationId),
          ),
        )
    : [];
  if (!committee || !canViewCommittee(principal, committee)) {
    throw new DomainError("not_found", caseMessages.committeeNotFound);
  }
  return committee;
}

/**
 * The committee's current case template with its ordered fields (label, guidance, example,
 * required, public, kind); null when it has none. For anyone with a role on the committee.
 */
export async function getCommitteeTemplate(db: Db, principal: Principal, committeeId: number) {
  const committee = await loadCommittee(db, principal, committeeId);
  if (committee.caseTemplateId === null) return null;
  const [template] = await db
    .select({ id: caseTemplates.id, name: caseTemplates.name })
    .from(caseTemplates)
    .where(eq(caseTemplates.id, committee.caseTemplateId));
  if (!template) return null;
  const fields = await db
    .select({
      key: caseTemplateFields.key,
      label: caseTemplateFields.label,
      guidance: caseTemplateFields.guidance,
      example: caseTemplateFields.example,
      required: caseTemplateFields.required,
      public: caseTemplateFields.public,
      kind: caseTemplateFields.kind,
    })
    .from(caseTemplateFields)
    .where(eq(caseTemplateFields.templateId, template.id))
    .orderBy(asc(caseTemplateFields.position));
  return { ...template, committeeId: committee.id, fields };
}
