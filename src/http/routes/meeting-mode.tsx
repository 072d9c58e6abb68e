import { type Context, Hono } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { addFollowUpTask } from "../../domain/follow-up/add-follow-up-task.ts";
import { addProtocolNote } from "../../domain/meeting-mode/add-protocol-note.ts";
import { addVote, splitNames } from "../../domain/meeting-mode/add-vote.ts";
import { endItem } from "../../domain/meeting-mode/end-item.ts";
import { endMeeting } from "../../domain/meeting-mode/end-meeting.ts";
import { finishMeeting } from "../../domain/meeting-mode/finish-meeting.ts";
import { forwardItem } from "../../domain/meeting-mode/forward-item.ts";
import { getMeetingModeView } from "../../domain/meeting-mode/get-meeting-mode-view.ts";
import { DecisionConflictError } from "../../domain/meeting-mode/meeting-error.ts";
import { pauseMeeting } from "../../domain/meeting-mode/pause-meeting.ts";
import { postponeItem } from "../../domain/meeting-mode/postpone-item.ts";
import { recordAttendance } from "../../domain/meeting-mode/record-attendance.ts";
import { recordDecision } from "../../domain/meeting-mode/record-decision.ts";
import { registerConflict } from "../../domain/meeting-mode/register-conflict.ts";
import { removeConflict } from "../../domain/meeting-mode/remove-conflict.ts";
import { removeProtocolNote } from "../../domain/meeting-mode/remove-protocol-note.ts";
import { removeVote } from "../../domain/meeting-mode/remove-vote.ts";
import { resumeMeeting } from "../../domain/meeting-mode/resume-meeting.ts";
import { startItem } from "../../domain/meeting-mode/start-item.ts";
import { startMeeting } from "../../domain/meeting-mode/start-meeting.ts";
import { approveMinutes } from "../../domain/minutes/approve-minutes.ts";
import { addSubstitute } from "../../domain/roster/add-substitute.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import type { DecisionClash } from "../../web/components/meeting-mode-item.tsx";
import { MeetingModePage } from "../../web/pages/meeting-mode-page.tsx";
import { type FormBody, readForm } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { problemsOf, runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { wantsJson } from "../wants-json.ts";

type Form = FormBody;
type Action = (input: {
  principal: Principal;
  meetingId: number;
  itemId: number;
  form: Form;
  c: Context<AppEnv>;
}) => Promise<unknown>;

const str = (form: Form, name: string) => {
  const v = form[name];
  return typeof v === "string" ? v : "";
};
const idOrNull = (value: string) => (value === "" ? null : (parseId(value) ?? -1));
/** An optional count: empty is none; anything else goes to the use case to be checked. */
const count = (form: Form, name: string) => {
  const v = str(form, name).trim();
  return v === "" ? null : Number(v);
};

/** The meeting-mode page, with an error or a decision clash shown on it. */
async function showPage(
  c: Context<AppEnv>,
  meetingId: number,
  extra: { error?: { message: string; itemId: number | null }; clash?: DecisionClash } = {},
  status: 200 | DomainError["status"] = 200,
) {
  const session = c.get("session");
  if (!session) return renderError(c, 403);
  try {
    const view = await getMeetingModeView(c.get("deps").db, session.principal, meetingId);
    return renderPage(
      c,
      <MeetingModePage view={view} viewer={c.get("viewer")} {...extra} />,
      status,
    );
  } catch (error) {
    if (error instanceof DomainError) {
      return renderError(c, error.status === 403 ? 403 : 404);
    }
    throw error;
  }
}

/**
 * The JSON answer of a refused action: the message, its problems, the fields they are about
 * (as the form's `data-target` names them), a decision clash's texts.
 */
function jsonError(c: Context<AppEnv>, error: DomainError) {
  const clash =
    error instanceof DecisionConflictError
      ? { stored: error.stored, attempted: error.attempted }
      : {};
  const fields = error.targets.filter((t) => t !== null);
  return c.json(
    { error: error.message, problems: problemsOf(error), fields, ...clash },
    error.status,
  );
}

/**
 * Runs a meeting-mode action. A form post goes back to the item (post/redirect/get), or shows
 * the page with the message; a script's request (Accept: application/json) gets
 * `{ ok, ...result }` or `{ error, problems }` with the same status codes.
 */
async function act(c: Context<AppEnv>, action: Action) {
  const session = c.get("session");
  const json = wantsJson(c);
  const notFound = new DomainError("not_found", minutesMessages.errors.meetingNotFound);
  if (!session) {
    return json
      ? jsonError(c, new DomainError("forbidden", minutesMessages.errors.forbidden))
      : renderError(c, 403);
  }
  const meetingId = parseId(c.req.param("id"));
  const rawItem = c.req.param("itemId");
  const itemId = rawItem === undefined ? 0 : parseId(rawItem);
  if (meetingId === null || itemId === null)
    return json ? jsonError(c, notFound) : renderError(c, 404);
  const form = await readForm(c);
  const { principal } = session;
  if (json) {
    try {
      const result = await action({ principal, meetingId, itemId, form, c });
      const fields = result && typeof result === "object" ? result : {};
      return c.json({ ok: true, ...fields, savedAt: new Date().toISOString() });
    } catch (error) {
      if (error instanceof DomainError) return jsonError(c, error);
      throw error;
    }
  }
  return runAction(
    c,
    async () => {
      await action({ principal, meetingId, itemId, form, c });
      const anchor = itemId ? `#afvikling-punkt-${itemId}` : "";
      return `/app/moeder/${meetingId}/afvikling${anchor}`;
    },
    (error, _status) =>
      error instanceof DecisionConflictError
        ? showPage(
            c,
            meetingId,
            {
              clash: { itemId, stored: error.stored, attempted: error.attempted },
            },
            409,
          )
        : showPage(
            c,
            meetingId,
            { error: { message: error.message, itemId: itemId || null } },
            error.status,
          ),
  );
}

const SIDES = ["for", "imod", "undlod"] as const;

/**
 * A vote as the form gives it: names or letters typed per side, members marked in the named
 * grid (`stemme-<participant>`: for/imod/undlod, named by `navn-<participant>`), and counts per
 * party (`parti-<side>-<party>`), which list the party with its count and add up to the
 * side's count.
 */
function voteOf(form: Form) {
  const named = Object.fromEntries(SIDES.map((side) => [side, splitNames(str(form, side))]));
  const counts: Record<string, number | null> = Object.fromEntries(
    SIDES.map((side) => [side, count(form, `${side}-antal`)]),
  );
  for (const key of Object.keys(form)) {
    const vote = /^stemme-(\d+)$/.exec(key);
    const side = str(form, key) as (typeof SIDES)[number];
    if (vote && SIDES.includes(side)) named[side]?.push(str(form, `navn-${vote[1]}`) || "?");
    const party = /^parti-(for|imod|undlod)-(.+)$/.exec(key);
    const n = party ? count(form, key) : null;
    if (party?.[1] && party[2] && n !== null) {
      const s = party[1];
      named[s]?.push(`${party[2]} (${Number.isFinite(n) ? n : "?"})`);
      counts[s] = (counts[s] ?? 0) + n;
    }
  }
  return {
    subject: str(form, "emne"),
    inFavour: named.for ?? [],
    against: named.imod ?? [],
    abstaining: named.undlod ?? [],
    forCount: counts.for ?? null,
    againstCount: counts.imod ?? null,
    abstainCount: counts.undlod ?? null,
  };
}

const ITEM = "/moeder/:id/afvikling/punkt/:itemId";
const ROOM = {
  start: startMeeting,
  pause: pauseMeeting,
  genoptag: resumeMeeting,
  slut: endMeeting,
} as const;

/** Meeting mode for the minute taker: /app/moeder/:id/afvikling and its form actions. */
export const meetingModeRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/afvikling", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    return showPage(c, id);
  })
  .post("/moeder/:id/afvikling/rum/:step{start|pause|genoptag|slut}", (c) =>
    act(c, ({ principal, meetingId, form }) => {
      const step = c.req.param("step") as keyof typeof ROOM;
      const early = str(form, "foer_tid") === "1";
      return ROOM[step](c.get("deps").db, principal, { meetingId, early });
    }),
  )
  .post(`${ITEM}/start`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      startItem(c.get("deps").db, principal, { meetingId, itemId }),
    ),
  )
  .post(`${ITEM}/slut`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      endItem(c.get("deps").db, principal, { meetingId, itemId }),
    ),
  )
  .post("/moeder/:id/afvikling/stedfortraeder", (c) =>
    act(c, ({ principal, meetingId, form }) =>
      addSubstitute(c.get("deps").db, principal, {
        meetingId,
        personId: parseId(str(form, "person")) ?? -1,
        forParticipantId: parseId(str(form, "medlem")) ?? -1,
      }),
    ),
  )
  .post("/moeder/:id/afvikling/fremmoede", (c) =>
    act(c, ({ principal, meetingId, form }) => {
      const ids = [form.deltager ?? []].flat().filter((x): x is string => typeof x === "string");
      const entries = ids.map((raw) => {
        const participantId = parseId(raw) ?? -1;
        return {
          participantId,
          presence: str(form, `fremmoede-${raw}`) as "present",
          lateFromItemId: idOrNull(str(form, `fra-${raw}`)),
          leftBeforeItemId: idOrNull(str(form, `foer-${raw}`)),
          note: str(form, `note-${raw}`),
          showInMinutes: str(form, `vis-${raw}`) === "ja",
          // Only a grid that offers the choice changes who stands in for whom.
          ...(`stedfortraeder-${raw}` in form
            ? { substituteForId: idOrNull(str(form, `stedfortraeder-${raw}`)) }
            : {}),
        };
      });
      return recordAttendance(c.get("deps").db, principal, { meetingId, entries });
    }),
  )
  .post(`${ITEM}/beslutning`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      recordDecision(c.get("deps").db, principal, {
        meetingId,
        itemId,
        version: Number.parseInt(str(form, "version"), 10) || 0,
        outcome: str(form, "udfald") as "decided",
        text: str(form, "tekst"),
        ...("aaben_beslutning" in form ? { openDecision: str(form, "aaben_beslutning") } : {}),
      }),
    ),
  )
  .post(`${ITEM}/inhabilitet`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      registerConflict(c.get("deps").db, principal, {
        meetingId,
        itemId,
        participantId: parseId(str(form, "deltager")) ?? -1,
        note: str(form, "note"),
      }),
    ),
  )
  .post(`${ITEM}/inhabilitet/:participantId/fjern`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      removeConflict(c.get("deps").db, principal, {
        meetingId,
        itemId,
        participantId: parseId(c.req.param("participantId")) ?? -1,
      }),
    ),
  )
  .post(`${ITEM}/afstemning`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      addVote(c.get("deps").db, principal, {
        meetingId,
        itemId,
        vote: voteOf(form),
      }),
    ),
  )
  .post(`${ITEM}/afstemning/:voteId/fjern`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      removeVote(c.get("deps").db, principal, {
        meetingId,
        itemId,
        voteId: parseId(c.req.param("voteId")) ?? -1,
      }),
    ),
  )
  .post(`${ITEM}/protokol`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      addProtocolNote(c.get("deps").db, principal, {
        meetingId,
        itemId,
        author: str(form, "forfatter"),
        text: str(form, "tekst"),
      }),
    ),
  )
  .post(`${ITEM}/protokol/:noteId/fjern`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      removeProtocolNote(c.get("deps").db, principal, {
        meetingId,
        itemId,
        noteId: parseId(c.req.param("noteId")) ?? -1,
      }),
    ),
  )
  .post(`${ITEM}/udsaet`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      postponeItem(c.get("deps").db, principal, {
        meetingId,
        itemId,
        targetMeetingId: parseId(str(form, "moede")) ?? -1,
        version: Number(str(form, "version")) || 0,
        reason: str(form, "begrundelse"),
      }),
    ),
  )
  .post(`${ITEM}/videresend`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      forwardItem(c.get("deps").db, principal, {
        meetingId,
        itemId,
        targetMeetingId: parseId(str(form, "moede")) ?? -1,
      }),
    ),
  )
  .post(`${ITEM}/opfoelgning`, (c) =>
    act(c, ({ principal, meetingId, itemId, form }) =>
      addFollowUpTask(c.get("deps").db, principal, {
        meetingId,
        itemId,
        what: str(form, "hvad"),
        assigneeId: idOrNull(str(form, "hvem")),
        assigneeName: str(form, "navn"),
        dueOn: str(form, "frist"),
      }),
    ),
  )
  .post(`${ITEM}/godkend-referat`, (c) =>
    act(c, ({ principal, meetingId, itemId }) =>
      approveMinutes(c.get("deps").db, principal, { meetingId, itemId }),
    ),
  )
  .post("/moeder/:id/afvikling/afslut", (c) =>
    act(c, ({ principal, meetingId, form }) =>
      finishMeeting(c.get("deps").db, principal, {
        meetingId,
        early: str(form, "foer_tid") === "1",
      }),
    ),
  );
