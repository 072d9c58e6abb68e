import { Hono } from "hono";
import { canManageCommittee } from "../../domain/access/access.policy.ts";
import { storeAttachment } from "../../domain/attachment/store-attachment.ts";
import { findAgendaItem } from "../../domain/meeting/find-agenda-item.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { fileOf, readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

const u = attachmentMessages.upload;

/** The path of the upload form's target; app.ts gives it a larger body limit. */
export const UPLOAD_PATH =
  /^\/app\/(?:punkter\/[^/]+\/bilag|sager\/[^/]+\/(?:bilag(?:\/[^/]+\/erstat)?|import))\/?$/;

/** Uploading a bilag to an agenda item: secretaries and administrators of its committee. */
export const uploadRoutes = new Hono<AppEnv>().post("/punkter/:itemId/bilag", async (c) => {
  const session = c.get("session");
  if (!session) return renderError(c, 403);
  const { db, storage, logger } = c.get("deps");
  const itemId = parseId(c.req.param("itemId"));
  const item = itemId === null ? null : await findAgendaItem(db, itemId);
  if (!item) return renderError(c, 404);
  if (!canManageCommittee(session.principal, item.committee)) return renderError(c, 403);
  if (!storage) throw new Error("no attachment storage configured");
  const form = await readForm(c);
  const file = fileOf(form, "fil");
  // A refusal leads back to the item's bilag, where another file can be chosen.
  const back = { href: `/app/moeder/${item.meetingId}#bilag-${item.id}`, label: u.back };
  if (!file) {
    const message = attachmentMessages.errors.noFile;
    return renderError(c, 400, { title: u.failedTitle, message }, back);
  }
  const result = await storeAttachment(db, storage, {
    organisationId: item.organisationId,
    actorId: session.principal.user.id,
    agendaItemId: item.id,
    name: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    public: text(form, "offentlig") === "1",
  });
  if (!result.ok) {
    return renderError(c, result.status, { title: u.failedTitle, message: result.message }, back);
  }
  logger.info({ attachmentId: result.attachment.id, itemId: item.id }, "attachment uploaded");
  return c.redirect(`/app/moeder/${item.meetingId}?ok=bilag#bilag-${item.id}`, 303);
});
