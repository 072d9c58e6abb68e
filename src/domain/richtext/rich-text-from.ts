import type { PmDoc } from "./doc.ts";
import { docToText } from "./doc-to-text.ts";
import { textToDoc } from "./text-to-doc.ts";

/** Stored rich text for plain text: the document, and the plain text derived from it. */
export function richTextFrom(text: string): { doc: PmDoc; text: string } {
  const doc = textToDoc(text);
  return { doc, text: docToText(doc) };
}
