import type { Db } from "../../db/client.ts";
import { getMeeting } from "../meeting/get-meeting.ts";
import {
  type PublicItem,
  type PublicMeeting,
  publicRows,
  toPublicMeeting,
} from "./publication.policy.ts";

export interface PublicItemView {
  meeting: PublicMeeting;
  /** 1-based place of the item in the meeting, as in its page's URL and anchor (punkt-N). */
  place: number;
  item: PublicItem;
  /** The case behind the item, for its history; an internal id, never shown. */
  caseId: number | null;
}

/** The item at `place` (1-based) of a public meeting, as the publication policy shows it. */
export async function getPublicItem(
  db: Db,
  meetingId: number,
  place: number,
): Promise<PublicItemView | null> {
  const meeting = await getMeeting(db, meetingId);
  const view = meeting ? toPublicMeeting(meeting) : null;
  if (!meeting || !view || !Number.isInteger(place) || place < 1) return null;
  const item = view.items[place - 1];
  const row = publicRows(meeting, view.kind)[place - 1];
  if (!item || !row) return null;
  return { meeting: view, place, item, caseId: row.caseId };
}
