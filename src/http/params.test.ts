import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseId, parseSlug, safeNextPath } from "./params.ts";

describe("path parameters", () => {
  it("accepts only ids the database can hold", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId("2147483647")).toBe(2_147_483_647);
    for (const bad of [
      "0",
      "-1",
      "abc",
      "1.5",
      "1e3",
      "042",
      "2147483648",
      "99999999999",
      "",
      undefined,
    ]) {
      expect(parseId(bad), String(bad)).toBeNull();
    }
  });

  it("accepts lower-case slugs", () => {
    expect(parseSlug("chefforum")).toBe("chefforum");
    expect(parseSlug("kommune-med")).toBe("kommune-med");
    expect(parseSlug("../etc")).toBeNull();
    expect(parseSlug("Økonomi")).toBeNull();
  });

  it("keeps the return address on this site", () => {
    expect(safeNextPath("/app/moeder/3?x=1#punkt-2")).toBe("/app/moeder/3?x=1#punkt-2");
    for (const bad of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "/app\n",
      5,
      undefined,
    ]) {
      expect(safeNextPath(bad)).toBe("/app");
    }
  });
});

const BASE = "https://referat.example.dk";
const onThisSite = (path: string) => new URL(path, BASE).origin === BASE;

describe("the return address after logging in", () => {
  it("refuses every form that a browser would read as another host", () => {
    for (const bad of [
      "//evil.example/phish",
      "/\\evil.example/phish",
      "/.//evil.example/phish",
      "/..//evil.example/phish",
      "/./..//evil.example/phish",
      "/a/..//evil.example/phish",
      "/%2E//evil.example/phish",
      "/%2e%2e//evil.example/phish",
      "/.\\/evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      " //evil.example",
      "/ /evil.example",
      "\\\\evil.example",
      "http:/evil.example",
      "https:evil.example",
    ]) {
      const next = safeNextPath(bad);
      expect(next, JSON.stringify(bad)).toBe("/app");
    }
  });

  it("keeps encoded slashes and backslashes encoded, on this site", () => {
    for (const value of ["/%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example"]) {
      const next = safeNextPath(value);
      expect(onThisSite(next), value).toBe(true);
      expect(next).toMatch(/^\/[^/\\]/);
    }
  });

  it("keeps an ordinary address, normalised", () => {
    expect(safeNextPath("/app/sager/../moeder/3")).toBe("/app/moeder/3");
    expect(safeNextPath("/")).toBe("/");
  });

  it("never leads off the site, whatever the parameter (property)", () => {
    // Few, dangerous pieces, so that the random addresses hit the tricky combinations often.
    const piece = fc.constantFrom("/", "\\", ".", "..", "%2F", "%5C", "%2E", "\t", "\n", " ", "x");
    const pieces = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));
    const value = fc.oneof(
      fc.string(),
      pieces,
      pieces.map((p) => `/${p}`),
    );
    fc.assert(
      fc.property(value, (raw) => {
        const next = safeNextPath(raw);
        expect(next === "/" || /^\/[^/\\]/.test(next)).toBe(true);
        expect(onThisSite(next)).toBe(true);
        expect(new URL(next, "http://a.invalid").host).toBe("a.invalid");
      }),
      { numRuns: 3000 },
    );
  });
});
