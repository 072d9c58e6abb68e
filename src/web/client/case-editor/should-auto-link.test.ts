import { describe, expect, it } from "vitest";
import { shouldAutoLink } from "./should-auto-link.ts";

describe("text that becomes a link by itself", () => {
  it("links addresses, and leaves Danish abbreviations as text", () => {
    for (const text of [
      "https://www.retsinformation.dk/eli/lta/2024/39",
      "http://example.org",
      "www.kommune.dk",
      "borger.dk",
      "kommune.dk/dagsordener",
      "sekretariat@kommune.dk",
      "mailto:sekretariat@kommune.dk",
    ]) {
      expect(shouldAutoLink(text), text).toBe(true);
    }
    for (const text of ["cpr.nr", "j.nr", "st.tv", "bl.a", "f.eks", "ca.", "tlf.nr", "pkt.nr"]) {
      expect(shouldAutoLink(text), text).toBe(false);
    }
  });
});
