import { unsavedMessages } from "../../i18n/da/unsaved.ts";

// Forms marked data-unsaved-guard ask before the page is left with unsaved changes (a case
// text, a decision). Submitting the form itself is not "leaving". Another form of the page
// that would reload it (a bilag, a comment, a Word import) is stopped while there are unsaved
// changes, with a button that saves them first.
const forms = [...document.querySelectorAll<HTMLFormElement>("form[data-unsaved-guard]")];
// A form shown again after a refused save (data-unsaved) holds text that is not stored.
let dirty = forms.some((form) => form.hasAttribute("data-unsaved"));
for (const form of forms) {
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
}

function askToSaveFirst(other: HTMLFormElement, guarded: HTMLFormElement) {
  other.querySelector("[data-unsaved-first]")?.remove();
  const alert = document.createElement("div");
  alert.className = "error-summary";
  alert.setAttribute("role", "alert");
  alert.tabIndex = -1;
  alert.dataset.unsavedFirst = "";
  const text = document.createElement("p");
  text.textContent = unsavedMessages.first;
  const save = document.createElement("button");
  save.type = "button";
  save.className = "button";
  save.textContent = unsavedMessages.save;
  save.addEventListener("click", () => guarded.requestSubmit());
  alert.append(text, save);
  other.prepend(alert);
  alert.focus();
}

if (forms.length > 0) {
  window.addEventListener("beforeunload", (event) => {
    if (!dirty) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = "";
  });
  // Bubbling to the document: a form whose own script sends it (and prevents the default)
  // does not leave the page and is let through.
  document.addEventListener("submit", (event) => {
    const other = event.target as HTMLFormElement;
    const [guarded] = forms;
    if (!dirty || event.defaultPrevented || !guarded || forms.includes(other)) return;
    event.preventDefault();
    askToSaveFirst(other, guarded);
  });
}
