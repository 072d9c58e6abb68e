import { webMessages } from "../../i18n/da/web.ts";
import { copenhagenWallClock } from "../meeting/copenhagen-time.ts";

/** The Danish refusal of an attempt over the log-in limit, with when to try again. */
export function throttleMessage(
  refused: { limit: "account" | "address"; retryAt: Date },
  now: Date,
): string {
  const at = copenhagenWallClock(refused.retryAt).slice(11, 16).replace(":", ".");
  const minutes = Math.max(1, Math.ceil((refused.retryAt.getTime() - now.getTime()) / 60_000));
  return webMessages.login.tooMany(refused.limit, at, minutes);
}
