import { Editor } from "@tiptap/core";
import { fieldExtensions } from "./extensions.ts";
import type { LiveCheck } from "./live-check.ts";
import { tidyPastedHtml } from "./pasted-html.ts";
import { createToolbar } from "./toolbar.ts";

export interface FieldEditor {
  key: string;
  editor: Editor;
  /** True when the text differs from what the page was loaded with. */
  dirty(): boolean;
  announce(text: string): void;
  /** The marked range, when the editor's own selection does not follow the page's. */
  range?: () => { from: number; to: number } | null;
}

/** The stored document; an empty one as "" (ProseMirror needs at least one paragraph). */
export function parseDoc(json: string | undefined): object | string {
  try {
    const doc = json ? (JSON.parse(json) as { content?: unknown[] }) : null;
    return doc?.content?.length ? doc : "";
  } catch {
    return "";
  }
}

/** Writes a message into a status line; a repeated message is announced again. */
export function announcer(status: HTMLElement) {
  return (text: string) => {
    status.textContent = "";
    setTimeout(() => {
      status.textContent = text;
    }, 50);
  };
}

/**
 * Replaces a field's plain-text fallback (textarea) with a rich-text editor: toolbar, the
 * editable area labelled by the field's label, a status line for messages. Every change
 * writes the document as JSON into the field's hidden input (which the server prefers over
 * the textarea) and schedules the live writing check.
 */
export function createFieldEditor(
  textarea: HTMLTextAreaElement,
  check: LiveCheck,
  onComment: (field: FieldEditor) => void,
): FieldEditor | null {
  const key = textarea.dataset.caseField ?? "";
  const form = textarea.form;
  const hidden = form?.querySelector<HTMLInputElement>(`input[data-case-doc="${CSS.escape(key)}"]`);
  const section = textarea.closest<HTMLElement>(".case-field");
  const region = section?.querySelector<HTMLElement>("[data-case-check]") ?? null;
  if (!hidden || !section) return null;
  const label = textarea.dataset.label ?? key;
  const editorId = `${textarea.id}-editor`;
  const describedBy = textarea.getAttribute("aria-describedby") ?? "";
  const wrapper = document.createElement("div");
  wrapper.className = "case-editor";
  const status = document.createElement("p");
  status.className = "case-editor-status";
  status.setAttribute("role", "status");
  const mount = document.createElement("div");
  const editor = new Editor({
    element: mount,
    // The page's CSP allows no inline styles; the editor's rules are in style.css.
    injectCSS: false,
    extensions: fieldExtensions(),
    content: parseDoc(textarea.dataset.doc),
    editorProps: {
      transformPastedHTML: tidyPastedHtml,
      attributes: {
        id: editorId,
        class: "case-editor-area",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${section.id}-label`,
        "aria-describedby": [describedBy, region?.id ?? ""].join(" ").trim(),
        spellcheck: "true",
        lang: "da",
      },
    },
  });
  const initial = JSON.stringify(editor.getJSON());
  const field: FieldEditor = {
    key,
    editor,
    dirty: () => JSON.stringify(editor.getJSON()) !== initial,
    announce: announcer(status),
  };
  const toolbar = createToolbar(editor, label, editorId, {
    onComment: () => onComment(field),
    announce: field.announce,
  });
  wrapper.append(toolbar, mount, status);
  textarea.hidden = true;
  textarea.after(wrapper);
  section.querySelector(".case-field-hint")?.setAttribute("hidden", "");
  editor.on("update", () => {
    hidden.value = JSON.stringify(editor.getJSON());
    // The unsaved-changes guard listens for input events on the form.
    form?.dispatchEvent(new Event("input", { bubbles: true }));
    if (region) check.schedule(key, region, () => editor.getJSON());
  });
  return field;
}
