import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { isRowId } from "../../db/row-id.ts";
import {
  caseFields,
  cases,
  caseTemplateFields,
  committees,
  revisions,
} from "../../db/schema/index.ts";
import { caseMessages } from "../../i18n/da/case.ts";
import type { Principal } from "../access/access.policy.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError } from "../domain-error.ts";
import { emptyDoc } from "../richtext/sanitize-doc.ts";
import { canCreateCase } from "./case.policy.ts";
import type { CaseContent } from "./case-content.ts";
import { type Purpose, purposes } from "./purpose.ts";
import { normaliseFacts, resolvePurpose } from "./save-case-input.ts";

const m = caseMessages;

export const createCaseInput = z.object({
  committeeId: z.number(),
  title: z.string().max(10_000),
  purpose: z.enum(Object.keys(purposes) as [Purpose, ...Purpose[]]).nullish(),
});

export type CreateCaseInput = z.input<typeof createCaseInput>;

/**
 * Starts a case (a draft by the principal) in the committee's current template: one empty
 * field per template field, in order, with its label, public and required flags and kind
 * copied, so later template changes leave the case as it is. Revision 1 is the empty start.
 */
export async function createCase(
  db: Db,
  principal: Principal,
  input: CreateCaseInput,
): Promise<{ id: number; version: number; revision: number }> {
  const parsed = createCaseInput.safeParse(input);
  if (!parsed.success) throw new DomainError("invalid", m.invalidInput("input"));
  const title = normaliseFacts({ caseId: 0, version: 0, title: parsed.data.title }).title ?? "";
  const purpose = resolvePurpose(null, title, parsed.data.purpose, true);
  return db.transaction(async (tx) => {
    const orgId = principal.user.organisationId;
    const { committeeId } = parsed.data;
    const [committee] = isRowId(committeeId)
      ? await tx
          .select()
          .from(committees)
          .where(and(eq(committees.id, committeeId), eq(committees.organisationId, orgId)))
      : [];
    if (!committee || !canCreateCase(principal, committee)) {
      throw new DomainError(
        committee ? "forbidden" : "not_found",
        committee ? m.forbidden.create : m.committeeNotFound,
      );
    }
    if (committee.caseTemplateId === null) throw new DomainError("invalid", m.template.noTemplate);
    const templateFields = await tx
      .select()
      .from(caseTemplateFields)
      .where(eq(caseTemplateFields.templateId, committee.caseTemplateId))
      .orderBy(asc(caseTemplateFields.position));
    const [row] = await tx
      .insert(cases)
      .values({
        organisationId: orgId,
        committeeId: committee.id,
        templateId: committee.caseTemplateId,
        title,
        purpose,
        status: "draft",
        authorId: principal.user.id,
      })
      .returning({ id: cases.id, version: cases.version });
    if (!row) throw new Error("case row was not inserted");
    const fields = templateFields.map((f, position) => ({
      key: f.key,
      label: f.label,
      doc: emptyDoc(),
      text: "",
      position,
      public: f.public,
      required: f.required,
      kind: f.kind,
    }));
    if (fields.length)
      await tx.insert(caseFields).values(fields.map((f) => ({ ...f, caseId: row.id })));
    const snapshot: CaseContent = {
      title,
      purpose,
      journalNumber: null,
      closed: false,
      closureReason: null,
      openDecision: null,
      durationMinutes: null,
      fields: fields.map(({ key, label, doc, text }) => ({ key, label, doc, text })),
    };
    await tx.insert(revisions).values({
      caseId: row.id,
      number: 1,
      authorId: principal.user.id,
      snapshot,
      caseVersion: row.version,
    });
    await recordAudit(tx, {
      organisationId: orgId,
      actorId: principal.user.id,
      action: "case.created",
      entityType: "case",
      entityId: row.id,
      data: { committeeId: committee.id, templateId: committee.caseTemplateId, title },
    });
    return { id: row.id, version: row.version, revision: 1 };
  });
}
