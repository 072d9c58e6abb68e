import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("serves the embedded database with demo data on 127.0.0.1:3000 by default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 3000, demo: true });
    expect(config.database.kind).toBe("pglite");
  });

  it("uses PostgreSQL from DATABASE_URL and then creates no demo users unless asked", () => {
    const url = "postgres://postgres@127.0.0.1:5432/test";
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({
      database: { kind: "postgres", url },
      demo: false,
    });
    expect(loadConfig({ DATABASE_URL: url, REFERAT_DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ REFERAT_DEMO: "0" }).demo).toBe(false);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT skal være mellem 0 og 65535"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL skal begynde med postgres://"],
    [{ REFERAT_DEMO: "ja" }, "REFERAT_DEMO skal være 0 eller 1"],
  ])("refuses %o with a Danish message", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
