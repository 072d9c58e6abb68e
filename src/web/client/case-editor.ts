// The case editor island: each field's plain-text fallback becomes a rich-text editor
// (TipTap) with a keyboard-usable toolbar, a live writing check beside it and comments on a
// marked text range. The form still posts as before; the server sanitises what it gets.
import { followActionBar } from "./case-editor/action-bar.ts";
import { collapseField } from "./case-editor/collapse-field.ts";
import { anchorComment } from "./case-editor/comment-anchor.ts";
import { createFieldEditor } from "./case-editor/field-editor.ts";
import { guardSubmit, syncPurpose } from "./case-editor/form-guard.ts";
import { LiveCheck } from "./case-editor/live-check.ts";
import { createReadonlyField } from "./case-editor/readonly-field.ts";

const form = document.querySelector<HTMLFormElement>("form[data-case-editor]");
if (form) {
  const caseId = form.dataset.caseEditor ?? "";
  const csrf = form.dataset.csrf ?? "";
  const version = form.querySelector<HTMLInputElement>("input[data-case-version]")?.value ?? "";
  const check = new LiveCheck(
    `/app/sager/${encodeURIComponent(caseId)}/skrivetjek`,
    csrf,
    form.querySelector<HTMLElement>("[data-case-lix]"),
  );
  for (const section of form.querySelectorAll<HTMLElement>(".case-field[data-words]")) {
    const key = section.dataset.key;
    if (!key) continue;
    check.setCounts(key, {
      words: Number(section.dataset.words ?? 0),
      sentences: Number(section.dataset.sentences ?? 0),
      longWords: Number(section.dataset.longWords ?? 0),
    });
  }
  const fields = [];
  for (const textarea of form.querySelectorAll<HTMLTextAreaElement>("textarea[data-case-field]")) {
    const field = createFieldEditor(textarea, check, (f) => anchorComment(f, version));
    if (field) fields.push({ field, label: textarea.dataset.label ?? field.key });
  }
  const settle = fields.map(({ field, label }) => {
    const wrapper = field.editor.view.dom.closest<HTMLElement>(".case-editor");
    return wrapper ? collapseField(wrapper, label) : () => undefined;
  });
  for (const finish of settle) finish();
  guardSubmit(form);
  syncPurpose(form);
  followActionBar(form);
  form.classList.add("case-form--enhanced");
  // A check the page could not give yet (the server's speller was still loading) is asked
  // for now that the editors are up.
  for (const { field } of fields) {
    const region = document.getElementById(`felt-${field.key}-tjek`);
    if (region?.hasAttribute("data-check-pending")) {
      check.schedule(field.key, region, () => field.editor.getJSON());
    }
  }
}

// Read-only text (a case sent for approval, approved, or for a secretary): ranges can still be
// marked and commented.
const commentVersion =
  document.querySelector<HTMLInputElement>('form[data-case-comment-form] input[name="version"]')
    ?.value ?? "";
for (const box of document.querySelectorAll<HTMLElement>("[data-case-readonly]")) {
  createReadonlyField(box, (field) => anchorComment(field, commentVersion));
}
