import { describe, expect, it } from "vitest";
import { joinWrapped } from "./join-wrapped.ts";

describe("joinWrapped", () => {
  it.each([
    ["kommende uddannelses-", "strategi", "kommende uddannelsesstrategi"],
    ["deltagelse i KKR VIP-", "projekt", "deltagelse i KKR VIP-projekt"],
    [
      "Binding af aftale om Trivsels-",
      "og APV-måling",
      "Binding af aftale om Trivsels- og APV-måling",
    ],
    ["fra seneste", "møde", "fra seneste møde"],
    ["oprydning af data på P-", "& S- drevene", "oprydning af data på P- & S- drevene"],
    ["Microsoft 365-", "paletten", "Microsoft 365-paletten"],
    ["Direktøren for By, Kultur -", "Miljø", "Direktøren for By, Kultur - Miljø"],
  ])("%s + %s", (previous, next, joined) => {
    expect(joinWrapped(previous, next)).toBe(joined);
  });
});
