import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tidyPastedHtml } from "./pasted-html.ts";
import { wordListsAsLists } from "./word-lists.ts";

/** What Word puts on the clipboard for one list entry. */
const wordEntry = (level: number, marker: string, text: string, position = "Middle") =>
  `<p class=MsoListParagraphCxSp${position} style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'>` +
  `<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}` +
  `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>` +
  `<![endif]>${text}<o:p></o:p></p>`;

/** Each <li>'s depth of lists around it, and whether its list is numbered. */
function listItems(html: string): { depth: number; ordered: boolean; text: string }[] {
  const found: { depth: number; ordered: boolean; text: string }[] = [];
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(ul|ol|li)>|<p>(.*?)<\/p>/g)) {
    if (m[3] !== undefined) {
      const last = found.at(-1);
      if (last && last.text === "") last.text = m[3].replace(/<[^>]*>/g, "");
    } else if (m[1] === "") {
      if (m[2] === "li") {
        found.push({ depth: stack.length, ordered: stack.at(-1) === "ol", text: "" });
      } else stack.push(m[2] as string);
    } else if (m[2] !== "li") stack.pop();
  }
  return found;
}

const entry = fc.record({
  step: fc.integer({ min: -2, max: 1 }),
  ordered: fc.boolean(),
  text: fc.stringMatching(/^[A-Za-zæøå][a-zæøå ]{0,15}$/),
});

describe("a list pasted from Word", () => {
  it("becomes nested lists, each entry at its level, bulleted or numbered as its marker says", () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), (entries) => {
        let level = 1;
        const numbers = new Map<number, number>();
        // Word's lists start at level 1 and go at most one level deeper at a time.
        const planned = entries.map((e, i) => {
          level = i === 0 ? 1 : Math.max(1, Math.min(level + e.step, 3));
          const n = (numbers.get(level) ?? 0) + 1;
          numbers.set(level, n);
          return { level, ordered: e.ordered, text: e.text, marker: e.ordered ? `${n}.` : "·" };
        });
        const pasted = `<p class=MsoNormal>Før listen</p>\n${planned
          .map((e) => wordEntry(e.level, e.marker, e.text))
          .join("\n")}\n<p class=MsoNormal>Efter listen</p>`;
        const lists = wordListsAsLists(pasted);
        expect(listItems(lists)).toEqual(
          planned.map((e) => ({
            depth: e.level,
            ordered: e.ordered,
            text: `${e.text}<o:p></o:p>`.replace(/<[^>]*>/g, ""),
          })),
        );
        expect(lists.startsWith("<p class=MsoNormal>Før listen</p>\n<")).toBe(true);
        expect(lists.endsWith("\n<p class=MsoNormal>Efter listen</p>")).toBe(true);
        expect(lists).not.toContain("supportLists");
      }),
      { numRuns: 300 },
    );
  });

  it("keeps Word's own paste of a bulleted list as one list without its bullet characters", () => {
    const pasted = [
      wordEntry(1, "·", "Første punkt", "First"),
      wordEntry(2, "o", "Under første"),
      wordEntry(1, "·", "Andet punkt", "Last"),
    ].join("\r\n");
    const tidy = tidyPastedHtml(pasted);
    expect(tidy.replace(/\s/g, "")).toBe(
      "<ul><li><p>Førstepunkt<o:p></o:p></p><ul><li><p>Underførste<o:p></o:p></p></li></ul></li><li><p>Andetpunkt<o:p></o:p></p></li></ul>",
    );
  });

  it("leaves HTML without Word's lists as it was", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (html) => {
        if (html.includes("mso-list")) return;
        expect(wordListsAsLists(html)).toBe(html);
      }),
    );
  });
});

describe("Word's spacing pasted", () => {
  it("turns a tab into a space and drops the empty paragraphs Word keeps for space", () => {
    const pasted =
      "<p class=MsoNormal>Borgerne.<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp; </span>Borgerens<o:p></o:p></p>\r\n" +
      "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\r\n<p class=MsoNormal>Næste afsnit</p>";
    expect(tidyPastedHtml(pasted)).toBe(
      "<p class=MsoNormal>Borgerne. Borgerens<o:p></o:p></p>\r\n\r\n<p class=MsoNormal>Næste afsnit</p>",
    );
  });
});
