import { Editor } from "@tiptap/core";
import { fieldExtensions } from "./extensions.ts";
import { announcer, type FieldEditor, parseDoc } from "./field-editor.ts";
import { createToolbar } from "./toolbar.ts";

/** A read-only view does not follow the page's selection: read it from the page. */
function domRange(editor: Editor): { from: number; to: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const dom = editor.view.dom;
  if (!dom.contains(range.startContainer) || !dom.contains(range.endContainer)) return null;
  try {
    const a = editor.view.posAtDOM(range.startContainer, range.startOffset);
    const b = editor.view.posAtDOM(range.endContainer, range.endOffset);
    return a === b ? null : { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}

/**
 * A field someone may comment on but not edit: the text (as the server rendered it) becomes
 * a read-only editor, so a range can be marked and commented with the "Kommentér" button.
 */
export function createReadonlyField(
  box: HTMLElement,
  onComment: (field: FieldEditor) => void,
): FieldEditor | null {
  const key = box.dataset.caseReadonly ?? "";
  const label = box.dataset.label ?? key;
  const doc = parseDoc(box.dataset.doc);
  if (!key || doc === "") return null;
  const mount = document.createElement("div");
  const status = document.createElement("p");
  status.className = "case-editor-status";
  status.setAttribute("role", "status");
  const id = `${box.id || `felt-${key}-tekst`}-laes`;
  const editor = new Editor({
    element: mount,
    injectCSS: false,
    editable: false,
    extensions: fieldExtensions(),
    content: doc,
    editorProps: {
      attributes: {
        id,
        class: "case-readonly-area",
        lang: "da",
        // The editor calls itself a text box: named by the field's heading, and read-only.
        role: "textbox",
        "aria-multiline": "true",
        "aria-readonly": "true",
        "aria-labelledby": `${box.closest(".case-field")?.id ?? `felt-${key}`}-h`,
      },
    },
  });
  const field: FieldEditor = {
    key,
    editor,
    dirty: () => false,
    announce: announcer(status),
    range: () => domRange(editor),
  };
  const toolbar = createToolbar(
    editor,
    label,
    id,
    { onComment: () => onComment(field), announce: field.announce },
    true,
  );
  box.replaceChildren(toolbar, mount, status);
  return field;
}
