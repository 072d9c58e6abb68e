import { webMessages } from "../../i18n/da/web.ts";
import type { FullMeeting } from "../meeting/meeting.types.ts";
import { publicRows, toPublicMeeting } from "../publication/publication.policy.ts";

/** One item's place in the recording: milliseconds from the first public item's start. */
export interface RecordingChapter {
  number: number;
  /** »Punkt 3: Title«, the title as the public reads it. */
  text: string;
  startMs: number;
  endMs: number;
}

/** What the public may know of a meeting's recording. */
export interface PublicRecording {
  /** The recording or livestream; null when none is stored. */
  url: string | null;
  chapters: RecordingChapter[];
}

/**
 * The chapters of a public meeting's recording, or null when nothing of the meeting is public.
 * Only items the publication policy shows (in its order of stored rows), never a withdrawn one,
 * and only those with a start and an end; a closed item by its title. Times count from the
 * earliest of these starts; chapters come in order of start and never overlap (an item still
 * running when the next one started ends there).
 */
export function publicRecording(meeting: FullMeeting): PublicRecording | null {
  const view = toPublicMeeting(meeting);
  if (!view) return null;
  const rows = publicRows(meeting, view.kind);
  const timed = view.items.flatMap((item, i) => {
    const row = rows[i];
    const withdrawn = (item.closed && item.withdrawn) || row?.withdrawnAt;
    if (!row?.startedAt || !row.endedAt || withdrawn) return [];
    const start = row.startedAt.getTime();
    const end = row.endedAt.getTime();
    if (!(end > start)) return [];
    return [
      { number: item.number, text: webMessages.meeting.item(item.number, item.title), start, end },
    ];
  });
  timed.sort((a, b) => a.start - b.start || a.number - b.number);
  const base = timed[0]?.start ?? 0;
  const chapters = timed.flatMap((t, i) => {
    const next = timed[i + 1]?.start;
    const end = next !== undefined ? Math.min(t.end, next) : t.end;
    if (!(end > t.start)) return [];
    return [{ number: t.number, text: t.text, startMs: t.start - base, endMs: end - base }];
  });
  return { url: meeting.recordingUrl ?? null, chapters };
}

/** »https://video.example/m/1#t=754«: where an item starts in the recording, whole seconds. */
export function recordingLink(url: string, chapter: RecordingChapter): string {
  return `${url}#t=${Math.floor(chapter.startMs / 1000)}`;
}
