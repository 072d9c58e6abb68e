import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { caseTemplateFields, caseTemplates, committees } from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { canEditTemplate } from "../case/case.policy.ts";
import { DomainError } from "../domain-error.ts";
import { loadCommittee } from "./get-committee-template.ts";
import { parseTemplateInput, type UpdateTemplateInput } from "./template-input.ts";

/**
 * An administrator replaces a committee's case template: its ordered fields with label,
 * guidance, example, required, public and kind. New cases use it; existing cases keep the
 * fields they were created with (they copied them). A template other committees also use is
 * copied first, so the change reaches this committee only.
 */
export async function updateTemplate(
  db: Db,
  principal: Principal,
  input: UpdateTemplateInput,
): Promise<{ templateId: number; forked: boolean }> {
  return db.transaction(async (tx) => {
    // Authorize before validating: only an administrator learns what the form must hold.
    const committee = await loadCommittee(tx, principal, Number(input.committeeId));
    if (!canEditTemplate(principal, committee)) {
      throw new DomainError("forbidden", caseMessages.forbidden.template);
    }
    const { name, fields } = parseTemplateInput(input);
    const oldId = committee.caseTemplateId;
    const [sharedWith] =
      oldId === null
        ? []
        : await tx
            .select({ id: committees.id })
            .from(committees)
            .where(and(eq(committees.caseTemplateId, oldId), ne(committees.id, committee.id)))
            .limit(1);
    const [old] =
      oldId === null
        ? []
        : await tx.select().from(caseTemplates).where(eq(caseTemplates.id, oldId));
    const before = old
      ? await tx
          .select({ key: caseTemplateFields.key, label: caseTemplateFields.label })
          .from(caseTemplateFields)
          .where(eq(caseTemplateFields.templateId, old.id))
          .orderBy(asc(caseTemplateFields.position))
      : [];
    const forked = !old || sharedWith !== undefined;
    let templateId: number;
    if (forked) {
      const [created] = await tx
        .insert(caseTemplates)
        .values({
          organisationId: committee.organisationId,
          name: name ?? old?.name ?? `Sagsskabelon for ${committee.name}`,
        })
        .returning({ id: caseTemplates.id });
      templateId = (created as { id: number }).id;
      await tx
        .update(committees)
        .set({ caseTemplateId: templateId })
        .where(eq(committees.id, committee.id));
    } else {
      templateId = old.id;
      if (name)
        await tx.update(caseTemplates).set({ name }).where(eq(caseTemplates.id, templateId));
      await tx.delete(caseTemplateFields).where(eq(caseTemplateFields.templateId, templateId));
    }
    await tx
      .insert(caseTemplateFields)
      .values(fields.map((f, position) => ({ ...f, templateId, position })));
    await recordAudit(tx, {
      organisationId: committee.organisationId,
      actorId: principal.user.id,
      action: "template.updated",
      entityType: "case_template",
      entityId: templateId,
      data: { committeeId: committee.id, previousTemplateId: oldId, forked, before, after: fields },
    });
    return { templateId, forked: forked && oldId !== null };
  });
}
