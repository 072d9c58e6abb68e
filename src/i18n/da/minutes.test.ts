import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesMessages } from "./minutes.ts";

const { conflictLine } = minutesMessages.document;

describe("conflictLine", () => {
  it("ends with one full stop, whether or not the note has its own (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(3), (note, stops) => {
        const line = conflictLine("Aisha Rahimi", `${note}${".".repeat(stops)}`);
        expect(line.endsWith(".")).toBe(true);
        expect(line.endsWith(".).")).toBe(false);
      }),
    );
    expect(conflictLine("Aisha Rahimi", "ægtefællen er ansat i hjemmeplejen.")).toBe(
      "Aisha Rahimi deltog ikke i behandlingen af punktet på grund af inhabilitet (ægtefællen er ansat i hjemmeplejen).",
    );
    expect(conflictLine("Aisha Rahimi", "")).toBe(
      "Aisha Rahimi deltog ikke i behandlingen af punktet på grund af inhabilitet.",
    );
  });
});
