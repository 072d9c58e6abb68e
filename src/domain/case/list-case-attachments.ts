import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { loadCase } from "./load-case.ts";

/** The bilag written with a case (not those added to an agenda item later), in order. */
export async function listCaseAttachments(db: Db, principal: Principal, caseId: number) {
  const kase = await loadCase(db, principal, caseId);
  return db
    .select({
      id: attachments.id,
      name: attachments.name,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      public: attachments.public,
    })
    .from(attachments)
    .where(and(eq(attachments.caseId, kase.id), isNull(attachments.agendaItemId)))
    .orderBy(asc(attachments.position), asc(attachments.id));
}

export type CaseAttachment = Awaited<ReturnType<typeof listCaseAttachments>>[number];
