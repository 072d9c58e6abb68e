// The case editor island: each field's plain-text fallback becomes a rich-text editor
// (TipTap) with a keyboard-usable toolbar, a live writing check beside it and comments on a
// marked text range. The form still posts as before; the server sanitises what it gets.
import { followActionBar } from "./case-editor/action-bar.ts";
import { backToField, rememberFieldOnSave } from "./case-editor/back-to-field.ts";
import { collapseField } from "./case-editor/collapse-field.ts";
import { anchorComment } from "./case-editor/comment-anchor.ts";
import { focusProblemLinks } from "./case-editor/error-links.ts";
import { createFieldEditor } from "./case-editor/field-editor.ts";
import { guardSubmit, syncPurpose } from "./case-editor/form-guard.ts";
import { LiveCheck } from "./case-editor/live-check.ts";
import { createReadonlyField } from "./case-editor/readonly-field.ts";
import { enhanceRecommendationPoints } from "./case-editor/recommendation-points.ts";

focusProblemLinks();
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
  guardSubmit(form);
  syncPurpose(form);
  enhanceRecommendationPoints(form);
  followActionBar(form);
  rememberFieldOnSave(form);
  const textareas = [...form.querySelectorAll<HTMLTextAreaElement>("textarea[data-case-field]")];
  // One field per task: the first editor takes typing while the others are still being made
  // (a long case is many pages of text to lay out). Until its editor is up, a field is its
  // plain textarea, which the form posts as before.
  const enhance = async () => {
    for (const [i, textarea] of textareas.entries()) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      const field = createFieldEditor(textarea, check, (f) => anchorComment(f, version));
      if (!field) continue;
      const wrapper = field.editor.view.dom.closest<HTMLElement>(".case-editor");
      if (wrapper) collapseField(wrapper, textarea.dataset.label ?? field.key)();
      // A check the page could not give yet (the server's speller was still loading) is
      // asked for now that the editor is up.
      const region = document.getElementById(`felt-${field.key}-tjek`);
      if (region?.hasAttribute("data-check-pending")) {
        check.schedule(field.key, region, () => field.editor.getJSON());
      }
    }
    form.classList.add("case-form--enhanced");
    backToField();
  };
  void enhance();
}

// Read-only text (a case sent for approval, approved, or for a secretary): ranges can still be
// marked and commented.
const commentVersion =
  document.querySelector<HTMLInputElement>('form[data-case-comment-form] input[name="version"]')
    ?.value ?? "";
for (const box of document.querySelectorAll<HTMLElement>("[data-case-readonly]")) {
  createReadonlyField(box, (field) => anchorComment(field, commentVersion));
}
