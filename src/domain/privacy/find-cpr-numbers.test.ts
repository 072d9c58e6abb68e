import { describe, expect, it } from "vitest";
import { birthYear, cprBirthDate, findCprNumbers, holdsModulus11 } from "./find-cpr-numbers.ts";

const digitsIn = (text: string) => findCprNumbers(text).map((f) => f.digits);

describe("findCprNumbers: the three forms", () => {
  it("finds DDMMYY-SSSS, DDMMYYSSSS and DDMMYY SSSS with their offsets", () => {
    const text = "Borger 120389-1234, søster 1203891235 og bror 120389 1236.";
    const found = findCprNumbers(text);
    expect(found.map((f) => [f.digits, f.form])).toEqual([
      ["1203891234", "hyphen"],
      ["1203891235", "compact"],
      ["1203891236", "space"],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end).replace(/\D/g, "")).toBe(f.digits);
  });

  it("accepts the dashes and spaces Word puts in (en dash, non-breaking hyphen and space)", () => {
    expect(digitsIn("cpr 120389–1234 og 120389\u20111234 og 120389\u00a01234")).toHaveLength(3);
  });

  it("finds numbers after labels and inside punctuation", () => {
    for (const text of [
      "CPR-nr.: 010203-4321",
      "cpr.nr.010203-4321",
      "(010203-4321)",
      "»0102034321«",
      "nr. 010203 4321;",
      "010203-4321",
    ]) {
      expect(digitsIn(text), text).toEqual(["0102034321"]);
    }
  });

  it("says whether modulus 11 holds", () => {
    // 0*4 + 7*3 + 0*2 + 7*7 + 6*6 + 1*5 + 4*4 + 2*3 + 8*2 + 5*1 = 154 = 14 * 11
    const [valid] = findCprNumbers("070761-4285");
    expect(valid?.modulus11).toBe(true);
    const [invalid] = findCprNumbers("070761-4286");
    expect(invalid?.modulus11).toBe(false);
    expect(valid?.birthDate).toBe("1961-07-07");
  });
});

describe("the date and its century", () => {
  it("takes the century from the 7th digit", () => {
    expect(birthYear(36, 4)).toBe(2036);
    expect(birthYear(37, 4)).toBe(1937);
    expect(birthYear(36, 9)).toBe(2036);
    expect(birthYear(57, 5)).toBe(2057);
    expect(birthYear(58, 8)).toBe(1858);
    expect(birthYear(99, 3)).toBe(1999);
    expect(birthYear(0, 0)).toBe(1900);
  });

  it("accepts 29 February only in leap years of that century", () => {
    expect(cprBirthDate("2902001234")).toBeNull(); // 1900 is no leap year
    expect(cprBirthDate("2902004234")).toBe("2000-02-29");
    expect(cprBirthDate("2902961234")).toBe("1996-02-29");
    expect(cprBirthDate("2902971234")).toBeNull();
    expect(cprBirthDate("2902045234")).toBe("2004-02-29");
    expect(cprBirthDate("2902605234")).toBe("1860-02-29");
    expect(cprBirthDate("2902006234")).toBe("2000-02-29");
  });

  it("refuses days that do not exist", () => {
    for (const d of ["0001891234", "3201891234", "3104891234", "3106891234"]) {
      expect(cprBirthDate(d), d).toBeNull();
    }
    expect(cprBirthDate("3112891234")).toBe("1989-12-31");
    expect(cprBirthDate("0113891234")).toBeNull();
    expect(cprBirthDate("0100891234")).toBeNull();
  });

  it("computes modulus 11 with weights 4,3,2,7,6,5,4,3,2,1", () => {
    expect(holdsModulus11("0000000000")).toBe(true);
    expect(holdsModulus11("1000000004")).toBe(false);
    // 4*1 + 1*7 = 11
    expect(holdsModulus11("1000000007")).toBe(true);
  });
});

describe("look-alikes stay alone", () => {
  it.each([
    ["phone with country code", "Ring på +45 12 34 56 78 i dag"],
    ["phone spaced", "tlf. 12 34 56 78"],
    ["phone compact", "tlf. 12345678"],
    ["phone with +45 glued", "+451203891234"],
    ["journal number", "Sagsnr. 00.01.00-A00-1-21"],
    ["journal number G01", "27.00.00-G01-3-19"],
    ["case number", "sagsnr. 2021-012345"],
    ["date with dots", "mødet 12.03.2025 kl. 9.30"],
    ["date compact", "version 120325"],
    ["amount with dots", "1.234.567 kr."],
    ["amount with spaces", "1 234 567,50 kr."],
    ["ten digits without a date", "ordre 3213456789"],
    ["eleven digits", "12038912345"],
    ["valid cpr glued into longer run on the left", "91203891234"],
    ["account number", "konto 1234-1203891234"],
    ["IBAN", "DK5000400440116243 og DK50 0040 0440 1162 43"],
    ["account with dots", "reg. 1234.1203891234"],
    ["decimal", "1203891234,50"],
    ["hyphenated longer", "120389-1234-5"],
    ["spaced longer", "120389 1234 56"],
    ["spaced group before", "12 120389 1234"],
    ["CVR", "CVR 12345678"],
    ["EAN", "EAN 5798000012345 og 5712038912345"],
    ["glued to letters", "ref A1203891234 og 1203891234B"],
  ])("%s", (_, text) => {
    expect(findCprNumbers(text)).toEqual([]);
  });
});
