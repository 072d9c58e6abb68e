import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { PmDoc } from "../../domain/richtext/doc.ts";
import { checkWriting, type WritingCheck } from "../../domain/writing/check-writing.ts";
import { createSpeller } from "../../domain/writing/create-speller.ts";
import { cliMessages } from "../../i18n/da/cli.ts";
import { writingMessages } from "../../i18n/da/writing.ts";
import { decodeText } from "../../import/decode-text.ts";
import { parseOptions } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";

const m = writingMessages.cli;
const FORMATS = [".txt", ".html", ".htm", ".docx"];

/** The file could not be read as what its name says; exit 1 with this message. */
class Unreadable extends Error {}

async function readDocument(path: string): Promise<PmDoc> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Unreadable(missing ? m.notFound(path) : m.unreadable(path));
  }
  const format = extname(path).toLowerCase();
  if (format === ".docx") {
    const { docxToDoc } = await import("../../domain/richtext/docx-to-doc.ts");
    return docxToDoc(buf).catch(() => {
      throw new Unreadable(m.notDocx(path));
    });
  }
  if (format === ".txt") {
    const { textToDoc } = await import("../../domain/richtext/text-to-doc.ts");
    return textToDoc(decodeText(buf));
  }
  const { htmlToDoc } = await import("../../domain/richtext/html-to-doc.ts");
  return htmlToDoc(decodeText(buf));
}

/** The contract for other tools: exactly these three keys at the top. */
function toJson(result: WritingCheck): string {
  return JSON.stringify({
    lix: result.lix.lix,
    spelling: result.spelling.map(({ word, suggestions, occurrences }) => ({
      word,
      suggestions,
      occurrences,
    })),
    accessibility: result.accessibility.map(({ rule, message, path, offset }) => ({
      rule,
      message,
      path,
      ...(offset === undefined ? {} : { offset }),
    })),
  });
}

const decimal = (n: number) =>
  n.toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function toReport(result: WritingCheck): string {
  const r = writingMessages.report;
  const { lix } = result;
  return [
    r.lix(decimal(lix.lix), writingMessages.lixScale[lix.scale], lix.words, lix.sentences),
    ...(result.fields.length > 1 ? result.fields : []).map((f) =>
      r.fieldLix(f.field, decimal(f.lix.lix), writingMessages.lixScale[f.lix.scale]),
    ),
    r.spellingHeader(result.spelling.length),
    ...result.spelling.map((s) => r.spellingItem(s.word, s.suggestions)),
    r.accessibilityHeader(result.accessibility.length),
    ...result.accessibility.map((a) => r.accessibilityItem(a.message)),
    ...(result.cpr.length ? [r.cprHeader(result.cpr.length)] : []),
    ...result.cpr.map((c) => r.cprItem(c.number)),
  ].join("\n");
}

/** `referat check [--json] FIL`: LIX, spelling and accessibility of a .txt, .html or .docx. */
export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: "boolean", default: false },
  });
  const [path, ...rest] = positionals;
  if (path === undefined || rest.length > 0) throw new UsageError(m.fileRequired);
  if (!FORMATS.includes(extname(path).toLowerCase())) throw new UsageError(m.unsupported(path));
  let doc: PmDoc;
  try {
    doc = await readDocument(path);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    console.error(cliMessages.failed(error.message));
    return 1;
  }
  const result = checkWriting(doc, await createSpeller());
  console.log(values.json ? toJson(result) : toReport(result));
  return 0;
}
