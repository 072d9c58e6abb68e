import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { attachments, attachmentVersions } from "../../db/schema/index.ts";
import type { Principal } from "../access/access.policy.ts";
import { type CaseRef, readCase } from "./load-case.ts";

/**
 * The bilag written with a case (not those added to an agenda item later), in order, each with
 * its earlier files (newest first) for staff who may read the case.
 */
export async function listCaseAttachments(db: Db, principal: Principal, ref: CaseRef) {
  const kase = await readCase(db, principal, ref);
  const rows = await db
    .select({
      id: attachments.id,
      name: attachments.name,
      title: attachments.title,
      mediaType: attachments.mediaType,
      sizeBytes: attachments.sizeBytes,
      public: attachments.public,
    })
    .from(attachments)
    .where(and(eq(attachments.caseId, kase.id), isNull(attachments.agendaItemId)))
    .orderBy(asc(attachments.position), asc(attachments.id));
  const versions =
    rows.length === 0
      ? []
      : await db
          .select({
            id: attachmentVersions.id,
            attachmentId: attachmentVersions.attachmentId,
            name: attachmentVersions.name,
            replacedAt: attachmentVersions.replacedAt,
          })
          .from(attachmentVersions)
          .where(
            inArray(
              attachmentVersions.attachmentId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(desc(attachmentVersions.replacedAt), desc(attachmentVersions.id));
  return rows.map((r) => ({
    ...r,
    versions: versions
      .filter((v) => v.attachmentId === r.id)
      .map((v) => ({ id: v.id, name: v.name, replacedAt: v.replacedAt })),
  }));
}

export type CaseAttachment = Awaited<ReturnType<typeof listCaseAttachments>>[number];
