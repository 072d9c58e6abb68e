import { purposeFromTitle, purposes } from "../../../domain/case/purpose.ts";
import { caseUi } from "../../../i18n/da/case-ui.ts";

/** A little under the server's limit for a form (256 KiB), for the rest of the form. */
const MAX_FORM_BYTES = 240 * 1024;

/**
 * Before the case form is sent: a field the editor has written as a document does not send
 * its plain-text copy too, and a form too big for the server is stopped here with a Danish
 * message (nothing is lost: the text stays in the editors).
 */
export function guardSubmit(form: HTMLFormElement): void {
  const alert = document.createElement("p");
  alert.className = "error-summary case-error";
  alert.setAttribute("role", "alert");
  alert.tabIndex = -1;
  alert.hidden = true;
  form.querySelector(".case-save")?.prepend(alert);
  form.addEventListener("submit", (event) => {
    let bytes = 0;
    for (const textarea of form.querySelectorAll<HTMLTextAreaElement>(
      "textarea[data-case-field]",
    )) {
      const doc = form.querySelector<HTMLInputElement>(
        `input[data-case-doc="${CSS.escape(textarea.dataset.caseField ?? "")}"]`,
      );
      textarea.disabled = Boolean(doc?.value);
    }
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input[name], textarea[name]",
    )) {
      if (!el.disabled) bytes += new Blob([el.value]).size * 1.1 + el.name.length;
    }
    if (bytes <= MAX_FORM_BYTES) return;
    event.preventDefault();
    for (const textarea of form.querySelectorAll("textarea[data-case-field]")) {
      (textarea as HTMLTextAreaElement).disabled = false;
    }
    alert.textContent = caseUi.editor.saveTooBig;
    alert.hidden = false;
    alert.focus();
  });
}

/** Choosing a purpose renames the purpose word the title begins with ("Orientering om …"). */
export function syncPurpose(form: HTMLFormElement): void {
  const select = form.querySelector<HTMLSelectElement>("select[data-case-purpose]");
  const title = form.querySelector<HTMLInputElement>("input[data-case-title]");
  if (!select || !title) return;
  select.addEventListener("change", () => {
    const chosen = purposes[select.value as keyof typeof purposes];
    const current = purposeFromTitle(title.value);
    if (!chosen || !current || current === select.value) return;
    const word = purposes[current];
    const at = title.value.toLowerCase().indexOf(word.toLowerCase());
    if (at < 0) return;
    title.value = title.value.slice(0, at) + chosen + title.value.slice(at + word.length);
  });
}
