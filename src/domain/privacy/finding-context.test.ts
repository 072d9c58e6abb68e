import { describe, expect, it } from "vitest";
import { findingContext } from "./list-privacy-findings.ts";

describe("the text around a CPR-shaped number", () => {
  it("marks only the sides where text is left out", () => {
    const text = "Borgeren med CPR-nummer 010203-1234 klager over skolebuskørslen.";
    const start = text.indexOf("010203");
    expect(findingContext(text, start, start + 11)).toEqual({
      before: "Borgeren med CPR-nummer ",
      after: " klager over skolebuskørslen.",
    });
    const long = `${"Lang indledning om sagen. ".repeat(3)}${text}${" Mere tekst.".repeat(5)}`;
    const at = long.indexOf("010203");
    const around = findingContext(long, at, at + 11);
    expect(around.before.startsWith("…")).toBe(true);
    expect(around.after.endsWith("…")).toBe(true);
    expect(around.after).not.toContain(".…");
  });
});
