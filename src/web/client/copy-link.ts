// Copy buttons beside addresses (the »Abonnér« page): shown only when the clipboard can be
// written; the result is announced in the page's status region.
const status = document.getElementById("kopi-status");
const buttons = document.querySelectorAll<HTMLButtonElement>("button[data-copy]");
if (navigator.clipboard) {
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = button.dataset.copy ?? "";
      let ok = true;
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      if (status) {
        status.textContent = (ok ? status.dataset.copied : status.dataset.failed) ?? "";
      }
    });
  }
}
