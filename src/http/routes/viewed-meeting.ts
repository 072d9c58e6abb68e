import type { Context } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { meetingSeenBy } from "../../domain/meeting/meeting.policy.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * The meeting `id` as the session's user may read it (meetingSeenBy: members get what was
 * sent, secretaries and administrators every item), for every staff page, document and stream
 * of a meeting; otherwise the response to send (404 for no such meeting, 403 for no role).
 */
export async function loadViewedMeeting(
  c: Context<AppEnv>,
  id: number | null,
): Promise<{ meeting: FullMeeting; principal: Principal } | Response> {
  const session = c.get("session");
  if (!session || id === null) return renderError(c, 404);
  const meeting = await getMeeting(c.get("deps").db, id);
  if (!meeting) return renderError(c, 404);
  const seen = meetingSeenBy(session.principal, meeting);
  if (!seen) return renderError(c, 403);
  return { meeting: seen, principal: session.principal };
}
