import type { Db } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import { copenhagenWallClock } from "../meeting/copenhagen-time.ts";
import { DAILY_MAIL_HOUR, runDailyMail } from "./run-daily-mail.ts";

/**
 * Runs the daily mail (follow-up reminders, digests) every `intervalMs` once the Copenhagen
 * clock has passed DAILY_MAIL_HOUR; the run is idempotent per day, so a restart or a second
 * process does no harm. The timer does not keep the process alive.
 */
export function startDailyMailTimer(
  db: Db,
  logger: Logger,
  options: { intervalMs?: number } = {},
): { stop: () => void } {
  let running = false;
  const tick = async () => {
    const now = new Date();
    if (running || Number(copenhagenWallClock(now).slice(11, 13)) < DAILY_MAIL_HOUR) return;
    running = true;
    try {
      const done = await runDailyMail(db, now);
      if (done.reminders + done.digests > 0) logger.info(done, "daily mail enqueued");
    } catch (error) {
      logger.error({ err: error }, "daily mail failed");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 10 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
