import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  claimLoginAttempt,
  releaseLoginAttempt,
  WINDOW_MS,
} from "./login-throttle.ts";

const database = useTestDatabase();
const at = (ms: number) => new Date(Date.UTC(2026, 0, 5, 8) + ms);

describe("the log-in limit", () => {
  it("counts an account's attempts in a window, whatever the case, and starts again after it", async () => {
    const { db } = database.current;
    const claim = { email: "Sekretaer@Eksempel.dk", address: null };
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(await claimLoginAttempt(db, claim, at(i * 1000))).toEqual({ ok: true });
    }
    const refused = { email: " sekretaer@eksempel.dk", address: null };
    expect(await claimLoginAttempt(db, refused, at(60_000))).toEqual({
      ok: false,
      limit: "account",
      retryAt: at(WINDOW_MS),
    });
    expect(
      await claimLoginAttempt(db, { email: "medlem@eksempel.dk", address: null }, at(0)),
    ).toEqual({ ok: true });
    expect(await claimLoginAttempt(db, claim, at(WINDOW_MS))).toEqual({ ok: true });
  });

  it("counts an address across accounts; a success takes back only its own attempt", async () => {
    const { db } = database.current;
    const claim = (n: number) => ({ email: `konto-${n}@eksempel.dk`, address: "192.0.2.9" });
    for (let i = 0; i < ADDRESS_LIMIT; i++) {
      expect((await claimLoginAttempt(db, claim(i), at(0))).ok).toBe(true);
    }
    await releaseLoginAttempt(db, claim(0));
    expect((await claimLoginAttempt(db, claim(100), at(0))).ok).toBe(true);
    expect(await claimLoginAttempt(db, claim(101), at(1000))).toEqual({
      ok: false,
      limit: "address",
      retryAt: at(WINDOW_MS),
    });
    const elsewhere = { email: "konto-102@eksempel.dk", address: "192.0.2.10" };
    expect((await claimLoginAttempt(db, elsewhere, at(0))).ok).toBe(true);
  });
});
