import { offlineMessages } from "../../../i18n/da/offline.ts";
import { discardOutbox, flushOutbox, pendingEntries } from "../outbox.ts";
import { forgetOfflineCopy } from "./worker.ts";

/**
 * Signing out removes the user's offline copy from the device before the form is sent. Notes
 * not yet sent are tried once more; the user confirms discarding what still waits.
 */
export function guardLogout(userId: string): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[action="/logout"]')) {
    let confirmed = false;
    form.addEventListener("submit", async (event) => {
      // Offline the form is held with a message (offline-forms.ts); the copy stays until then.
      if (confirmed || !navigator.onLine) return;
      event.preventDefault();
      if (pendingEntries().length > 0 && navigator.onLine) await flushOutbox();
      const pending = pendingEntries().length;
      if (pending > 0 && !window.confirm(offlineMessages.logout.pending(pending))) return;
      discardOutbox();
      await forgetOfflineCopy(userId).catch(() => undefined);
      confirmed = true;
      form.submit();
    });
  }
}
