import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { type MeetingEvent, meetingEvents } from "../../domain/meeting-mode/meeting-events.ts";
import { minutesMessages } from "../../i18n/da/minutes.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { LiveMeetingPage } from "../../web/pages/live-meeting-page.tsx";
import { parseId } from "../params.ts";
import { renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { loadViewedMeeting } from "./viewed-meeting.ts";

const m = minutesMessages.live;
/** A comment line now and then keeps proxies from closing an idle stream. */
const KEEP_ALIVE_MS = 25_000;

/** What the browser receives for an event; decisions carry the Danish announcement. */
function payload(event: MeetingEvent) {
  if (event.type !== "decision") return event;
  return {
    ...event,
    announcement: `${m.updated(event.number, event.title)} – ${event.outcomeLabel}`,
  };
}

/**
 * The live view: /app/moeder/:id/live (the page) and /app/moeder/:id/haendelser (server-sent
 * events). Anyone with a role on the committee may watch. A new connection first receives
 * every decision as it stands, so nothing saved between loading the page and connecting is
 * missed, then "ready", then each change as the minute taker saves it.
 */
export const liveRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/live", async (c) => {
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    return renderPage(c, <LiveMeetingPage meeting={viewed.meeting} viewer={c.get("viewer")} />);
  })
  .get("/moeder/:id/haendelser", async (c) => {
    const viewed = await loadViewedMeeting(c, parseId(c.req.param("id")));
    if (viewed instanceof Response) return viewed;
    const { meeting } = viewed;
    const id = meeting.id;
    c.header("Cache-Control", "no-store");
    c.header("X-Accel-Buffering", "no");
    return streamSSE(c, async (stream) => {
      const queue: MeetingEvent[] = [];
      let wake: (() => void) | null = null;
      const stop = meetingEvents.subscribe(id, (event) => {
        queue.push(event);
        wake?.();
      });
      let open = true;
      stream.onAbort(() => {
        open = false;
        wake?.();
      });
      try {
        for (const item of meeting.items) {
          if (!item.decision) continue;
          const event: MeetingEvent = {
            type: "decision",
            itemId: item.id,
            number: item.number,
            title: item.title,
            outcome: item.decision.outcome,
            outcomeLabel: webMessages.outcome[item.decision.outcome],
            text: item.decision.text,
            version: 0,
          };
          await stream.writeSSE({ event: "decision", data: JSON.stringify(payload(event)) });
        }
        await stream.writeSSE({ event: "ready", data: m.connected });
        while (open) {
          const event = queue.shift();
          if (event) {
            await stream.writeSSE({ event: event.type, data: JSON.stringify(payload(event)) });
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, KEEP_ALIVE_MS).unref?.();
          });
          wake = null;
          if (open && queue.length === 0) await stream.write(": keep-alive\n\n");
        }
      } finally {
        stop();
      }
    });
  });
