import { describe, expect, it } from "vitest";
import { asciiFileName, contentDisposition } from "./content-disposition.ts";

describe("contentDisposition", () => {
  it("gives a Danish name in UTF-8 and an ASCII fallback", () => {
    expect(contentDisposition("inline", "Bilag 1 - Økonomi på Åløkke.pdf")).toBe(
      "inline; filename=\"Bilag 1 - Oekonomi paa Aaloekke.pdf\"; filename*=UTF-8''Bilag%201%20-%20%C3%98konomi%20p%C3%A5%20%C3%85l%C3%B8kke.pdf",
    );
  });

  it("cannot be broken out of by quotes, semicolons, line breaks or percent signs", () => {
    const header = contentDisposition("attachment", 'a"; filename=evil.exe\r\n%41(1)*.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a_; filename=evil.exe___41(1)*.pdf"');
    expect(header).toContain(
      "filename*=UTF-8''a%22%3B%20filename%3Devil.exe%0D%0A%2541%281%29%2A.pdf",
    );
  });

  it("strips accents and falls back to a name when nothing ASCII is left", () => {
    expect(asciiFileName("Résumé.pdf")).toBe("Resume.pdf");
    expect(asciiFileName("预算")).toBe("__");
    expect(asciiFileName("   ")).toBe("bilag");
  });
});
