import { Hono } from "hono";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import {
  getMinutesVersion,
  listMinutesVersions,
} from "../../domain/minutes/list-minutes-versions.ts";
import { publicMinutesVersion } from "../../domain/publication/public-minutes-version.ts";
import { publicationKind } from "../../domain/publication/publication.policy.ts";
import { MinutesVersionPage } from "../../web/pages/minutes-page.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * Earlier versions of published minutes on the portal: /moeder/:id/referat/version/:n. Only
 * for meetings whose minutes are public, and only what the publication policy lets out.
 */
export const minutesPublicRoutes = new Hono<AppEnv>().get(
  "/moeder/:id/referat/version/:n",
  publicCache(),
  async (c) => {
    const id = parseId(c.req.param("id"));
    const n = parseId(c.req.param("n"));
    if (id === null || n === null) return renderError(c, 404);
    const { db } = c.get("deps");
    const meeting = await getMeeting(db, id);
    if (!meeting || publicationKind(meeting) !== "minutes") return renderError(c, 404);
    const version = await getMinutesVersion(db, id, n);
    if (!version) return renderError(c, 404);
    const versions = await listMinutesVersions(db, id);
    return renderPage(
      c,
      <MinutesVersionPage
        doc={publicMinutesVersion(version.document, meeting.privacy)}
        version={{ ...version, createdBy: null }}
        latest={versions.at(-1)?.number ?? n}
        currentHref={`/moeder/${id}`}
        viewer={c.get("viewer")}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/bilag/${a.id}` : null)}
      />,
    );
  },
);
