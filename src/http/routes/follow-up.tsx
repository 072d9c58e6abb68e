import { Hono } from "hono";
import { DomainError } from "../../domain/domain-error.ts";
import { completeFollowUpTask } from "../../domain/follow-up/complete-follow-up-task.ts";
import { listMyFollowUps } from "../../domain/follow-up/list-my-follow-ups.ts";
import { copenhagenDate } from "../../domain/meeting/copenhagen-time.ts";
import { FollowUpPage } from "../../web/pages/follow-up-page.tsx";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/** "Mine opfølgninger" at /app/opfoelgning, and marking a task done. */
export const followUpRoutes = new Hono<AppEnv>()
  .get("/opfoelgning", async (c) => {
    const session = c.get("session");
    if (!session) return renderError(c, 403);
    const tasks = await listMyFollowUps(c.get("deps").db, session.principal);
    const today = copenhagenDate();
    return renderPage(c, <FollowUpPage tasks={tasks} viewer={c.get("viewer")} today={today} />);
  })
  .post("/opfoelgning/:id/udfoert", async (c) => {
    const session = c.get("session");
    const id = parseId(c.req.param("id"));
    if (!session || id === null) return renderError(c, 404);
    try {
      await completeFollowUpTask(c.get("deps").db, session.principal, { taskId: id });
    } catch (error) {
      if (error instanceof DomainError) {
        return renderError(c, 404, { title: error.message, message: error.message });
      }
      throw error;
    }
    return c.redirect("/app/opfoelgning", 303);
  });
