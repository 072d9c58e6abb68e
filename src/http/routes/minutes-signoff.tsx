import { type Context, Hono } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { acceptMemberNote } from "../../domain/minutes/accept-member-note.ts";
import { rejectMemberNote } from "../../domain/minutes/reject-member-note.ts";
import { setMemberNoteDeadline } from "../../domain/minutes/set-member-note-deadline.ts";
import { setRecordingUrl } from "../../domain/minutes/set-recording-url.ts";
import { signMinutes } from "../../domain/minutes/sign-minutes.ts";
import { submitMemberNote } from "../../domain/minutes/submit-member-note.ts";
import { SIGNOFF_PARTS } from "../../web/components/minutes-signoff-panel.tsx";
import { readForm, text } from "../form.ts";
import { parseId } from "../params.ts";
import type { AppEnv } from "../types.ts";
import { act } from "./minutes.tsx";

/**
 * A minutes action as the signed-in user (act() answers 404 without a session), landing at
 * the part of the page that shows what it did.
 */
const as = (
  c: Context<AppEnv>,
  anchor: string,
  run: (principal: Principal, meetingId: number) => Promise<unknown>,
) =>
  act(
    c,
    async (meetingId) => {
      const principal = c.get("session")?.principal;
      if (principal) await run(principal, meetingId);
    },
    `#${anchor}`,
  );

const noteId = (c: Context<AppEnv>) => parseId(c.req.param("noteId")) ?? -1;

/**
 * The members' part of the minutes (/app/moeder/:id/referat/…): approving them (§13), their own
 * protokoltilførsel and the secretary's handling of it, and the recording's address.
 */
export const minutesSignoffRoutes = new Hono<AppEnv>()
  .post("/moeder/:id/referat/godkend", (c) =>
    as(c, SIGNOFF_PARTS.signoff, (principal, meetingId) =>
      signMinutes(c.get("deps").db, principal, { meetingId }),
    ),
  )
  .post("/moeder/:id/referat/tilfoersel", (c) =>
    as(c, SIGNOFF_PARTS.notes, async (principal, meetingId) => {
      const form = await readForm(c);
      await submitMemberNote(c.get("deps").db, principal, {
        meetingId,
        itemId: parseId(text(form, "punkt")) ?? -1,
        text: text(form, "tekst"),
      });
    }),
  )
  .post("/moeder/:id/referat/tilfoersel/:noteId/medtag", (c) =>
    as(c, SIGNOFF_PARTS.notes, (principal, meetingId) =>
      acceptMemberNote(c.get("deps").db, principal, { meetingId, noteId: noteId(c) }),
    ),
  )
  .post("/moeder/:id/referat/tilfoersel/:noteId/afvis", (c) =>
    as(c, SIGNOFF_PARTS.notes, (principal, meetingId) =>
      rejectMemberNote(c.get("deps").db, principal, { meetingId, noteId: noteId(c) }),
    ),
  )
  .post("/moeder/:id/referat/frist", (c) =>
    as(c, SIGNOFF_PARTS.notes, async (principal, meetingId) => {
      const form = await readForm(c);
      await setMemberNoteDeadline(c.get("deps").db, principal, {
        meetingId,
        deadline: text(form, "frist"),
      });
    }),
  )
  .post("/moeder/:id/referat/optagelse", (c) =>
    as(c, SIGNOFF_PARTS.recording, async (principal, meetingId) => {
      const form = await readForm(c);
      await setRecordingUrl(c.get("deps").db, principal, { meetingId, url: text(form, "url") });
    }),
  );
