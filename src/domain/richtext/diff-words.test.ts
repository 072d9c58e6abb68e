import { describe, expect, it } from "vitest";
import { diffWords } from "./diff-words.ts";

const spell = (parts: { kind: string; text: string }[], skip: string) =>
  parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join("");

describe("diffWords", () => {
  it("marks inserted and deleted words, Danish letters included", () => {
    const { parts } = diffWords(
      "Økonomien er uddybet på side 2.",
      "Økonomien blev uddybet grundigt på side 3.",
    );
    expect(parts.filter((p) => p.kind !== "same")).toEqual([
      { kind: "deleted", text: "er" },
      { kind: "inserted", text: "blev" },
      { kind: "inserted", text: "grundigt " },
      { kind: "deleted", text: "2" },
      { kind: "inserted", text: "3" },
    ]);
  });

  it("spells the old text from same and deleted parts, the new from same and inserted", () => {
    const before = "Første afsnit.\n\n1. at sagen godkendes\n2. at den drøftes";
    const after = "Første afsnit, ændret.\n\n1. at sagen godkendes\n\nNyt afsnit.";
    const { parts } = diffWords(before, after);
    expect(spell(parts, "inserted")).toBe(before);
    expect(spell(parts, "deleted")).toBe(after);
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "Ny tekst").parts).toEqual([{ kind: "inserted", text: "Ny tekst" }]);
    expect(diffWords("Gammel", "").parts).toEqual([{ kind: "deleted", text: "Gammel" }]);
    expect(diffWords("", "").parts).toEqual([]);
  });
});
