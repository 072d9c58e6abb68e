import { Hono } from "hono";
import { getMeeting } from "../../domain/meeting/get-meeting.ts";
import { publicRecording } from "../../domain/minutes/recording-chapters.ts";
import { writeVtt } from "../../web/feeds/webvtt.ts";
import { publicCache } from "../middleware/public-cache.ts";
import { parseId } from "../params.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

/**
 * The chapters of a public meeting's recording as WebVTT: /moeder/:id/kapitler.vtt, one cue
 * per item the public may see that has a start and an end (publicRecording). Mounted before the
 * portal's /moeder/:id/:file documents.
 */
export const recordingPublicRoutes = new Hono<AppEnv>().get(
  "/moeder/:id/kapitler.vtt",
  publicCache(),
  async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const meeting = await getMeeting(c.get("deps").db, id);
    const recording = meeting ? publicRecording(meeting) : null;
    if (!recording) return renderError(c, 404);
    c.header("Content-Type", "text/vtt; charset=utf-8");
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(writeVtt(recording.chapters), 200);
  },
);
