import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { caseFields, caseTemplateFields, committees, users } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import type { PmDoc } from "../richtext/doc.ts";
import { casePermissions } from "./case.policy.ts";
import { type CaseRef, readCase } from "./load-case.ts";
import { recommendationsOf } from "./recommendations.ts";

type Person = { id: number; name: string };

/** A case as its editor shows it: facts, fields with guidance, people and what the viewer may do. */
export async function getCase(db: Db, principal: Principal, ref: CaseRef) {
  const kase = await readCase(db, principal, ref);
  const fields = await db
    .select()
    .from(caseFields)
    .where(eq(caseFields.caseId, kase.id))
    .orderBy(asc(caseFields.position));
  // Guidance and examples come from the template as it is now, by field key.
  const help = kase.templateId
    ? await db
        .select({
          key: caseTemplateFields.key,
          guidance: caseTemplateFields.guidance,
          example: caseTemplateFields.example,
        })
        .from(caseTemplateFields)
        .where(eq(caseTemplateFields.templateId, kase.templateId))
    : [];
  const ids = [kase.authorId, kase.approverId, ...kase.sharedWith].filter(
    (id): id is number => id !== null,
  );
  const people = ids.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
    : [];
  const person = (id: number | null): Person | null => people.find((p) => p.id === id) ?? null;
  const [committee] = kase.committeeId
    ? await db
        .select({ id: committees.id, name: committees.name })
        .from(committees)
        .where(eq(committees.id, kase.committeeId))
    : [];
  return {
    id: kase.id,
    committee: committee ?? null,
    status: kase.status,
    version: kase.version,
    title: kase.title,
    purpose: kase.purpose,
    journalNumber: kase.journalNumber,
    closed: kase.closed,
    closureReason: kase.closureReason,
    openDecision: kase.openDecision,
    durationMinutes: kase.durationMinutes,
    author: person(kase.authorId),
    approver: person(kase.approverId),
    sharedWith: kase.sharedWith.map(person).filter((p): p is Person => p !== null),
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
    fields: fields.map((f) => {
      const h = help.find((x) => x.key === f.key);
      const doc = f.doc as PmDoc;
      return {
        key: f.key,
        label: f.label,
        kind: f.kind,
        required: f.required,
        public: f.public,
        guidance: h?.guidance ?? "",
        example: h?.example ?? "",
        doc,
        text: f.text,
        recommendations: f.kind === "recommendations" ? recommendationsOf(doc) : null,
      };
    }),
    permissions: casePermissions(principal, kase),
  };
}

export type CaseView = Awaited<ReturnType<typeof getCase>>;
