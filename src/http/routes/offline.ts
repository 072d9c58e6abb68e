import { type Context, Hono } from "hono";
import { DomainError } from "../../domain/domain-error.ts";
import { getOfflineManifest } from "../../domain/offline/get-offline-manifest.ts";
import { listNextMeetings } from "../../domain/offline/list-next-meetings.ts";
import { offlineMessages } from "../../i18n/da/offline.ts";
import { styleSheetPath } from "../../web/assets.ts";
import { scriptPath } from "../../web/scripts.ts";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";

/** What every offline page needs besides itself: the style sheet and the offline script. */
const assetUrls = () => [
  styleSheetPath,
  scriptPath("offline"),
  scriptPath("agenda-reading"),
  scriptPath("bilag-viewer"),
  scriptPath("pdf-worker"),
];

const notFound = (c: Context<AppEnv>) => c.json({ error: offlineMessages.meetingNotFound }, 404);

/**
 * The offline copy's lists, as JSON for the member's device (never cached: private):
 * /app/offline/moeder the next meetings it keeps on its own, /app/offline/moeder/:id
 * exactly the URLs of one meeting the member may read, and the assets the pages need.
 */
export const offlineRoutes = new Hono<AppEnv>()
  .get("/offline/moeder", async (c) => {
    const session = c.get("session");
    if (!session) return notFound(c);
    const meetings = await listNextMeetings(c.get("deps").db, session.principal);
    return c.json({
      meetings: meetings.map((m) => ({ ...m, manifest: `/app/offline/moeder/${m.id}` })),
    });
  })
  .get("/offline/moeder/:id", async (c) => {
    const session = c.get("session");
    const id = parseId(c.req.param("id"));
    if (!session || id === null) return notFound(c);
    try {
      const manifest = await getOfflineManifest(c.get("deps").db, session.principal, id);
      return c.json({ ...manifest, userId: session.principal.user.id, assets: assetUrls() });
    } catch (error) {
      if (error instanceof DomainError) return c.json({ error: error.message }, error.status);
      throw error;
    }
  });
