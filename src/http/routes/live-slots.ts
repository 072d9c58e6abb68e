import type { Context } from "hono";
import { hashToken } from "../../domain/auth/session-token.ts";
import type { AppDeps, AppEnv } from "../types.ts";

/** Open streams per session, per app: the cap on concurrent streams counts them. */
const openStreams = new WeakMap<AppDeps, Map<string, number>>();

/** Takes one of the session's stream slots; null when it holds the most allowed already. */
export function takeStreamSlot(c: Context<AppEnv>): (() => void) | null {
  const deps = c.get("deps");
  const counts = openStreams.get(deps) ?? new Map<string, number>();
  openStreams.set(deps, counts);
  const key = hashToken(c.get("sessionToken") ?? "");
  const open = counts.get(key) ?? 0;
  if (open >= deps.config.live.perSession) return null;
  counts.set(key, open + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (counts.get(key) ?? 1) - 1;
    if (left > 0) counts.set(key, left);
    else counts.delete(key);
  };
}
