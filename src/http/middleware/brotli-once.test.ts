import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { brotliDecompressSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brotliFile, brotliOnce } from "./brotli-once.ts";

describe("brotliOnce", () => {
  it("gives back what unpacks to the text, the same bytes again", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 3000 }), async (body) => {
        // A text of its own per run, so the first call makes it and the second reads it.
        const text = `${randomBytes(8).toString("hex")} ${body}`;
        const first = await brotliOnce(text);
        expect(brotliDecompressSync(first).toString()).toBe(text);
        expect(existsSync(brotliFile(text))).toBe(true);
        expect(await brotliOnce(text)).toEqual(first);
        await rm(brotliFile(text), { force: true });
      }),
      { numRuns: 20 },
    );
  });
});
