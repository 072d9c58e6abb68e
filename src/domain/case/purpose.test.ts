import { describe, expect, it } from "vitest";
import { purposeFromTitle } from "./purpose.ts";

describe("purposeFromTitle", () => {
  it.each([
    ["Orientering om KommuneMEDs temamøde", "orientation"],
    ["Beslutning om budget 2026 - borgermøde", "decision"],
    ["Temadrøftelse af juniormesterlære", "theme_discussion"],
    ["CF - Drøftelse af Erhvervs fremtidige placering", "discussion"],
    ["CF - Byudviklingsforum", null],
    ["Orienteringsmøde om noget", null],
  ])("%s -> %s", (title, purpose) => {
    expect(purposeFromTitle(title)).toBe(purpose);
  });
});
