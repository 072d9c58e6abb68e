import { and, isNotNull, isNull, or } from "drizzle-orm";
import { votes } from "../../db/schema/index.ts";

/**
 * A vote the members are casting from their devices right now: opened by the chair and not
 * closed. It has no result yet, so the record of an item (the minutes, the live view, meeting
 * mode) lists only the others: those the minute taker wrote and those closed.
 */
export const voteIsOpen = and(isNotNull(votes.openedAt), isNull(votes.closedAt));

export const voteIsRecorded = or(isNull(votes.openedAt), isNotNull(votes.closedAt));
