import { type Context, Hono } from "hono";
import { deleteAttachment } from "../../domain/attachment/delete-attachment.ts";
import { readAttachment, readAttachmentVersion } from "../../domain/attachment/read-attachment.ts";
import { replaceAttachmentFile } from "../../domain/attachment/replace-attachment-file.ts";
import { storeAttachment } from "../../domain/attachment/store-attachment.ts";
import { updateAttachment } from "../../domain/attachment/update-attachment.ts";
import { canEditCase } from "../../domain/case/case.policy.ts";
import { getCase } from "../../domain/case/get-case.ts";
import { listCaseAttachments } from "../../domain/case/list-case-attachments.ts";
import { loadCase } from "../../domain/case/load-case.ts";
import { readDocxDraft } from "../../domain/case/read-docx-draft.ts";
import { saveCase } from "../../domain/case/save-case.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { CASE_ATTACHMENTS_HEADING, renderCaseDocx } from "../../render/docx/render-case-docx.ts";
import { ATTACHMENT_NOTICE } from "../../web/pages/case-page.tsx";
import { contentDisposition } from "../content-disposition.ts";
import { type FormBody, fileOf, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError } from "../render.ts";
import { sendAttachment } from "../send-attachment.ts";
import type { AppEnv } from "../types.ts";
import { caseErrorPage, principalOf, renderCasePage } from "./cases-shared.tsx";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const w = caseUi.word;

