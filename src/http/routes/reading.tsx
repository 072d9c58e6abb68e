import { Hono } from "hono";
import { markAgendaRead } from "../../domain/reading/mark-agenda-read.ts";
import { saveMemberNote } from "../../domain/reading/save-member-note.ts";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";
import { agendaAction } from "./agenda-actions.tsx";

/** Members' reading of an agenda: private notes per item and "I have read it". */
export const readingRoutes = new Hono<AppEnv>()
  .post("/moeder/:id/dagsorden/punkter/:itemId/note", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      const itemId = parseId(c.req.param("itemId")) ?? 0;
      const body = text(await readForm(c), "note");
      await saveMemberNote(c.get("deps").db, principal, { meetingId, itemId, body });
      return `/app/moeder/${meetingId}?ok=note#note-${itemId}`;
    }),
  )
  .post("/moeder/:id/dagsorden/laest", (c) =>
    agendaAction(c, async (principal, meetingId) => {
      await markAgendaRead(c.get("deps").db, principal, { meetingId });
      return `/app/moeder/${meetingId}?ok=laest`;
    }),
  );
