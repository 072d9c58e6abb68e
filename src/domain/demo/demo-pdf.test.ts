import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../../import/pdf/extract-text.ts";
import { demoPdf } from "./demo-pdf.ts";

/** Line breaks and punctuation aside: the search index sees only the words. */
const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const word = fc.stringMatching(/^[A-Za-zÆØÅæøå0-9][a-zæøå0-9.,-]{0,11}$/);
const title = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));

describe("demoPdf", () => {
  it("states the words that extracting its PDF gives, which search indexes", async () => {
    await fc.assert(
      fc.asyncProperty(title, async (t) => {
        const { bytes, text } = await demoPdf(t, "Eksempel Kommune");
        expect(words(await extractPdfText(bytes, "bilag.pdf"))).toEqual(words(text));
      }),
      { numRuns: 25 },
    );
  });
});
