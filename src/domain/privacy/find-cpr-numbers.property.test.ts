import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSeed, SEED_FILES } from "../../../test/fixtures/import/seeds.ts";
import { findCprNumbers } from "./find-cpr-numbers.ts";
import { CPR_MASK, maskCprNode, maskCprText } from "./mask-cpr-numbers.ts";

const RUNS = { numRuns: 300 };
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The century rule written out as the CPR office's table, independent of the module. */
const yearOf = (yy: number, seventh: number) =>
  seventh <= 3
    ? 1900 + yy
    : seventh === 4 || seventh === 9
      ? (yy <= 36 ? 2000 : 1900) + yy
      : (yy <= 57 ? 2000 : 1800) + yy;

/** Ten digits of a CPR number with a real birth date. */
const validDigits = fc
  .record({
    yy: fc.integer({ min: 0, max: 99 }),
    seventh: fc.integer({ min: 0, max: 9 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    rest: fc.integer({ min: 0, max: 999 }),
  })
  .filter(({ yy, seventh, month, day }) => {
    const year = yearOf(yy, seventh);
    const days = month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return day <= days;
  })
  .map(
    ({ yy, seventh, month, day, rest }) =>
      `${pad(day, 2)}${pad(month, 2)}${pad(yy, 2)}${seventh}${pad(rest, 3)}`,
  );

const written = (digits: string, sep: string) => `${digits.slice(0, 6)}${sep}${digits.slice(6)}`;
const validCpr = fc
  .tuple(validDigits, fc.constantFrom("-", "", " ", "–", "\u00a0"))
  .map(([d, sep]) => ({
    digits: d,
    text: written(d, sep),
  }));

/** Danish words without digits, with the punctuation minutes have. */
const word = fc.oneof(
  fc.constantFrom(
    "Kommunalbestyrelsen",
    "godkender",
    "at",
    "borgeren",
    "på",
    "Ørestads",
    "Allé",
    "sagen",
    "bevilling",
    "kr.",
    "jf.",
    "§",
    "vedr.",
    "CPR-nr.:",
    "født",
    "(bilag",
    "»citat«",
    "–",
    "og",
  ),
  fc.string({
    unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzæøåÆØÅ.,;:()!?»«-"),
    minLength: 1,
    maxLength: 8,
  }),
);
const textAround = fc.array(word, { maxLength: 8 }).map((w) => w.join(" "));
/** A separator that keeps a number on its own: spaces, newlines, brackets, quotes, colons. */
const edge = fc.constantFrom(" ", "\n", " (", ") ", ": ", " »", "« ", ", ", ". ");

/** Numbers that look like CPR numbers but are not. */
const lookAlike = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
      fc.integer({ min: 10, max: 99 }),
    )
    .chain(([a, b, c, d]) =>
      fc.constantFrom(`+45 ${a} ${b} ${c} ${d}`, `${a} ${b} ${c} ${d}`, `${a}${b}${c}${d}`),
    ),
  fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom("A", "G", "P"),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 0, max: 99 }),
    )
    .map(([a, b, l, c, s, y]) => `${pad(a, 2)}.${pad(b, 2)}.00-${l}${pad(c, 2)}-${s}-${pad(y, 2)}`),
  fc.integer({ min: 0, max: 999_999 }).map((n) => `sagsnr. 2021-${pad(n, 6)}`),
  validDigits.map((d) => `${d.slice(0, 2)}.${d.slice(2, 4)}.20${d.slice(4, 6)}`),
  validDigits.map((d) => d.slice(0, 6)),
  fc.integer({ min: 1_000_000, max: 999_999_999 }).map((n) => `${n.toLocaleString("da-DK")} kr.`),
  fc
    .integer({ min: 1_000_000, max: 999_999_999 })
    .map((n) => `${String(n).replace(/\B(?=(\d{3})+$)/g, " ")},50`),
  // Ten digits whose date cannot exist: day 00 or 32-99, or month 00 or 13-99.
  fc
    .tuple(
      fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })),
      fc.integer({ min: 0, max: 99_999_999 }),
    )
    .map(([day, rest]) => `${pad(day, 2)}${pad(rest, 8)}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 28 }),
      fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
      fc.integer({ min: 0, max: 999_999 }),
    )
    .map(([day, month, rest]) => `${pad(day, 2)}${pad(month, 2)}${pad(rest, 6)}`),
  // Valid CPR digits glued into longer numbers.
  fc
    .tuple(validDigits, fc.integer({ min: 0, max: 9 }))
    .chain(([d, x]) =>
      fc.constantFrom(
        `${x}${d}`,
        `${d}${x}`,
        `1234-${d}`,
        `${d}-${x}`,
        `${written(d, "-")}${x}`,
        `${x}${written(d, "-")}`,
        `${x} ${written(d, " ")}`,
        `${written(d, " ")} ${x}`,
        `${d},${x}`,
      ),
    ),
  fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => `CVR ${n}`),
  fc
    .tuple(
      fc.integer({ min: 100_000, max: 999_999 }),
      fc.integer({ min: 1_000_000, max: 9_999_999 }),
    )
    .map(([a, b]) => `EAN ${a}${b}`),
);

describe("findCprNumbers, for any text", () => {
  it("finds every valid CPR number in any of its forms, embedded in Danish text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(textAround, edge, validCpr, edge)),
        textAround,
        (parts, tail) => {
          const text = parts.map(([t, a, c, b]) => `${t}${a}${c.text}${b}`).join("") + tail;
          expect(findCprNumbers(text).map((f) => f.digits)).toEqual(
            parts.map(([, , c]) => c.digits),
          );
        },
      ),
      RUNS,
    );
  });

  it("leaves look-alikes alone", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(textAround, edge, lookAlike, edge)), (parts) => {
        const text = parts.map(([t, a, l, b]) => `${t}${a}${l}${b}`).join("");
        expect(findCprNumbers(text)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("masking removes every found number and changes nothing else", () => {
    const piece = fc.oneof(
      textAround,
      validCpr.map((c) => c.text),
      lookAlike,
      edge,
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(" ");
        const found = findCprNumbers(text);
        const masked = maskCprText(text);
        expect(findCprNumbers(masked)).toEqual([]);
        // Cut at the findings, the rest is untouched and each number became the mask.
        const kept: string[] = [];
        let at = 0;
        for (const f of found) {
          kept.push(text.slice(at, f.start));
          at = f.end;
        }
        kept.push(text.slice(at));
        expect(masked).toBe(kept.join(CPR_MASK));
      }),
      RUNS,
    );
  });

  it("masks rich text like plain text, also where marks split a number", () => {
    const piece = fc.oneof(
      textAround,
      validCpr.map((c) => c.text),
      lookAlike,
      edge,
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (pieces, cutsAt) => {
          const text = pieces.join(" ");
          const cuts = [...new Set(cutsAt.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const bounds = [0, ...cuts, text.length];
          const nodes = bounds
            .slice(1)
            .map((end, i) => ({
              type: "text",
              text: text.slice(bounds[i], end),
              ...(i % 2 ? { marks: [{ type: "bold" as const }] } : {}),
            }))
            .filter((n) => n.text);
          const doc = { type: "doc" as const, content: [{ type: "paragraph", content: nodes }] };
          const masked = maskCprNode(doc);
          const [para] = masked.content as { content?: { text?: string }[] }[];
          const joined = (para?.content ?? []).map((n) => n.text).join("");
          expect(joined).toBe(maskCprText(text));
        },
      ),
      RUNS,
    );
  });
});

describe("real minutes", () => {
  it.each(Object.values(SEED_FILES))("finds no CPR number in seed %s", (name) => {
    expect(findCprNumbers(readSeed(name))).toEqual([]);
  });
});
