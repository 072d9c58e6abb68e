import { Hono } from "hono";
import { getPublicMinutesVersion } from "../../domain/minutes/list-minutes-versions.ts";
import { MinutesVersionPage } from "../../web/pages/minutes-page.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * Earlier versions of published minutes on the portal: /moeder/:id/referat/version/:n. Only
 * for meetings whose minutes are public, and only the public document stored with the version.
 */
export const minutesPublicRoutes = new Hono<AppEnv>().get(
  "/moeder/:id/referat/version/:n",
  publicCache(),
  async (c) => {
    const id = parseId(c.req.param("id"));
    const n = parseId(c.req.param("n"));
    if (id === null || n === null) return renderError(c, 404);
    const version = await getPublicMinutesVersion(c.get("deps").db, id, n);
    if (!version) return renderError(c, 404);
    return renderPage(
      c,
      <MinutesVersionPage
        doc={version.document}
        version={version}
        latest={version.latest}
        currentHref={`/moeder/${id}`}
        viewer={c.get("viewer")}
        attachmentHref={(a) => (a.stored && a.id !== null ? `/bilag/${a.id}` : null)}
      />,
    );
  },
);
