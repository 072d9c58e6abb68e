import { describe, expect, it } from "vitest";
import { isJournalNumber, journalNumberFromLine, KLE_JOURNAL_NUMBER } from "./journal-number.ts";

describe("KLE journal numbers", () => {
  it.each([
    "00.01.00-A21-2-20",
    "88.00.00-G01-46-21",
    "00.00.00-A00-10-20",
    "85.02.01-A26-1-2020",
    "00.15.00-Æ00-1-23",
    "27.00.00-Ø54-123-24",
    "01.02.03-Å12-7-25",
  ])("accepts %s", (value) => {
    expect(isJournalNumber(value)).toBe(true);
  });

  it.each([
    "00.01.00-a21-2-20",
    "00.01.00-A2-2-20",
    "00.01-A21-2-20",
    "00.01.00-A21-2-202",
    "00.01.00-A21-2-20 ekstra",
    "00.01.00-AB1-2-20",
    "",
  ])("rejects %j", (value) => {
    expect(isJournalNumber(value)).toBe(false);
  });

  it("tolerates a Sagsnr./Journalnr. label on the line", () => {
    expect(journalNumberFromLine("Sagsnr.: 00.01.00-A21-2-20")).toBe("00.01.00-A21-2-20");
    expect(journalNumberFromLine("Sagsnr. 81.07.02-A00-1-21")).toBe("81.07.02-A00-1-21");
    expect(journalNumberFromLine("Journalnr. 00.15.00-Ø01-2-21")).toBe("00.15.00-Ø01-2-21");
    expect(journalNumberFromLine("  00.01.00-A21-2-20  ")).toBe("00.01.00-A21-2-20");
    expect(journalNumberFromLine("Se sag 00.01.00-A21-2-20")).toBeNull();
  });

  it("exports an anchored pattern for validation elsewhere", () => {
    expect(KLE_JOURNAL_NUMBER.test("x00.01.00-A21-2-20")).toBe(false);
  });
});
