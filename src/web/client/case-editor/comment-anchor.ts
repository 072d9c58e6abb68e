import { caseUi } from "../../../i18n/da/case-ui.ts";
import type { FieldEditor } from "./field-editor.ts";

const m = caseUi.editor;

function newAnchor(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `k${Date.now().toString(36)}${[...random].map((n) => n.toString(36)).join("")}`;
}

/**
 * "Kommentér": puts a comment mark with a new anchor on the selected text of a field (in a
 * copy of the document, the editor itself is left as it is) and hands the marked document,
 * the anchor and the field to the new-comment form, which the server checks and stores.
 */
export function anchorComment(field: FieldEditor, version: string): void {
  const form = document.querySelector<HTMLFormElement>("form[data-case-comment-form]");
  if (!form) return;
  const { state } = field.editor;
  const own = state.selection;
  const range = field.range ? field.range() : own.empty ? null : { from: own.from, to: own.to };
  if (!range) {
    field.announce(m.commentNeedsSelection);
    return;
  }
  if (field.dirty()) {
    field.announce(m.commentNeedsSave);
    return;
  }
  const type = state.schema.marks.comment;
  if (!type) return;
  const anchor = newAnchor();
  const { from, to } = range;
  const marked = state.tr.addMark(from, to, type.create({ id: anchor })).doc.toJSON();
  const quoteText = state.doc.textBetween(from, to, " ").slice(0, 300);
  const set = (selector: string, value: string) => {
    const input = form.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
    if (input) input.value = value;
  };
  set("[data-comment-anchor]", anchor);
  set("[data-comment-doc]", JSON.stringify(marked));
  set("[data-comment-field]", field.key);
  set('input[name="version"]', version);
  const quote = form.querySelector<HTMLElement>("[data-comment-quote]");
  if (quote) {
    quote.textContent = `${caseUi.comments.anchorNote} »${quoteText}«`;
    quote.hidden = false;
  }
  field.announce(m.commentReady(quoteText.slice(0, 60)));
  form.querySelector<HTMLTextAreaElement>("textarea[name=tekst]")?.focus();
}
