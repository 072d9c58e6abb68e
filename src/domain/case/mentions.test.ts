import { describe, expect, it } from "vitest";
import { mentionedEmails } from "./mentions.ts";

describe("mentionedEmails", () => {
  it("finds @-mentioned addresses, without trailing punctuation, once each", () => {
    const body =
      "@Anne@Kommune.dk kan du se på økonomien? Og @bo.hansen@kommune.dk. Igen @anne@kommune.dk, tak.";
    expect(mentionedEmails(body)).toEqual(["anne@kommune.dk", "bo.hansen@kommune.dk"]);
  });

  it("ignores plain addresses and half mentions", () => {
    expect(mentionedEmails("Skriv til anne@kommune.dk eller @anne eller x@@y.dk")).toEqual([]);
  });
});
