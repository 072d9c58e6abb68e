import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { type CaseRef, readCase } from "./load-case.ts";

/** The bilag written with a case (not those added to an agenda item later), in order. */
export async function listCaseAttachments(db: Db, principal: Principal, ref: CaseRef) {
  const kase = await readCase(db, principal, ref);
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
