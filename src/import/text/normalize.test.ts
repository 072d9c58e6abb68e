import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLines } from "./normalize.ts";

/** How dot leaders were closed up before: right, but quadratic on a long line of dots. */
const LEADER = /(?:\s?\.){4,}(?=\s*\d+$)/;
const closedByExpression = (line: string) =>
  LEADER.test(line) ? line.replace(LEADER, (dots) => ` ${dots.replace(/\s/g, "")}`) : line;

describe("toLines", () => {
  it("closes up spaced dot leaders before a page number", () => {
    expect(toLines("Punkt 1. Budget . . . . . 12\r\nIndhold .... 3")).toEqual([
      "Punkt 1. Budget ..... 12",
      "Indhold .... 3",
    ]);
    expect(toLines("Kun . . . tre 4")).toEqual(["Kun . . . tre 4"]);
  });

  it("closes up any line as the expression did", () => {
    const char = fc.constantFrom(".", ".", " ", "\t", "1", "9", "a", "\u2003");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((cs) => cs.join("")),
        (line) => {
          expect(toLines(line)).toEqual([closedByExpression(line.trimEnd())]);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads a line of a million dots and digits whole", () => {
    const dots = `${". ".repeat(500_000)}x`;
    const digits = `${"1".repeat(1_000_000)}x`;
    expect(toLines(`${dots}\n${digits}`)).toEqual([dots.trimEnd(), digits]);
  });
});
