import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { formPost, testApp } from "./testing.ts";

const database = useTestDatabase();

describe("every response", () => {
  it("carries security headers: strict CSP, nosniff, referrer policy, no framing", async () => {
    const app = testApp(database.current.db);
    for (const path of ["/", "/findes-ikke", "/login", "/healthz"]) {
      const response = await app.request(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("answers an unknown route with a Danish 404 page in the site layout", async () => {
    const response = await testApp(database.current.db).request("/findes/ikke");
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="da">/);
    expect(html).toContain("Siden findes ikke");
    expect(html).toContain('<a class="skip-link" href="#indhold">Gå til indhold</a>');
    expect(html).toContain('<main id="indhold"');
  });

  it("refuses a state-changing request without a CSRF token with a Danish 403", async () => {
    const response = await testApp(database.current.db).request(
      "/app/moeder/1",
      formPost({ titel: "x" }),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Formularen blev afvist");
  });

  it("refuses oversized bodies in Danish", async () => {
    const response = await testApp(database.current.db).request(
      "/login",
      formPost({ email: "a@b.dk", password: "x".repeat(300_000) }),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("For stor forespørgsel");
  });

  it("serves the style sheet", async () => {
    const response = await testApp(database.current.db).request("/assets/style.css?v=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/css");
    expect(await response.text()).toContain(":focus-visible");
  });
});

describe("GET /healthz", () => {
  it("answers 200 ok when the database answers", async () => {
    const response = await testApp(database.current.db).request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
