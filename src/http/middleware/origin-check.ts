import type { Context, MiddlewareHandler } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { Config } from "../../config.ts";
import { renderCsrfError } from "../render.ts";
import type { AppEnv } from "../types.ts";

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * A state-changing request from a browser must come from Referat's own pages. With
 * REFERAT_PUBLIC_URL set, only that origin counts: behind a proxy the Host header may name
 * the inside address, and a page on another name (DNS rebinding) is refused. Without it, the
 * origin must have the host the request was sent to, whatever the scheme (TLS may end at a
 * proxy in front of us).
 */
export function originCheck(config: Config): MiddlewareHandler<AppEnv> {
  const allowed = (origin: string, c: Context<AppEnv>) => {
    if (origin === config.publicUrl) return true;
    if (config.publicUrlConfigured) return false;
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    return hostOf(origin) === host;
  };
  const check = csrf({ origin: allowed });
  return async (c, next) => {
    try {
      await check(c, async () => {});
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) return renderCsrfError(c);
      throw error;
    }
    await next();
  };
}
