import type { MiddlewareHandler } from "hono";
import type { Logger } from "../../logger.ts";

/** Logs method, path, status and duration of each request; never bodies, queries or cookies. */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const entry = {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      // Health probes arrive every few seconds; keep them out of the normal log.
      if (c.req.path === "/healthz") logger.debug(entry, "request");
      else logger.info(entry, "request");
    }
  };
}
