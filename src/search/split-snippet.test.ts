import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CPR_MASK } from "../domain/privacy/mask-cpr-numbers.ts";
import {
  EDGE_CHARS,
  FRAGMENT_DELIMITER,
  MARK_END,
  MARK_START,
  type SnippetPart,
  splitSnippet,
  withEllipses,
} from "./split-snippet.ts";

const word = fc.constantFrom("klage", "CPR-nummer", "borgeren", "Ankestyrelsen", "12");
const token = fc.oneof(word, fc.constant(CPR_MASK));
const punctuation = fc.constantFrom(" ", ", ", ". ", "\n");

/** A text of words, some of them masked numbers, and where each word part begins and ends. */
const body = fc
  .array(fc.tuple(token, punctuation), { minLength: 1, maxLength: 30 })
  .map((parts) => {
    let text = "";
    const starts: number[] = [];
    const ends: number[] = [];
    for (const [t, p] of parts) {
      for (const piece of t.split("-")) {
        starts.push(text.length);
        text += piece;
        ends.push(text.length);
        text += "-";
      }
      text = text.slice(0, -1) + p;
    }
    return { text, starts, ends };
  });

/** Runs of X outside whole masks: pieces of a number. */
const partialMasks = (text: string) =>
  text
    .replaceAll(CPR_MASK, "")
    .split(/[^X]+/)
    .filter((run) => run !== "");

describe("splitSnippet", () => {
  it("shows a masked number whole where a fragment begins or ends inside it", () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(), fc.nat(), (b, i, j, k) => {
        // Two fragments as ts_headline cuts them: from the start of a word part to the end of one.
        const from = b.starts[i % b.starts.length] as number;
        const to = Math.max(from, b.ends[j % b.ends.length] as number);
        const second = b.starts[k % b.starts.length] as number;
        const headline = [b.text.slice(from, to), b.text.slice(second)].join(FRAGMENT_DELIMITER);
        const shown = splitSnippet(headline)
          .map((p) => p.text)
          .join("");
        // Only whole masks, and nothing but the rest of a mask is added.
        expect(partialMasks(shown)).toEqual([]);
        expect(shown.replace(/X|-/g, "")).toBe(headline.replace(/X|-/g, ""));
      }),
    );
  });

  it("answers highlighted words as hits and the rest as text", () => {
    expect(splitSnippet(`Beslutning: ${MARK_START}Tiltrådt${MARK_END}.`)).toEqual([
      { text: "Beslutning: ", hit: false },
      { text: "Tiltrådt", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("completes a number cut at the fragment's start or end", () => {
    const cut = `XXXX, som har klaget${FRAGMENT_DELIMITER}borgeren med nummer XXXXXX`;
    expect(splitSnippet(cut).map((p) => p.text)).toEqual([
      `${CPR_MASK}, som har klaget${FRAGMENT_DELIMITER}borgeren med nummer ${CPR_MASK}`,
    ]);
  });
});

describe("withEllipses", () => {
  const body = "Punktet behandles for lukkede døre, da det angår en persons forhold. Det er alt.";
  const edges = [body.slice(0, EDGE_CHARS), body.slice(-EDGE_CHARS)] as const;
  const shown = (parts: SnippetPart[]) => parts.map((p) => p.text).join("");

  it("marks a snippet cut before the end, and one that starts inside the text", () => {
    const cut = withEllipses(
      [{ text: "Punktet behandles for lukkede døre, da det", hit: false }],
      ...edges,
    );
    expect(shown(cut)).toBe("Punktet behandles for lukkede døre, da det …");
    const inside = withEllipses(
      [{ text: "en persons forhold. Det er alt.", hit: false }],
      ...edges,
    );
    expect(shown(inside)).toBe("… en persons forhold. Det er alt.");
  });

  it("leaves the whole text as it is", () => {
    expect(shown(withEllipses([{ text: body, hit: false }], ...edges))).toBe(body);
  });
});
