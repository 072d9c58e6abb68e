import { describe, expect, it } from "vitest";
import { LoginThrottle } from "./login-throttle.ts";

describe("LoginThrottle", () => {
  it("refuses an account after five failures until fifteen minutes have passed", () => {
    let now = 0;
    const throttle = new LoginThrottle(5, 15 * 60_000, () => now);
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfter("Sekretaer@Eksempel.dk")).toBe(0);
      throttle.recordFailure("sekretaer@eksempel.dk");
      now += 1000;
    }
    expect(throttle.retryAfter("SEKRETAER@eksempel.dk")).toBe(15 * 60_000 - 5000);
    expect(throttle.retryAfter("medlem@eksempel.dk")).toBe(0);
    now = 15 * 60_000 + 1;
    expect(throttle.retryAfter("sekretaer@eksempel.dk")).toBe(0);
  });

  it("forgets failures after a successful log-in", () => {
    const throttle = new LoginThrottle(2, 60_000, () => 0);
    throttle.recordFailure("a@b.dk");
    throttle.recordSuccess("a@b.dk");
    throttle.recordFailure("a@b.dk");
    expect(throttle.retryAfter("a@b.dk")).toBe(0);
  });
});
