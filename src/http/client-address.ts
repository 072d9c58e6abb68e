import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "./types.ts";

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) is 192.0.2.1. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/**
 * The client's IP address: the socket's peer, unless that peer is a configured trusted proxy
 * (REFERAT_TRUSTED_PROXIES); then the right-most X-Forwarded-For entry that is not a trusted
 * proxy, since everything left of it the client may have written itself. Null without a
 * socket (app.request() in tests) or when the header is not an address.
 */
export function clientAddress(c: Context<AppEnv>): string | null {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return null;
  }
  if (!peer) return null;
  const trusted = new Set(c.get("deps").config.trustedProxies.map(plain));
  let address = plain(peer);
  if (!trusted.has(address)) return address;
  const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((h) => h.trim());
  for (let i = hops.length - 1; i >= 0 && trusted.has(address); i--) {
    const hop = hops[i] ?? "";
    if (hop === "") continue;
    if (isIP(hop) === 0) return null;
    address = plain(hop);
  }
  return address;
}
