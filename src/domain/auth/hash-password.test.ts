import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./hash-password.ts";

describe("password hashing", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Sommer i Albertslund 2025");
    expect(await verifyPassword("Sommer i Albertslund 2025", hash)).toBe(true);
    expect(await verifyPassword("sommer i albertslund 2025", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores scrypt parameters and a fresh salt, never the password", async () => {
    const a = await hashPassword("hemmeligt-ord");
    const b = await hashPassword("hemmeligt-ord");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain("hemmeligt");
  });

  it("treats Danish letters the same whichever way they are encoded", async () => {
    const hash = await hashPassword("Ærø og Ålborg");
    expect(await verifyPassword("Aero og Aalborg", hash)).toBe(false);
    expect(await verifyPassword("Ærø og A\u030alborg", hash)).toBe(true);
  });

  it("refuses malformed or tampered hashes instead of throwing", async () => {
    for (const stored of [
      "",
      "plain",
      "scrypt$1$8$1$c2FsdA$aGFzaA",
      "bcrypt$x",
      "scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
    ]) {
      expect(await verifyPassword("x", stored)).toBe(false);
    }
  });
});
