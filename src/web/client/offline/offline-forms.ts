import { offlineMessages } from "../../../i18n/da/offline.ts";

/**
 * Offline, a form no script keeps for later (marking the agenda read, searching, signing out)
 * is not sent: the browser would show its own error page, in English, instead of the page the
 * member is reading. The form says why under it instead, until the device is online again.
 */
export function holdFormsOffline(): void {
  // On window, after the page's own scripts: a form they handle has its default prevented.
  window.addEventListener("submit", (event) => {
    const form = event.target;
    if (navigator.onLine || event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    let note = form.nextElementSibling;
    if (!(note instanceof HTMLElement) || !note.hasAttribute("data-offline-refused")) {
      note = document.createElement("p");
      note.setAttribute("data-offline-refused", "");
      note.setAttribute("role", "alert");
      note.className = "notice";
      form.after(note);
    }
    (note as HTMLElement).textContent = offlineMessages.formOffline;
  });
  window.addEventListener("online", () => {
    for (const note of document.querySelectorAll("[data-offline-refused]")) note.remove();
  });
}
