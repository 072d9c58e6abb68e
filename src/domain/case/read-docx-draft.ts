import { caseUi } from "../../i18n/da/case-ui.ts";
import { DomainError } from "../domain-error.ts";
import type { PmDoc, PmNode } from "../richtext/doc.ts";
import { docToText } from "../richtext/doc-to-text.ts";
import { docxToDoc } from "../richtext/docx-to-doc.ts";
import { checkDocxSize } from "./check-docx-size.ts";

const m = caseUi.word;
/** The largest Word draft read: the same as a bilag. */
export const MAX_DOCX_BYTES = 25 * 1024 * 1024;

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase().replace(/[:.]$/, "");

/** Headings inside a field keep their order but start at level 1 (two levels in a field). */
function relevel(nodes: PmNode[]): PmNode[] {
  const levels = [
    ...new Set(nodes.filter((n) => n.type === "heading").map((n) => Number(n.attrs?.level ?? 1))),
  ].sort((a, b) => a - b);
  return nodes.map((n) =>
    n.type === "heading"
      ? { ...n, attrs: { level: Math.min(2, levels.indexOf(Number(n.attrs?.level ?? 1)) + 1) } }
      : n,
  );
}

/**
 * A Word draft split into the case's fields: the text under a heading that names a field
 * (»Sagsfremstilling«, »Økonomi:«) goes into that field; text before the first such heading
 * (an exported case's title and facts) is left out. A document without field headings goes
 * into the first text field. Refuses files that
 * are not DOCX, too big, or unpack to too much (a zip bomb), with a Danish message.
 */
export async function readDocxDraft(
  bytes: Uint8Array,
  fields: { key: string; label: string; kind: string }[],
  /** Headings to leave out: the case's title and committee, as an exported case starts. */
  skip: string[] = [],
  /**
   * A heading (level 1-3, as a field's) after which nothing is read: the list of bilag an
   * exported case ends with. A field of that name is still read.
   */
  end?: string,
): Promise<{ key: string; doc: PmDoc }[]> {
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new DomainError("invalid", m.tooLarge(MAX_DOCX_BYTES / 1024 / 1024));
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = checkDocxSize(buf);
  if (!size.ok) {
    throw new DomainError("invalid", size.reason === "too-large" ? m.unpackedTooLarge : m.notDocx);
  }
  let doc: PmDoc;
  try {
    doc = await docxToDoc(buf);
  } catch {
    throw new DomainError("invalid", m.notDocx);
  }
  if (docToText(doc).trim() === "") throw new DomainError("invalid", m.noText);
  const byLabel = new Map(fields.map((f) => [norm(f.label), f.key]));
  const first = fields.find((f) => f.kind !== "recommendations") ?? fields[0];
  const parts = new Map<string, PmNode[]>();
  const preamble: PmNode[] = [];
  let current: string | null = null;
  const skipped = new Set(skip.map(norm));
  const ends = (node: PmNode, text: string) =>
    end !== undefined &&
    node.type === "heading" &&
    Number(node.attrs?.level ?? 1) <= 3 &&
    text === norm(end);
  for (const node of doc.content) {
    const text = norm(docToText({ type: "doc", content: [node] }));
    if (node.type === "heading" && skipped.has(text)) continue;
    const key =
      node.type === "heading" || node.type === "paragraph" ? byLabel.get(text) : undefined;
    if (key === undefined && ends(node, text)) break;
    if (key !== undefined) {
      current = key;
      if (!parts.has(key)) parts.set(key, []);
    } else if (current === null) preamble.push(node);
    else parts.get(current)?.push(node);
  }
  // Without field headings everything goes into the first text field; with them, what comes
  // before the first one is the title and facts of an exported case, and is left out.
  if (current === null && first) parts.set(first.key, preamble);
  return [...parts]
    .filter(([key, nodes]) => key !== "" && nodes.length > 0)
    .map(([key, nodes]) => ({ key, doc: { type: "doc", content: relevel(nodes) } }));
}