/** Word round trip (export, import into the fields) and the case's bilag (upload, download). */
export const caseFileRoutes = new Hono<AppEnv>()
  .get("/sager/:id/sag.docx", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    try {
      const { db } = c.get("deps");
      const view = await getCase(db, principalOf(c), id);
      const bytes = await renderCaseDocx(view, await listCaseAttachments(db, principalOf(c), id));
      c.header("Content-Type", DOCX);
      c.header("Content-Disposition", contentDisposition("attachment", `${view.title}.docx`));
      c.header("Cache-Control", "private, no-store");
      c.header("X-Content-Type-Options", "nosniff");
      return c.body(bytes as Uint8Array<ArrayBuffer>);
    } catch (error) {
      return caseErrorPage(c, error, caseUi.page.openErrorTitle);
    }
  })
  .post("/sager/:id/import", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const { db } = c.get("deps");
    const principal = principalOf(c);
    const form = await readForm(c);
    const file = form.fil;
    try {
      const view = await getCase(db, principal, id);
      if (!view.permissions.edit) throw new DomainError("forbidden", w.readOnly);
      if (!(file instanceof File) || file.size === 0) throw new DomainError("invalid", w.noFile);
      const fields = await readDocxDraft(
        new Uint8Array(await file.arrayBuffer()),
        view.fields,
        [view.title, view.committee?.name ?? ""],
        CASE_ATTACHMENTS_HEADING,
      );
      const version = Number(text(form, "version"));
      const saved = await saveCase(db, principal, {
        caseId: id,
        version: Number.isInteger(version) ? version : -1,
        fields,
      });
      return c.redirect(`/app/sager/${id}?besked=importeret&v=${saved.revision ?? ""}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.status === 404) {
        return caseErrorPage(c, error, w.importHeading);
      }
      return renderCasePage(c, id, {
        error: { message: error.message, details: [] },
        status: error.status === 403 ? 403 : error.status === 409 ? 409 : 400,
      });
    }
  })
  .post("/sager/:id/bilag", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const { db, storage, logger } = c.get("deps");
    const principal = principalOf(c);
    try {
      const kase = await loadCase(db, principal, id);
      if (!canEditCase(principal, kase)) return renderError(c, 403);
    } catch (error) {
      return caseErrorPage(c, error, caseUi.attachments.failedTitle);
    }
    if (!storage) throw new Error("no attachment storage configured");
    const form = await readForm(c);
    const file = form.fil;
    // A refusal shows the case page again with the message, so another file can be chosen.
    const refuse = (message: string, status: 400 | 413) =>
      renderCasePage(c, id, { error: { message, details: [] }, status });
    if (!(file instanceof File)) return refuse(attachmentMessages.errors.noFile, 400);
    const result = await storeAttachment(db, storage, {
      organisationId: principal.user.organisationId,
      actorId: principal.user.id,
      caseId: id,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
      public: text(form, "offentlig") === "1",
    });
    if (!result.ok) {
      if (result.status === 404) return renderError(c, 404);
      return refuse(result.message, result.status);
    }
    logger.info({ attachmentId: result.attachment.id, caseId: id }, "case attachment uploaded");
    return c.redirect(`/app/sager/${id}?besked=bilag#${ATTACHMENT_NOTICE}`, 303);
  })
  .post("/sager/:id/bilag/:attachmentId/ret", (c) =>
    changeAttachment(c, "bilaggemt", async (ids, form) => {
      await updateAttachment(c.get("deps").db, principalOf(c), {
        attachmentId: ids.attachmentId,
        caseId: ids.caseId,
        title: text(form, "titel"),
        position: Number(text(form, "placering")),
        public: text(form, "offentlig") === "1",
      });
    }),
  )
  .post("/sager/:id/bilag/:attachmentId/erstat", (c) =>
    changeAttachment(c, "bilagerstattet", async (ids, form) => {
      const { db, storage } = c.get("deps");
      if (!storage) throw new Error("no attachment storage configured");
      const file = fileOf(form, "fil");
      if (!file) throw new DomainError("invalid", attachmentMessages.errors.noFile);
      await replaceAttachmentFile(db, storage, principalOf(c), {
        attachmentId: ids.attachmentId,
        caseId: ids.caseId,
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
    }),
  )
  .post("/sager/:id/bilag/:attachmentId/slet", (c) =>
    changeAttachment(c, "bilagslettet", async (ids) => {
      await deleteAttachment(c.get("deps").db, principalOf(c), ids.attachmentId, ids.caseId);
    }),
  )
  .get("/sager/:id/bilag/:attachmentId/versioner/:versionId", async (c) => {
    const id = parseId(c.req.param("id"));
    const attachmentId = parseId(c.req.param("attachmentId"));
    const versionId = parseId(c.req.param("versionId"));
    const { db, storage } = c.get("deps");
    if (id === null || attachmentId === null || versionId === null || !storage) {
      return renderError(c, 404);
    }
    try {
      await loadCase(db, principalOf(c), id);
    } catch (error) {
      return caseErrorPage(c, error, caseUi.attachments.heading);
    }
    const file = await readAttachmentVersion(db, storage, attachmentId, versionId);
    if (!file || file.attachment.caseId !== id) return renderError(c, 404);
    return sendAttachment(c, file, "staff");
  })
  .get("/sager/:id/bilag/:attachmentId", async (c) => {
    const id = parseId(c.req.param("id"));
    const attachmentId = parseId(c.req.param("attachmentId"));
    const { db, storage } = c.get("deps");
    if (id === null || attachmentId === null || !storage) return renderError(c, 404);
    try {
      await loadCase(db, principalOf(c), id);
    } catch (error) {
      return caseErrorPage(c, error, caseUi.attachments.heading);
    }
    const file = await readAttachment(db, storage, attachmentId);
    if (!file || file.attachment.caseId !== id) return renderError(c, 404);
    return sendAttachment(c, file, "staff");
  });

/**
 * A change of one of the case's bilag: runs it and goes back to the list with a notice; a
 * refusal the user can act on (a bad title, a wrong file, a published agenda) shows the case
 * page again with the message, a 403/404 an error page.
 */
async function changeAttachment(
  c: Context<AppEnv>,
  notice: string,
  change: (ids: { caseId: number; attachmentId: number }, form: FormBody) => Promise<void>,
) {
  const caseId = parseId(c.req.param("id"));
  const attachmentId = parseId(c.req.param("attachmentId"));
  if (caseId === null || attachmentId === null) return renderError(c, 404);
  const form = await readForm(c);
  try {
    // A case the user may not read is a 404 or 403 before anything else is looked at.
    await loadCase(c.get("deps").db, principalOf(c), caseId);
    await change({ caseId, attachmentId }, form);
  } catch (error) {
    if (!(error instanceof DomainError) || error.status === 404 || error.status === 403) {
      return caseErrorPage(c, error, attachmentMessages.manage.failedTitle);
    }
    return renderCasePage(c, caseId, {
      error: { message: error.message, details: [] },
      status: error.status === 409 ? 409 : 400,
    });
  }
  return c.redirect(`/app/sager/${caseId}?besked=${notice}#${ATTACHMENT_NOTICE}`, 303);
}
