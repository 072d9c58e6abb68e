import { writingMessages } from "../../i18n/da/writing.ts";
import type { PmDoc, PmNode } from "../richtext/doc.ts";
import { findLinks } from "./find-links.ts";
import { inlineText, walkDoc } from "./text-blocks.ts";

export type AccessibilityRule =
  | "fake-heading"
  | "skipped-heading-level"
  | "empty-heading"
  | "image-alt"
  | "link-text"
  | "table-header";

export interface AccessibilityFinding {
  rule: AccessibilityRule;
  /** Danish, for the author. */
  message: string;
  /** Child indices from the document to the node. */
  path: number[];
  /** Offset in the block's text, for findings inside a paragraph (a link). */
  offset?: number;
}

const m = writingMessages.rules;
/** A fake heading is short: at most this many words. */
const FAKE_HEADING_WORDS = 12;

/** Whether every non-blank text of a paragraph carries the mark: a whole paragraph in bold. */
function wholly(node: PmNode, mark: "bold" | "italic"): boolean {
  const texts = (node.content ?? []).filter((n) => n.type === "text" && n.text?.trim());
  return texts.length > 0 && texts.every((n) => n.marks?.some((k) => k.type === mark));
}

function fakeHeading(node: PmNode, next: PmNode | undefined): string | null {
  if (node.type !== "paragraph" || !next || next.type === "heading") return null;
  if (!wholly(node, "bold") && !wholly(node, "italic")) return null;
  const text = inlineText(node).replace(/\s+/g, " ").trim();
  if (/[.!?]$/.test(text) || text.split(" ").length > FAKE_HEADING_WORDS) return null;
  return inlineText(next).trim() !== "" || next.type !== "paragraph" ? text : null;
}

function hasHeaderRow(table: PmNode): boolean {
  const rows = table.content ?? [];
  const firstRow = rows[0]?.content ?? [];
  if (firstRow.some((cell) => cell.type === "tableHeader")) return true;
  // Row headers instead: the first cell of every row is a header cell.
  return rows.length > 0 && rows.every((row) => row.content?.[0]?.type === "tableHeader");
}

/**
 * The accessibility rules for a case text (WCAG 1.1.1, 1.3.1, 2.4.4, 2.4.6): headings that
 * are only bold or italic, skipped or empty headings, images without alternative text,
 * links that say "her" or show a web address with a path, and tables without header cells.
 */
export function checkAccessibility(doc: PmDoc): AccessibilityFinding[] {
  const findings: AccessibilityFinding[] = [];
  let level = 0; // a field's first heading is level 1 (shown below the field's own label)
  walkDoc(doc, (node, path, parent) => {
    if (node.type === "heading") {
      const to = Number(node.attrs?.level ?? 1);
      if (to > level + 1) {
        findings.push({
          rule: "skipped-heading-level",
          message: m["skipped-heading-level"](level, to),
          path,
        });
      }
      level = to;
      const hasImage = (node.content ?? []).some((n) => n.type === "image");
      if (inlineText(node).trim() === "" && !hasImage) {
        findings.push({ rule: "empty-heading", message: m["empty-heading"], path });
      }
    } else if (node.type === "image") {
      const alt = node.attrs?.alt;
      if (typeof alt !== "string" || alt.trim() === "") {
        findings.push({ rule: "image-alt", message: m["image-alt"], path });
      }
    } else if (node.type === "table" && !hasHeaderRow(node)) {
      findings.push({ rule: "table-header", message: m["table-header"], path });
    } else if (node.type === "paragraph" && parent.type === "doc") {
      const text = fakeHeading(node, parent.content?.[(path.at(-1) ?? 0) + 1]);
      if (text) findings.push({ rule: "fake-heading", message: m["fake-heading"](text), path });
    }
    if (node.type === "paragraph" || node.type === "heading") {
      for (const link of findLinks(node)) {
        if (!link.vague) continue;
        findings.push({
          rule: "link-text",
          message: m["link-text"](link.text),
          path,
          offset: link.offset,
        });
      }
    }
  });
  return findings;
}
