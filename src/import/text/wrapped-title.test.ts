import { describe, expect, it } from "vitest";
import { parseMinutesText } from "./parse-minutes.ts";

const minutes = (item: string) => `REFERAT Chefforum d. 25-11-2021

Mødedato Torsdag d. 25. november 2021 kl. 09:00

Mødested Mødelokale 1

${item}

Anledning

Tekst.

Beslutning

Godkendt.`;

describe("item titles that wrap", () => {
  it("joins a title continued after a blank line when the journal number follows", () => {
    const parsed = parseMinutesText(
      minutes(
        "Punkt 1: CF - Godkendelse af dagsorden og referat fra seneste\n\nmøde\n00.01.00-A21-2-20",
      ),
      "a.txt",
    );
    expect(parsed.items[0]?.title).toBe(
      "CF - Godkendelse af dagsorden og referat fra seneste møde",
    );
    expect(parsed.items[0]?.journalNumber).toBe("00.01.00-A21-2-20");
    expect(parsed.items[0]?.sections.map((s) => s.heading)).toEqual(["Anledning", "Beslutning"]);
  });

  it("undoes a hyphenation at the end of a title line", () => {
    const parsed = parseMinutesText(
      minutes(
        "Punkt 1: CF - Albertslund Kommunes kommende uddannelses-\nstrategi\n81.07.02-A00-1-21",
      ),
      "b.txt",
    );
    expect(parsed.items[0]?.title).toBe("CF - Albertslund Kommunes kommende uddannelsesstrategi");
  });

  it("keeps a first paragraph that is not followed by a journal number as text", () => {
    const parsed = parseMinutesText(
      minutes("Punkt 1: Eventuelt\n\nIntet.\n\nMere tekst her."),
      "c.txt",
    );
    expect(parsed.items[0]?.title).toBe("Eventuelt");
    expect(parsed.items[0]?.sections[0]?.text).toContain("Intet.");
  });
});
