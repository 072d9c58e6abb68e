// The installable app's offline side, on every page (adr/0020): signed in, it registers the
// service worker that keeps the member's meetings, offers »Hent til offline« on a meeting,
// keeps the next meetings on the dashboard, saves notes through the outbox and removes the
// copy when the member signs out. On a page for the public it tells the worker that no one
// is signed in any longer, so nothing kept is answered and the last user's copy is deleted.
import { offlineMessages } from "../../i18n/da/offline.ts";
import { enhanceDownloadPanel } from "./offline/download-panel.ts";
import { guardLogout } from "./offline/logout.ts";
import { enhanceNotes } from "./offline/notes.ts";
import { holdFormsOffline } from "./offline/offline-forms.ts";
import { syncNextMeetings } from "./offline/sync-next-meetings.ts";
import {
  forgetOfflineCopy,
  offlineSupported,
  signedInUser,
  startWorker,
} from "./offline/worker.ts";

function offlineNotice(): void {
  const main = document.querySelector("main");
  if (!main) return;
  let notice = document.querySelector<HTMLElement>("[data-offline-notice]");
  if (!notice) {
    notice = document.createElement("p");
    notice.dataset.offlineNotice = "";
    notice.className = "notice offline-notice";
    notice.setAttribute("role", "status");
    notice.textContent = offlineMessages.youAreOffline;
    main.prepend(notice);
  }
  notice.hidden = navigator.onLine;
}

async function start(): Promise<void> {
  const userId = signedInUser();
  if (!userId) {
    if (offlineSupported()) await forgetOfflineCopy(null);
    return;
  }
  enhanceNotes(userId);
  holdFormsOffline();
  offlineNotice();
  window.addEventListener("online", offlineNotice);
  window.addEventListener("offline", offlineNotice);
  if (!offlineSupported()) return;
  guardLogout(userId);
  await startWorker(userId);
  const panel = document.querySelector<HTMLElement>("[data-offline-meeting]");
  if (panel) await enhanceDownloadPanel(panel, userId);
  const path = location.pathname.replace(/\/$/, "");
  if (path === "/app") await syncNextMeetings(userId);
}

// Without a worker the pages stay what they are: read online.
void start().catch(() => undefined);
