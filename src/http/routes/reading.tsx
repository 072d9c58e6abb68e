import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Principal } from "../../domain/access/access.policy.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { markAgendaRead } from "../../domain/reading/mark-agenda-read.ts";
import { NoteConflictError } from "../../domain/reading/note-conflict-error.ts";
import { recordItemOpened } from "../../domain/reading/record-item-opened.ts";
import { saveMemberNote } from "../../domain/reading/save-member-note.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { offlineMessages } from "../../i18n/da/offline.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import { problemsOf } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { wantsJson } from "../wants-json.ts";
import { agendaAction } from "./agenda-actions.tsx";

/** A note sent by a script (the outbox): the text and the stored version it was written from. */
const noteJson = z.object({ note: z.string().max(100_000), base: z.string().max(40).optional() });

function jsonError(c: Context<AppEnv>, error: DomainError) {
  const stored =
    error instanceof NoteConflictError
      ? {
          stored: {
            note: error.stored.body,
            updatedAt: error.stored.updatedAt?.toISOString() ?? "",
          },
        }
      : {};
  return c.json({ error: error.message, problems: problemsOf(error), ...stored }, error.status);
}

/**
 * A note saved by a script (Accept: application/json, a JSON body with the CSRF header):
 * `{ ok, saved, updatedAt, withdrawn, notice }`, or `{ error, problems }` with the status; a
 * 409 also carries the stored note, so the member can choose or merge.
 */
async function saveNoteJson(c: Context<AppEnv>) {
  const session = c.get("session");
  if (!session) return jsonError(c, new DomainError("forbidden", webMessages.errors.forbidden));
  const meetingId = parseId(c.req.param("id"));
  const itemId = parseId(c.req.param("itemId"));
  if (meetingId === null || itemId === null) {
    return jsonError(c, new DomainError("not_found", agendaMessages.itemNotFound));
  }
  const parsed = noteJson.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success) {
    return jsonError(c, new DomainError("invalid", webMessages.errors.badRequest));
  }
  try {
    const result = await saveMemberNote(c.get("deps").db, session.principal, {
      meetingId,
      itemId,
      body: parsed.data.note,
      ...(parsed.data.base !== undefined ? { base: parsed.data.base } : {}),
    });
    return c.json({
      ok: true,
      saved: result.saved,
      updatedAt: result.updatedAt?.toISOString() ?? "",
      withdrawn: result.withdrawn,
      notice: result.withdrawn ? offlineMessages.note.withdrawn : offlineMessages.note.sent,
    });
  } catch (error) {
    if (error instanceof DomainError) return jsonError(c, error);
    throw error;
  }
}

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
  .post("/moeder/:id/dagsorden/punkter/:itemId/note", (c) => {
    if (wantsJson(c)) return saveNoteJson(c);
    return agendaAction(c, async (principal, meetingId) => {
      const itemId = parseId(c.req.param("itemId")) ?? 0;
      const body = text(await readForm(c), "note");
      await saveMemberNote(c.get("deps").db, principal, { meetingId, itemId, body });
      return `/app/moeder/${meetingId}?ok=note#note-${itemId}`;
    });
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
