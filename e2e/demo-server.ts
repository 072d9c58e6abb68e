import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { loadConfig } from "../src/config.ts";
import type { Database } from "../src/db/client.ts";
import type { DemoOptions } from "../src/domain/demo/generate-demo-data.ts";
import { createApp } from "../src/http/app.ts";
import type { AppEnv } from "../src/http/types.ts";
import { createLogger } from "../src/logger.ts";
import { FileSystemStorage } from "../src/storage/file-system-storage.ts";
import { openDemoDatabase } from "./demo-cache.ts";

export interface DemoServer {
  url: string;
  app: Hono<AppEnv>;
  database: Database;
  close(): Promise<void>;
}

/**
 * The real app in this process on a free port, over an in-memory PGlite with the demo data
 * (Eksempel Kommune, a year of four committees unless told otherwise) and its Bilag on disk.
 */
export async function startDemoServer(
  options: Partial<DemoOptions> = {},
  database?: Database,
  /** More configuration (environment variables), e.g. SAML sign-in. */
  env: Record<string, string> = {},
): Promise<DemoServer> {
  const dir = await mkdtemp(join(tmpdir(), "referat-e2e-"));
  const storage = new FileSystemStorage(join(dir, "files"));
  const db =
    database ??
    (await openDemoDatabase({ years: 1, committees: 4, ...options }, join(dir, "files")));
  // The app is made once the port is known: its links are built from its public address.
  let app: Hono<AppEnv> | undefined;
  const server = await new Promise<Server>((resolve) => {
    const s = serve(
      {
        fetch: (request, env) => (app as Hono<AppEnv>).fetch(request, env),
        hostname: "127.0.0.1",
        port: 0,
      },
      () => resolve(s as Server),
    ) as Server;
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ LOG_LEVEL: "silent", REFERAT_PUBLIC_URL: url, ...env });
  app = createApp({ db: db.db, config, logger: createLogger("silent"), storage });
  return {
    url,
    app,
    database: db,
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      if (!database) await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
