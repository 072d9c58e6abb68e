import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { createApp } from "./app.ts";

/** A database whose every query fails, as when the server is down. */
const brokenDb = new Proxy(
  {},
  {
    get() {
      return () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:5432 at secret/stack/frame.ts:12");
      };
    },
  },
) as Db;

function appWithLog() {
  const lines: string[] = [];
  const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
  const app = createApp({ db: brokenDb, config: loadConfig({}), logger });
  return { app, lines };
}

describe("when things go wrong", () => {
  it("reports 503 with a Danish message from /healthz when the database fails", async () => {
    const { app } = appWithLog();
    const response = await app.request("/healthz");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", message: "Databasen svarer ikke" });
  });

  it("shows a Danish 500 page without details and logs the error", async () => {
    const { app, lines } = appWithLog();
    const response = await app.request("/");
    const html = await response.text();
    expect(response.status).toBe(500);
    expect(html).toContain("Der skete en fejl");
    expect(html).not.toContain("ECONNREFUSED");
    expect(html).not.toContain("frame.ts");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const logged = lines.join("\n");
    expect(logged).toContain("request failed");
    expect(logged).toContain("ECONNREFUSED");
    expect(logged).toContain('"status":500');
  });
});
