import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLix, MIN_LIX_WORDS } from "../../domain/writing/compute-lix.ts";
import { CaseCheck, type CheckView, lixView } from "./case-check.tsx";

const view = (text: string): CheckView => ({
  ...lixView(computeLix(text)),
  spelling: [],
  accessibility: [],
  cpr: [],
});
const html = (check: CheckView) => String(<CaseCheck id="tjek" check={check} />);

describe("CaseCheck", () => {
  it("gives a short field no LIX but says why, in a disclosure reachable by keyboard", () => {
    const out = html(view("Kommunen har en plan. Den er god."));
    expect(out).toContain("Ingen LIX: feltet har 7 ord, LIX vises fra 30 ord.");
    expect(out).toContain('<details class="case-check-why"><summary>Om LIX</summary>');
    expect(out).toContain("så LIX vises først fra 30 ord");
    expect(out).not.toMatch(/LIX \d/);
  });

  it("shows LIX with its scale word from 30 words, and never below (property)", () => {
    const word = fc.constantFrom("Byrådet", "mødes", "i", "aften", "om", "budgettet");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const out = html(view(`${words.join(" ")}.`));
        if (words.length >= MIN_LIX_WORDS) expect(out).toMatch(/LIX \d+(,\d)? \(/);
        else expect(out).not.toMatch(/LIX \d/);
      }),
      { numRuns: 60 },
    );
  });

  it("lists the field's CPR numbers with what the author should know, and nothing without", () => {
    const out = html({ ...view("Borgeren har søgt."), cpr: ["010190-1234", "0202801234"] });
    expect(out).toContain("2 CPR-numre:");
    expect(out).toContain(
      '<ul class="case-check-cpr"><li>010190-1234</li><li>0202801234</li></ul>',
    );
    expect(out).toContain("på den offentlige side vises de som XXXXXX-XXXX");
    expect(html(view("Borgeren har søgt."))).not.toContain("CPR");
  });
});
