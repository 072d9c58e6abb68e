import type { Db } from "../../db/client.ts";
import { remindDueFollowUps } from "../follow-up/remind-due-follow-ups.ts";
import { sendDailyDigests } from "./send-daily-digests.ts";

/** The Copenhagen hour from which the day's reminders and digests go out. */
export const DAILY_MAIL_HOUR = 7;

/**
 * The daily mail run: today's follow-up reminders first (so a reminder chosen for the digest
 * is in today's), then the digests. Both are idempotent per day, so the timer may call this
 * as often as it likes.
 */
export async function runDailyMail(db: Db, now: Date = new Date()) {
  const reminders = await remindDueFollowUps(db, now);
  const digests = await sendDailyDigests(db, now);
  return { reminders, digests };
}
