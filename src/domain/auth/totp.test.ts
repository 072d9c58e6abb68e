import fc from "fast-check";
import { generate } from "otplib";
import { expect, it } from "vitest";
import { checkTotpCode, newTotpSecret, TOTP_PERIOD } from "./totp.ts";

const secret = newTotpSecret();
const at = (seconds: number) => new Date(seconds * 1000);

it("accepts the codes of the current step and the one before and after, nothing further", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1_700_000_000, max: 2_000_000_000 }),
      fc.integer({ min: -3, max: 3 }),
      async (now, offset) => {
        const code = await generate({ secret, epoch: now + offset * TOTP_PERIOD });
        const result = await checkTotpCode(secret, code, null, at(now));
        // A code of a far step can equal a near one's by chance (1 in a million): then it is valid.
        const near = await Promise.all(
          [-1, 0, 1].map((d) => generate({ secret, epoch: now + d * TOTP_PERIOD })),
        );
        expect(result.ok).toBe(near.includes(code));
        if (Math.abs(offset) <= 1) expect(result.ok).toBe(true);
      },
    ),
    { numRuns: 50 },
  );
});

it("refuses a code whose step is not after the last accepted one, and malformed codes", async () => {
  const now = 1_800_000_000;
  const code = await generate({ secret, epoch: now });
  const step = Math.floor(now / TOTP_PERIOD);
  expect(await checkTotpCode(secret, code, step - 1, at(now))).toEqual({
    ok: true,
    timeStep: step,
  });
  expect(await checkTotpCode(secret, code, step, at(now))).toEqual({ ok: false, reason: "reused" });
  expect(
    await checkTotpCode(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, null, at(now)),
  ).toEqual({ ok: true, timeStep: step });
  for (const bad of ["", "12345", "1234567", "abcdef"]) {
    expect(await checkTotpCode(secret, bad, null, at(now))).toEqual({
      ok: false,
      reason: "format",
    });
  }
});
