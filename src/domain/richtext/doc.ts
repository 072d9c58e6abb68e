import { canonicalJson } from "./canonical-json.ts";

/**
 * The stored rich-text form: ProseMirror JSON with TipTap's node and mark names, so the
 * editor reads it as it is. Plain text, HTML, PDF and DOCX are derived from it.
 */
export interface PmMark {
  type: "bold" | "italic" | "link" | "comment";
  /** link: href (http, https or mailto); comment: id of the comment thread anchored here. */
  attrs?: { href?: string; id?: string };
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: PmMark[];
}

export interface PmDoc {
  type: "doc";
  content: PmNode[];
}

export const textNode = (text: string): PmNode => ({ type: "text", text });

export const paragraph = (text: string): PmNode =>
  text ? { type: "paragraph", content: [textNode(text)] } : { type: "paragraph" };

/** Joins neighbouring text nodes with the same marks, as ProseMirror keeps them. */
export function mergeTextNodes(nodes: PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    const sameMarks = canonicalJson(last?.marks ?? []) === canonicalJson(node.marks ?? []);
    if (last?.type === "text" && node.type === "text" && sameMarks) {
      out[out.length - 1] = { ...last, text: (last.text ?? "") + (node.text ?? "") };
    } else out.push(node);
  }
  return out;
}
