import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every regular expression written in the source runs in linear time, whatever the text: one
 * that backtracks on a long run of spaces, dots or letters lets a single form, paste or import
 * hold the server for seconds or minutes (ReDoS). recheck analyses each literal and names an
 * attack string when there is one.
 */

interface Literal {
  where: string;
  source: string;
  flags: string;
}

/**
 * Literals recheck calls super-linear that are not, with why. Its analysis leaves out
 * lookbehinds; each of these may start only where a name starts, so a run is read once.
 */
const LINEAR_BY_LOOKBEHIND = new Set([
  // File and domain names: 760 001 characters of "l.l.l…" are read in about 10 ms.
  "src/domain/writing/tokenize-text.ts: (?<![\\p{L}\\p{N}_-]|[\\p{L}\\p{N}_-]\\.)[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.(?:dk|com|org|net|eu|io|pptx?|docx?|xlsx?|pdf|txt|csv|html?|zip|png|jpe?g)\\b",
]);

function literalsIn(file: string): Literal[] {
  const text = readFileSync(file, "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf("/");
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({
        where: `${file}:${line}`,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = execFileSync("git", [
  "ls-files",
  "src/*.ts",
  "src/*.tsx",
  "src/**/*.ts",
  "src/**/*.tsx",
])
  .toString()
  .split("\n")
  .filter((f) => f !== "" && !/\.test\.tsx?$/.test(f));

describe("regular expressions in the source", () => {
  it("are found", () => {
    // A parse that found nothing would pass the check below without checking anything.
    expect(literalsIn("src/import/text/item-starts.ts").length).toBeGreaterThan(0);
  });

  it("run in linear time on any input", async () => {
    const literals = [...new Set(files)].flatMap(literalsIn);
    expect(literals.length).toBeGreaterThan(200);
    const slow: string[] = [];
    for (const literal of literals) {
      const key = `${literal.where.replace(/:\d+$/, "")}: ${literal.source}`;
      if (LINEAR_BY_LOOKBEHIND.has(key)) continue;
      const result = await check(literal.source, literal.flags, { timeout: 10_000 });
      if (result.status === "vulnerable") {
        slow.push(`${literal.where} /${literal.source}/${literal.flags}: ${result.attack.pattern}`);
      }
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
