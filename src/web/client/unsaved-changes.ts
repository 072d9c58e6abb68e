import { unsavedMessages } from "../../i18n/da/unsaved.ts";

// Forms marked data-unsaved-guard ask before the page is left with unsaved changes (a case
// text, a decision). Submitting the form itself is not "leaving". Another form of the page
// that would reload it (a bilag, a comment, a Word import) is stopped while there are unsaved
// changes, with a button that saves them in the background and then sends that form as it
// was filled in (the chosen file kept); should the save be refused, the guarded form is sent
// the ordinary way and the page shows why.
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

/**
 * Saves the guarded form without leaving the page: its own submit handlers run first (a
 * handler may stop a form too big to send), then it is posted; true when the server took it
 * (a save answers with a redirect, a refusal with the page and its message).
 */
async function saveInPlace(guarded: HTMLFormElement): Promise<boolean> {
  // Not bubbling: only the form's own handlers see it, not the page's listener below.
  if (!guarded.dispatchEvent(new Event("submit", { cancelable: true }))) return false;
  try {
    const body = new FormData(guarded);
    const res = await fetch(guarded.action, { method: "POST", body, redirect: "manual" });
    return res.type === "opaqueredirect";
  } catch {
    return false;
  }
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
  save.addEventListener("click", async () => {
    save.disabled = true;
    alert.setAttribute("aria-busy", "true");
    if (await saveInPlace(guarded)) {
      dirty = false;
      alert.remove();
      other.requestSubmit();
    } else {
      guarded.requestSubmit();
    }
  });
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
