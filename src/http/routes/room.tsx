import { type Context, Hono } from "hono";
import type { Principal } from "../../domain/access/access.policy.ts";
import type { DomainError } from "../../domain/domain-error.ts";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { addSpeaker } from "../../domain/meeting-room/add-speaker.ts";
import { castBallot } from "../../domain/meeting-room/cast-ballot.ts";
import { closeVote } from "../../domain/meeting-room/close-vote.ts";
import { getDeviceView, roomStateSeenBy } from "../../domain/meeting-room/get-room-views.ts";
import { moveSpeaker } from "../../domain/meeting-room/move-speaker.ts";
import { openVote } from "../../domain/meeting-room/open-vote.ts";
import { removeSpeaker } from "../../domain/meeting-room/remove-speaker.ts";
import { requestToSpeak } from "../../domain/meeting-room/request-to-speak.ts";
import { roomRoleOf } from "../../domain/meeting-room/room.policy.ts";
import { startSpeaker } from "../../domain/meeting-room/start-speaker.ts";
import { stopSpeaker } from "../../domain/meeting-room/stop-speaker.ts";
import { withdrawRequestToSpeak } from "../../domain/meeting-room/withdraw-request-to-speak.ts";
import { RoomConsolePage } from "../../web/pages/room-console-page.tsx";
import { RoomDevicePage } from "../../web/pages/room-device-page.tsx";
import { RoomDisplayPage } from "../../web/pages/room-display-page.tsx";
import { type FormBody, readForm } from "../form.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import { runAction } from "../run-action.ts";
import type { AppEnv } from "../types.ts";
import { loadViewedMeeting } from "./viewed-meeting.ts";

const str = (form: FormBody, name: string) => {
  const v = form[name];
  return typeof v === "string" ? v : "";
};
/** An id from a form field; -1 (found by no query) for anything that cannot be one. */
const formId = (form: FormBody, name: string) => parseId(str(form, name)) ?? -1;

type Page = "deltag" | "ordstyrer";

/** The member's device or the chair's console, with an error from a form shown on it. */
async function showPage(
  c: Context<AppEnv>,
  page: Page,
  id: number | null,
  error?: { message: string; status: 200 | DomainError["status"] },
) {
  const viewed = await loadViewedMeeting(c, id);
  if (viewed instanceof Response) return viewed;
  const { db } = c.get("deps");
  const full = await getMeeting(db, viewed.meeting.id);
  if (!full) return renderError(c, 404);
  const status = error?.status ?? 200;
  if (page === "deltag") {
    const view = await getDeviceView(db, viewed.principal, full, viewed.meeting);
    return renderPage(
      c,
      <RoomDevicePage view={{ ...view, error: error?.message }} viewer={c.get("viewer")} />,
      status,
    );
  }
  const { chair } = await roomRoleOf(db, viewed.principal, full.id);
  if (!chair) return renderError(c, 403);
  const state = await roomStateSeenBy(db, full, viewed.meeting);
  return renderPage(
    c,
    <RoomConsolePage
      meeting={viewed.meeting}
      state={state}
      viewer={c.get("viewer")}
      error={error?.message}
    />,
    status,
  );
}

/** Runs a form of the device or console; back to the page (post/redirect/get) or the error on it. */
async function act(
  c: Context<AppEnv>,
  page: Page,
  run: (input: { principal: Principal; meetingId: number; form: FormBody }) => Promise<unknown>,
) {
  const session = c.get("session");
  const meetingId = parseId(c.req.param("id"));
  if (!session || meetingId === null) return renderError(c, 404);
  const form = await readForm(c);
  return runAction(
    c,
    async () => {
      await run({ principal: session.principal, meetingId, form });
      return `/app/moeder/${meetingId}/${page}`;
    },
    (error, status) => showPage(c, page, meetingId, { message: error.message, status }),
  );
}

/** A speaker entry's id from the path; -1 when it cannot be one (the use case finds none). */
const speakerId = (c: Context<AppEnv>) => parseId(c.req.param("speakerId")) ?? -1;

/**
 * The meeting room: a member's device (/deltag), the chair's console (/ordstyrer) and the room
 * display (/skaerm). All three follow the meeting's events (/haendelser, liveRoutes).
 */
export const roomRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/skaerm", async (c) => {
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    const { db } = c.get("deps");
    const full = await getMeeting(db, viewed.meeting.id);
    if (!full) return renderError(c, 404);
    const state = await roomStateSeenBy(db, full, viewed.meeting);
    return renderPage(
      c,
      <RoomDisplayPage meeting={viewed.meeting} state={state} viewer={c.get("viewer")} />,
    );
  })
  .get("/moeder/:id/deltag", (c) => showPage(c, "deltag", parseId(c.req.param("id"))))
  .post("/moeder/:id/deltag/ordet", (c) =>
    act(c, "deltag", ({ principal, meetingId, form }) =>
      requestToSpeak(c.get("deps").db, principal, {
        meetingId,
        itemId: str(form, "itemId") === "" ? null : formId(form, "itemId"),
      }),
    ),
  )
  .post("/moeder/:id/deltag/ordet/fjern", (c) =>
    act(c, "deltag", ({ principal, meetingId }) =>
      withdrawRequestToSpeak(c.get("deps").db, principal, { meetingId }),
    ),
  )
  .post("/moeder/:id/deltag/stem", (c) =>
    act(c, "deltag", ({ principal, meetingId, form }) =>
      castBallot(c.get("deps").db, principal, {
        meetingId,
        voteId: formId(form, "voteId"),
        choice: str(form, "choice"),
      }),
    ),
  )
  .get("/moeder/:id/ordstyrer", (c) => showPage(c, "ordstyrer", parseId(c.req.param("id"))))
  .post("/moeder/:id/ordstyrer/afstemning", (c) =>
    act(c, "ordstyrer", ({ principal, meetingId, form }) =>
      openVote(c.get("deps").db, principal, {
        meetingId,
        itemId: formId(form, "itemId"),
        subject: str(form, "subject"),
      }),
    ),
  )
  .post("/moeder/:id/ordstyrer/afstemning/:voteId/afslut", (c) =>
    act(c, "ordstyrer", ({ principal, meetingId, form }) =>
      closeVote(c.get("deps").db, principal, {
        meetingId,
        voteId: parseId(c.req.param("voteId")) ?? -1,
        evenIfMissing: str(form, "alligevel") === "1",
      }),
    ),
  )
  .post("/moeder/:id/ordstyrer/talere", (c) =>
    act(c, "ordstyrer", ({ principal, meetingId, form }) =>
      addSpeaker(c.get("deps").db, principal, {
        meetingId,
        participantId: formId(form, "participantId"),
      }),
    ),
  )
  .post("/moeder/:id/ordstyrer/talere/:speakerId/:action{start|stop|op|ned|fjern}", (c) =>
    act(c, "ordstyrer", ({ principal, meetingId }) => {
      const db = c.get("deps").db;
      const input = { meetingId, speakerId: speakerId(c) };
      switch (c.req.param("action")) {
        case "start":
          return startSpeaker(db, principal, input);
        case "stop":
          return stopSpeaker(db, principal, input);
        case "op":
          return moveSpeaker(db, principal, { ...input, direction: "up" });
        case "ned":
          return moveSpeaker(db, principal, { ...input, direction: "down" });
        default:
          return removeSpeaker(db, principal, input);
      }
    }),
  );
