import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import type { FullMeeting } from "../../domain/meeting/meeting.types.ts";
import {
  type MeetingEvent,
  meetingEvents,
  type StampedEvent,
} from "../../domain/meeting-mode/meeting-events.ts";
import { roomStateSeenBy } from "../../domain/meeting-room/get-room-views.ts";
import { loadRoomState } from "../../domain/meeting-room/load-room-state.ts";
import { roomRoleOf } from "../../domain/meeting-room/room.policy.ts";
import { roomStateFor } from "../../domain/meeting-room/room-state.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { ErrorPage } from "../../web/pages/error-page.tsx";
import { LiveMeetingPage } from "../../web/pages/live-meeting-page.tsx";
import { parseId } from "../params.ts";
import { renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { takeStreamSlot } from "./live-slots.ts";
import { loadViewedMeeting } from "./viewed-meeting.ts";

const m = minutesMessages.live;
/** How long the browser waits before it reconnects after the server ended a stream. */
const RECONNECT_MS = 2_000;

/**
 * What the browser receives for an event; decisions carry the Danish announcement, the room's
 * state holds only the items the watcher may read.
 */
function payload(event: MeetingEvent, visible: ReadonlySet<number>) {
  if (event.type === "room") return { ...event, state: roomStateFor(event.state, visible) };
  if (event.type !== "decision") return event;
  return {
    ...event,
    announcement: `${m.updated(event.number, event.title)} – ${event.outcomeLabel}`,
  };
}

/** The decisions as they stand, for a watcher that starts from the current state. */
function snapshotOf(meeting: FullMeeting): MeetingEvent[] {
  return meeting.items.flatMap((item): MeetingEvent[] =>
    item.decision
      ? [
          {
            type: "decision",
            itemId: item.id,
            number: item.number,
            title: item.title,
            outcome: item.decision.outcome,
            outcomeLabel: webMessages.outcome[item.decision.outcome],
            text: item.decision.text,
            version: 0,
          },
        ]
      : [],
  );
}

/**
 * The live view: /app/moeder/:id/live (the page) and /app/moeder/:id/haendelser (server-sent
 * events). Anyone with a role on the committee may watch what they may read of the meeting
 * (loadViewedMeeting: members do not see items waiting for a supplement, nor their events).
 *
 * A new connection first receives every decision and the room's state as they stand (the
 * room: status, current item, attendance, quorum, votes, speakers), then "ready" with the id of
 * the latest event, then each change as the minute taker saves it, each with its id. A
 * connection with Last-Event-ID (the browser's reconnect) gets just the events after that id,
 * or the current state again when they are no longer known. A comment keeps idle streams open
 * through proxies; the server ends a stream after its maximum lifetime (the browser then
 * reconnects), and one session may hold only a few streams at once.
 */
export const liveRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/live", async (c) => {
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    const { db } = c.get("deps");
    const full = (await getMeeting(db, viewed.meeting.id)) ?? viewed.meeting;
    const room = await roomStateSeenBy(db, full, viewed.meeting);
    const { participant, chair } = await roomRoleOf(db, viewed.principal, viewed.meeting.id);
    return renderPage(
      c,
      <LiveMeetingPage
        meeting={viewed.meeting}
        room={room}
        viewer={c.get("viewer")}
        joinHref={participant && !chair ? `/app/moeder/${viewed.meeting.id}/deltag` : null}
      />,
    );
  })
  .get("/moeder/:id/haendelser", async (c) => {
    // Where the watcher stands, taken before the meeting is read: nothing in between is lost.
    const head = meetingEvents.head();
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    const { meeting } = viewed;
    const release = takeStreamSlot(c);
    if (!release) {
      c.header("Retry-After", "30");
      c.header("Cache-Control", "no-store");
      const page = ErrorPage({
        title: m.tooManyTitle,
        message: m.tooMany,
        viewer: c.get("viewer"),
      });
      return renderPage(c, page, 429);
    }
    const { keepAliveMs, maxLifetimeMs } = c.get("deps").config.live;
    const visible = new Set(meeting.items.map((item) => item.id));
    const shown = (event: MeetingEvent) =>
      event.type === "status" ||
      event.type === "room" ||
      event.itemId === null ||
      visible.has(event.itemId);
    const lastId = c.req.header("last-event-id") ?? "";
    c.header("X-Accel-Buffering", "no");
    const response = streamSSE(c, async (stream) => {
      const queue: StampedEvent[] = [];
      let wake: (() => void) | null = null;
      const stop = meetingEvents.subscribe(meeting.id, (event, id) => {
        queue.push({ event, id });
        wake?.();
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      // What was published after the client's last id (or after `head`) before subscribing;
      // read right after subscribing, in the same tick, so no event falls in between.
      const missed = lastId ? meetingEvents.since(meeting.id, lastId) : null;
      queue.unshift(...(missed ?? meetingEvents.since(meeting.id, head) ?? []));
      const resumeFrom = missed ? lastId : head;
      const sent = new Set<string>();
      try {
        if (!missed) {
          for (const event of snapshotOf(meeting)) {
            await stream.writeSSE({
              event: "decision",
              data: JSON.stringify(payload(event, visible)),
            });
          }
          const state = await loadRoomState(c.get("deps").db, meeting.id);
          if (state) {
            const event: MeetingEvent = { type: "room", state };
            await stream.writeSSE({ event: "room", data: JSON.stringify(payload(event, visible)) });
          }
        }
        await stream.writeSSE({
          event: "ready",
          data: m.connected,
          id: resumeFrom,
          retry: RECONNECT_MS,
        });
        // Counted from here, so a slow start never ends a stream before it streamed. Streams
        // opened together (a room's members, a restart) end spread over the last fifth of the
        // lifetime, so their reconnects do not all load the meeting at once.
        const deadline = Date.now() + maxLifetimeMs * (0.8 + 0.2 * Math.random());
        while (open && Date.now() < deadline) {
          const next = queue.shift();
          if (next) {
            if (sent.has(next.id) || !shown(next.event)) continue;
            sent.add(next.id);
            const data = JSON.stringify(payload(next.event, visible));
            await stream.writeSSE({ event: next.event.type, data, id: next.id });
            continue;
          }
          const wait = Math.min(keepAliveMs, deadline - Date.now());
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, Math.max(0, wait)).unref?.();
          });
          wake = null;
          if (open && queue.length === 0 && Date.now() < deadline) {
            await stream.write(": keep-alive\n\n");
          }
        }
      } finally {
        stop();
        release();
      }
    });
    // After streamSSE, which sets its own: a stream is never kept by a cache.
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
