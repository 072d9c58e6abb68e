import { Hono } from "hono";
import { isPublicAttachment } from "../../domain/attachment/attachment.policy.ts";
import { findAttachmentOwners } from "../../domain/attachment/find-attachment-owners.ts";
import { readAttachment } from "../../domain/attachment/read-attachment.ts";
import { buildDocument } from "../../domain/document/build-document.ts";
import { withSignoffs } from "../../domain/document/signoff-lines.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { getMinutesSignoffs } from "../../domain/minutes/get-minutes-signoffs.ts";
import { publicRecording } from "../../domain/minutes/recording-chapters.ts";
import { listPublicCommittees } from "../../domain/publication/list-public-committees.ts";
import { toPublicMeeting } from "../../domain/publication/publication.policy.ts";
import { isDownloadFile } from "../../web/components/document-downloads.tsx";
import { HomePage } from "../../web/pages/home-page.tsx";
import { PublicMeetingPage } from "../../web/pages/public-meeting-page.tsx";
import { sendDocument } from "../document-downloads.ts";
import { publicCache } from "../middleware/public-cache.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { sendAttachment } from "../send-attachment.ts";
import type { AppEnv } from "../types.ts";

/** The public portal. Everything shown about a meeting goes through the publication policy. */
export const publicRoutes = new Hono<AppEnv>()
  .get("/", publicCache(), async (c) => {
    const committees = await listPublicCommittees(c.get("deps").db);
    return renderPage(c, <HomePage committees={committees} viewer={c.get("viewer")} />);
  })
  .get("/moeder/:id", publicCache(), async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const { db } = c.get("deps");
    const meeting = await getMeeting(db, id);
    const view = meeting ? toPublicMeeting(meeting) : null;
    if (!meeting || !view) return renderError(c, 404);
    return renderPage(
      c,
      <PublicMeetingPage
        meeting={view}
        signoffs={await getMinutesSignoffs(db, meeting)}
        recording={publicRecording(meeting)}
        viewer={c.get("viewer")}
      />,
    );
  })
  .get("/moeder/:id/:file", publicCache(), async (c) => {
    const id = parseId(c.req.param("id"));
    const file = c.req.param("file");
    if (id === null || !isDownloadFile(file)) return renderError(c, 404);
    const { db } = c.get("deps");
    const meeting = await getMeeting(db, id);
    const doc = meeting ? buildDocument(meeting, "public") : null;
    if (!meeting || !doc) return renderError(c, 404);
    return sendDocument(
      c,
      withSignoffs(doc, await getMinutesSignoffs(db, meeting)),
      file,
      "public",
    );
  })
  // The file name segment is for readable links only; the id decides.
  .get("/bilag/:id/:filename?", async (c) => {
    const id = parseId(c.req.param("id"));
    const { db, storage } = c.get("deps");
    if (id === null || !storage) return renderError(c, 404);
    const file = await readAttachment(db, storage, id);
    if (!file) return renderError(c, 404);
    // Public only through a meeting whose published view lists it under an open item.
    const { meetingIds } = await findAttachmentOwners(db, file.attachment);
    for (const meetingId of meetingIds) {
      const meeting = await getMeeting(db, meetingId);
      if (meeting && isPublicAttachment(meeting, id)) return sendAttachment(c, file, "public");
    }
    return renderError(c, 404);
  });
