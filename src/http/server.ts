import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { prepareScripts } from "../web/scripts.ts";
import { createApp } from "./app.ts";
import type { AppDeps } from "./types.ts";

/** How long close() waits for requests in flight before cutting connections. */
const GRACE_MS = 5_000;

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

function displayHost(address: AddressInfo): string {
  if (address.address === "0.0.0.0") return "127.0.0.1";
  if (address.address === "::") return "[::1]";
  return address.family === "IPv6" ? `[${address.address}]` : address.address;
}

/** Serves the app on config.host:config.port (0 picks a free port) and reports the real URL. */
export async function startServer(deps: AppDeps): Promise<RunningServer> {
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: deps.config.host, port: deps.config.port }, () =>
      resolve(s as Server),
    ) as Server;
    s.once("error", reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${displayHost(address)}:${address.port}`;
  // The islands are bundled now rather than by the first page that needs one.
  prepareScripts().catch((error) => deps.logger.warn({ err: error }, "bundling islands failed"));

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      // Stop accepting; close keep-alive connections as soon as their response is sent,
      // and cut whatever is still busy when the grace period ends.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => server.closeAllConnections(), GRACE_MS);
      sweep.unref();
      deadline.unref();
      server.close((error) => {
        clearInterval(sweep);
        clearTimeout(deadline);
        if (error) reject(error);
        else resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { url, close };
}
