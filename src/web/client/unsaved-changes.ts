// Forms marked data-unsaved-guard ask before the page is left with unsaved changes (a case
// text, a decision). Submitting the form itself is not "leaving".
const forms = document.querySelectorAll<HTMLFormElement>("form[data-unsaved-guard]");
let dirty = false;
for (const form of forms) {
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
}
if (forms.length > 0) {
  window.addEventListener("beforeunload", (event) => {
    if (!dirty) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = "";
  });
}
