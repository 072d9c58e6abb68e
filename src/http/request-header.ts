import type { Context } from "hono";

/**
 * A request header (name in lower case), read from Node's parsed headers when the app runs
 * under @hono/node-server: asking the Request for one builds a whole Headers object, which on
 * a page-cache hit would cost more than the rest of the answer.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: { headers: Record<string, string | string[]> } })
    ?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}
