import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLix, lixScale, MIN_LIX_WORDS } from "./compute-lix.ts";

describe("computeLix", () => {
  it("agrees with a hand count of a short, plain text", () => {
    const text =
      "Byrådet mødes i aften. Der er fire punkter på dagsordenen, bl.a. budgettet for 2026. Mødet starter kl. 19.00 på rådhuset!";
    // Counted by hand:
    // words (20): Byrådet mødes i aften | Der er fire punkter på dagsordenen bl.a. budgettet
    //   for 2026 | Mødet starter kl. 19.00 på rådhuset
    // sentences (3): "aften." "2026." "rådhuset!" ("bl.a." and "kl." do not end one)
    // long words, > 6 letters (6): Byrådet(7) punkter(7) dagsordenen(11) budgettet(9)
    //   starter(7) rådhuset(8)
    // LIX = 20/3 + 100·6/20 = 6.67 + 30 = 36.7 -> middel
    expect(computeLix(text)).toEqual({
      words: 20,
      sentences: 3,
      longWords: 6,
      lix: 36.7,
      scale: "medium",
      applies: false,
    });
  });

  it("agrees with a hand count of a recommendation with a colon, abbreviations and a list", () => {
    const text = [
      "Kommunaldirektøren indstiller: at Økonomiudvalget godkender APV-handleplanen jf. Styrelsesloven § 10, og at tillægsbevillingen på 2,5 mio. kr. finansieres af kassebeholdningen.",
      "- Anlægsprojektet udskydes",
      "- Borgerinddragelse",
    ].join("\n");
    // Counted by hand:
    // words (22): Kommunaldirektøren indstiller | at Økonomiudvalget godkender
    //   APV-handleplanen jf. Styrelsesloven 10 og at tillægsbevillingen på 2,5 mio. kr.
    //   finansieres af kassebeholdningen | Anlægsprojektet udskydes | Borgerinddragelse
    //   ("§" and "-" are not words; "2,5" and "APV-handleplanen" are one word each)
    // sentences (4): "indstiller:", "kassebeholdningen.", and each list line
    //   ("jf." never ends one; "mio." and "kr." are followed by a small letter)
    // long words (12): Kommunaldirektøren indstiller Økonomiudvalget godkender
    //   APV-handleplanen(15 letters) Styrelsesloven tillægsbevillingen finansieres
    //   kassebeholdningen Anlægsprojektet udskydes(8) Borgerinddragelse
    // LIX = 22/4 + 100·12/22 = 5.5 + 54.5 = 60.0 -> meget svær
    expect(computeLix(text)).toEqual({
      words: 22,
      sentences: 4,
      longWords: 12,
      lix: 60,
      scale: "veryHard",
      applies: false,
    });
  });

  it("ends a sentence after an abbreviation when a capital letter follows, not otherwise", () => {
    expect(computeLix("Det koster 5 mio. kr. Det er meget.").sentences).toBe(2);
    expect(computeLix("Vi mødes d. 25. november kl. 9.").sentences).toBe(1);
    expect(computeLix("Se f.eks. Albertslund Kommune.").sentences).toBe(1);
    expect(computeLix("Se www.albertslund.dk. Skriv til post@albertslund.dk!").words).toBe(3);
  });

  it("gives 0 for a text without words", () => {
    expect(computeLix(" \n ").lix).toBe(0);
  });

  it("names the standard Danish scale", () => {
    expect([24.9, 25, 34.9, 35, 44.9, 45, 54.9, 55].map(lixScale)).toEqual([
      "veryEasy",
      "easy",
      "easy",
      "medium",
      "medium",
      "hard",
      "hard",
      "veryHard",
    ]);
  });
});

describe("when LIX applies", () => {
  const word = fc.constantFrom("Byrådet", "mødes", "i", "aften", "budgettet", "for", "kommunen");
  const textOf = (words: string[]) => words.map((w, i) => (i % 7 === 6 ? `${w}.` : w)).join(" ");

  it("never for a text of fewer than 30 words, always from 30 (property)", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 29 }), (words) => {
        expect(computeLix(textOf(words)).applies).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: MIN_LIX_WORDS, maxLength: 80 }), (words) => {
        expect(computeLix(textOf(words)).applies).toBe(true);
      }),
    );
  });
});
