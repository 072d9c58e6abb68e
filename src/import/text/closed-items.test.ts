import { describe, expect, it } from "vitest";
import { parseMinutesText } from "./parse-minutes.ts";

const minutes = (items: string) => `REFERAT Økonomiudvalget d. 12-03-2025

Mødedato Onsdag d. 12. marts 2025 kl. 16:00

Mødested Udvalgsværelset

${items}`;

describe("closed items in legacy minutes", () => {
  it("reads a 'Lukket punkt:' title with its reason and open decision, and strips the marker", () => {
    const parsed = parseMinutesText(
      minutes(`Punkt 1: Lukket punkt: Salg af grund på Vestvej

82.06.02-G00-4-25

Begrundelse for lukning

Sagen vedrører forhandlinger om salg af fast ejendom.

Sagsfremstilling

Køber har budt 12 mio. kr.

Åben beslutning

Salget blev godkendt.

Beslutning

Salget til højestbydende blev godkendt.`),
      "lukket.txt",
    );
    const item = parsed.items[0];
    expect(item?.title).toBe("Salg af grund på Vestvej");
    expect(item?.closed).toBe(true);
    expect(item?.closureReason).toBe("Sagen vedrører forhandlinger om salg af fast ejendom.");
    expect(item?.openDecision).toBe("Salget blev godkendt.");
    expect(item?.decision).toBe("Salget til højestbydende blev godkendt.");
  });

  it("treats an item whose text is only 'Lukket punkt.' as closed", () => {
    const parsed = parseMinutesText(
      minutes(`Punkt 1: Personalesag

81.03.00-G01-2-25

Sagsfremstilling

Lukket punkt.`),
      "lukket.txt",
    );
    expect(parsed.items[0]?.closed).toBe(true);
  });

  it("leaves ordinary items open", () => {
    const parsed = parseMinutesText(
      minutes(`Punkt 1: Orientering om lukketid i biblioteket

00.01.00-A00-1-25

Beslutning

Taget til efterretning.`),
      "aaben.txt",
    );
    expect(parsed.items[0]).toMatchObject({
      closed: false,
      closureReason: null,
      openDecision: null,
    });
  });

  it("takes the last of several committee decisions as the item's decision", () => {
    const parsed = parseMinutesText(
      minutes(`Punkt 1: Beslutning om lokalplan

01.02.05-P16-12-25

Beslutning i Økonomiudvalget den 5. marts 2025

Anbefales.

Beslutning i Kommunalbestyrelsen den 12. marts 2025

Godkendt.

Bilag:

Lokalplan 12`),
      "to-beslutninger.txt",
    );
    const item = parsed.items[0];
    expect(item?.decision).toBe("Godkendt.");
    expect(item?.sections.map((s) => s.heading)).toEqual([
      "Beslutning i Økonomiudvalget den 5. marts 2025",
      "Beslutning i Kommunalbestyrelsen den 12. marts 2025",
      "Bilag",
    ]);
    expect(item?.attachments).toEqual(["Lokalplan 12"]);
  });
});
