import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { loadConfig } from "../config.ts";
import type { Db } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { startServer } from "./server.ts";

const database = useTestDatabase();

describe("startServer", () => {
  it("listens on a free port, serves /healthz over HTTP and closes", async () => {
    const server = await startServer({
      db: database.current.db,
      config: loadConfig({ HOST: "127.0.0.1", PORT: "0" }),
      logger: createLogger("silent"),
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.url).not.toMatch(/:0$/);
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it("lets a request in flight finish when closing", async () => {
    const real = database.current.db;
    let arrived!: () => void;
    let release!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The health check's query waits at the gate, so the request is surely in flight.
    const db = new Proxy(real, {
      get(target, key, receiver) {
        if (key !== "execute") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<Db["execute"]>) => {
          arrived();
          await gate;
          return target.execute(...args);
        };
      },
    });
    const server = await startServer({
      db,
      config: loadConfig({ HOST: "127.0.0.1", PORT: "0" }),
      logger: createLogger("silent"),
    });
    const inFlight = fetch(`${server.url}/healthz`);
    await requestArrived;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    await closing;
    expect(closed).toBe(true);
  });
});
