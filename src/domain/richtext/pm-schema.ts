import { Schema } from "@tiptap/pm/model";

const cellAttrs = { colspan: { default: 1 }, rowspan: { default: 1 } };

/**
 * The stored rich text (rich-text-schema.ts) as a ProseMirror schema, for reading documents
 * back as ProseMirror nodes on the server (the changes between two revisions). The node and
 * mark names are TipTap's; content expressions are as loose as the sanitiser allows, so every
 * stored document reads back.
 */
export const richTextSchema = new Schema({
  nodes: {
    doc: { content: "block*" },
    paragraph: { group: "block", content: "inline*" },
    heading: { group: "block", content: "inline*", attrs: { level: { default: 1 } } },
    bulletList: { group: "block", content: "listItem*" },
    orderedList: { group: "block", content: "listItem*", attrs: { start: { default: 1 } } },
    listItem: { content: "block*" },
    blockquote: { group: "block", content: "block*" },
    table: { group: "block", content: "tableRow*" },
    tableRow: { content: "(tableCell | tableHeader)*" },
    tableCell: { content: "block*", attrs: cellAttrs },
    tableHeader: { content: "block*", attrs: cellAttrs },
    text: { group: "inline" },
    hardBreak: { group: "inline", inline: true },
  },
  marks: {
    bold: {},
    italic: {},
    link: { attrs: { href: { default: "" } } },
    comment: { attrs: { id: { default: null } }, excludes: "" },
  },
});
