import type { Context } from "hono";
import { canViewCommittee, type Principal } from "../../domain/access/access.policy.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * The meeting `id` with everything on it, for a staff page that anyone with a role on its
 * committee may read; otherwise the response to send (404 for no such meeting, 403 for no role).
 */
export async function loadViewedMeeting(
  c: Context<AppEnv>,
  id: number | null,
): Promise<{ meeting: FullMeeting; principal: Principal } | Response> {
  const session = c.get("session");
  if (!session || id === null) return renderError(c, 404);
  const meeting = await getMeeting(c.get("deps").db, id);
  if (!meeting) return renderError(c, 404);
  if (!canViewCommittee(session.principal, meeting.committee)) return renderError(c, 403);
  return { meeting, principal: session.principal };
}
