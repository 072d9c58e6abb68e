import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterParticipantName } from "./participant-title.ts";

describe("what follows a participant's name", () => {
  it("names the party once, also when the title already ends with it", () => {
    expect(afterParticipantName({ title: "Borgmester, A", party: "A" })).toBe(", Borgmester, A");
    expect(afterParticipantName({ title: "Kommunaldirektør", party: "Direktionen" })).toBe(
      ", Kommunaldirektør (Direktionen)",
    );
    expect(afterParticipantName({ title: null, party: "Ø" })).toBe(" (Ø)");
    expect(afterParticipantName({ title: "Ø", party: "Ø" })).toBe(", Ø");
    expect(afterParticipantName({ title: "Udvalgsmedlem", party: null })).toBe(", Udvalgsmedlem");
    expect(afterParticipantName({})).toBe("");
  });

  it("always shows the title, and the party exactly once", () => {
    // Titles in lower case, parties in upper case: a party is never part of the bare title.
    const role = fc.stringMatching(/^[a-zæøå]{1,12}( [a-zæøå]{1,8})?$/);
    const party = fc.stringMatching(/^[A-ZÆØÅ]{1,3}$/);
    fc.assert(
      fc.property(role, party, fc.boolean(), (r, letter, partyInTitle) => {
        const title = partyInTitle ? `${r}, ${letter}` : r;
        const text = afterParticipantName({ title, party: letter });
        expect(text.startsWith(`, ${title}`)).toBe(true);
        expect(text.split(letter).length - 1).toBe(1);
      }),
    );
  });
});
