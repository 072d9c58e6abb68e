import { type Extensions, Mark, mergeAttributes } from "@tiptap/core";
import Heading from "@tiptap/extension-heading";
import { Table, TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { HttpsLinks } from "./https-links.ts";
import { shouldAutoLink } from "./should-auto-link.ts";

/**
 * A comment on a text range: the mark carries the id of the comment thread anchored there
 * (stored as `{type:"comment", attrs:{id}}`, as the server's schema allows).
 */
export const CommentMark = Mark.create({
  name: "comment",
  inclusive: false,
  excludes: "",
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute("data-comment"),
        renderHTML: (attrs) => ({ "data-comment": attrs.id }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "mark[data-comment]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["mark", mergeAttributes({ class: "case-comment-mark" }, HTMLAttributes), 0];
  },
});

/**
 * Headings inside a field: levels 1 and 2 in the document, shown as h3 and h4 below the
 * field's own h2 heading. Pasted h1-h6 become one of the two levels.
 */
const FieldHeading = Heading.extend({
  parseHTML() {
    return [
      { tag: "h1", attrs: { level: 1 } },
      { tag: "h2", attrs: { level: 1 } },
      { tag: "h3", attrs: { level: 1 } },
      { tag: "h4", attrs: { level: 2 } },
      { tag: "h5", attrs: { level: 2 } },
      { tag: "h6", attrs: { level: 2 } },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.min(2, Math.max(1, Number(node.attrs.level ?? 1)));
    return [`h${level + 2}`, HTMLAttributes, 0];
  },
}).configure({ levels: [1, 2] });

/**
 * Tab moves to the next cell, but at the last cell it leaves the table and the editor, as Tab
 * does everywhere else; a new row comes from the toolbar's »Tilføj række«. (The library adds a
 * row instead, so a keyboard user could not Tab out of a table.) Shift+Tab in the first cell
 * leaves it backwards.
 */
const FieldTable = Table.extend({
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      Tab: () => this.editor.commands.goToNextCell(),
    };
  },
}).configure({ resizable: false });

/**
 * What a case field may hold, as the server's sanitiser allows it: paragraphs, two heading
 * levels, bold, italic, links, lists, quotes, tables with header cells, hard breaks and
 * comment marks. Anything else pasted is dropped by the schema (and again by the server).
 */
export function fieldExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        shouldAutoLink,
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    FieldHeading,
    TableKit.configure({ table: false }),
    FieldTable,
    CommentMark,
    HttpsLinks,
  ];
}
