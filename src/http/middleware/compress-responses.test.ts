import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accepts } from "./compress-responses.ts";

/** One coding of an Accept-Encoding header, as browsers, proxies and tools write them. */
const coding = fc.record({
  name: fc.constantFrom("gzip", "GZip", "br", "BR", "deflate", "zstd", "identity", "*"),
  q: fc.option(fc.constantFrom("0", "0.0", "0.001", "0.5", "1", "1.0"), { nil: undefined }),
  space: fc.constantFrom("", " ", "  "),
});

describe("accepts", () => {
  it("allows a coding when it is named with a q above 0, or not named and * is", () => {
    fc.assert(
      fc.property(
        fc.array(coding, { maxLength: 6 }),
        fc.constantFrom("gzip", "br"),
        (codings, wanted) => {
          const header = codings
            .map((c) => `${c.space}${c.name}${c.q === undefined ? "" : `;${c.space}q=${c.q}`}`)
            .join(",");
          const allowed = (c: (typeof codings)[number]) => c.q === undefined || Number(c.q) > 0;
          const named = codings.find((c) => c.name.toLowerCase() === wanted);
          const star = codings.filter((c) => c.name === "*").at(-1);
          const expected = named ? allowed(named) : star !== undefined && allowed(star);
          expect(accepts(header, wanted as "gzip" | "br")).toBe(expected);
        },
      ),
    );
  });

  it("reads a browser's header and a missing one", () => {
    expect(accepts("gzip, deflate, br, zstd", "gzip")).toBe(true);
    expect(accepts(undefined, "gzip")).toBe(false);
    expect(accepts("", "gzip")).toBe(false);
    expect(accepts("identity", "gzip")).toBe(false);
    expect(accepts("gzip, deflate, br, zstd", "br")).toBe(true);
    expect(accepts("gzip", "br")).toBe(false);
  });
});
