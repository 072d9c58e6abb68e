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
