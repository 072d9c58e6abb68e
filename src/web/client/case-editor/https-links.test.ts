import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { httpsFor } from "./https-links.ts";

describe("httpsFor", () => {
  it("gives bare addresses https and leaves every written protocol alone", () => {
    expect(httpsFor("http://www.kk.dk", "www.kk.dk")).toBe("https://www.kk.dk");
    expect(httpsFor("http://kk.dk/politik", "kk.dk/politik")).toBe("https://kk.dk/politik");
    expect(httpsFor("http://www.kk.dk", "http://www.kk.dk")).toBeNull();
    expect(httpsFor("http://www.kk.dk", "kommunens side")).toBeNull();
    expect(httpsFor("https://www.kk.dk", "www.kk.dk")).toBeNull();
    expect(httpsFor("mailto:post@kk.dk", "post@kk.dk")).toBeNull();
  });

  it("turns http:// + the link's own text into https://, and nothing else (property)", () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (domain, path) => {
        const text = `${domain}${path}`;
        expect(httpsFor(`http://${text}`, text)).toBe(`https://${text}`);
        expect(httpsFor(`http://${text}`, `http://${text}`)).toBeNull();
        expect(httpsFor(`http://${text}`, `${text}x`)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
