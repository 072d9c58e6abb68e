import type { Context } from "hono";
import { Hono } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { markAgendaRead } from "../../domain/reading/mark-agenda-read.ts";
import { recordItemOpened } from "../../domain/reading/record-item-opened.ts";
import { saveMemberNote } from "../../domain/reading/save-member-note.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { problemsOf } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { agendaAction } from "./agenda-actions.tsx";

/** A script saving in the background asks for JSON instead of a redirect or a page. */
const wantsJson = (c: Context<AppEnv>) =>
  (c.req.header("accept") ?? "").includes("application/json");

/**
 * A reading action: a form post goes back to the agenda (post/redirect/get, `location`); a
 * script's request (Accept: application/json) gets `{ ok, ...result }` or
 * `{ error, problems }` with the same status codes, so the page stays where the member is.
 */
function readingAction<T extends object>(
  c: Context<AppEnv>,
  run: (principal: Principal, meetingId: number, itemId: number) => Promise<T>,
  location: (meetingId: number, itemId: number) => string,
) {
  if (!wantsJson(c)) {
    return agendaAction(c, async (principal, meetingId) => {
      const itemId = parseId(c.req.param("itemId")) ?? 0;
      await run(principal, meetingId, itemId);
      return location(meetingId, itemId);
    });
  }
  return (async () => {
    const session = c.get("session");
    const meetingId = parseId(c.req.param("id"));
    const itemId = parseId(c.req.param("itemId")) ?? 0;
    try {
      if (!session) throw new DomainError("forbidden", agendaMessages.forbidden.read);
      if (meetingId === null) throw new DomainError("not_found", agendaMessages.meetingNotFound);
      const result = await run(session.principal, meetingId, itemId);
      return c.json({ ok: true, ...result });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return c.json({ error: error.message, problems: problemsOf(error) }, error.status);
    }
  })();
}

/** Members' reading of an agenda: private notes per item, items opened, "I have read it". */
export const readingRoutes = new Hono<AppEnv>()
  .post("/moeder/:id/dagsorden/punkter/:itemId/note", async (c) => {
    const body = text(await readForm(c), "note");
    return readingAction(
      c,
      (principal, meetingId, itemId) =>
        saveMemberNote(c.get("deps").db, principal, { meetingId, itemId, body }),
      (meetingId, itemId) => `/app/moeder/${meetingId}?ok=note#note-${itemId}`,
    );
  })
  .post("/moeder/:id/dagsorden/punkter/:itemId/aabnet", (c) =>
    readingAction(
      c,
      (principal, meetingId, itemId) =>
        recordItemOpened(c.get("deps").db, principal, { meetingId, itemId }),
      (meetingId, itemId) => `/app/moeder/${meetingId}#note-${itemId}`,
    ),
  )
  .post("/moeder/:id/dagsorden/laest", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      await markAgendaRead(c.get("deps").db, principal, { meetingId });
      return `/app/moeder/${meetingId}?ok=laest`;
    }),
  );
