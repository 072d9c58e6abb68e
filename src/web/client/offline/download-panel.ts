import { offlineMessages } from "../../../i18n/da/offline.ts";
import { formatCaseTime } from "../../components/case-time.ts";
import type { MeetingRecord } from "../sw/offline-keys.ts";
import { askWorker, downloadMeeting } from "./worker.ts";

const m = offlineMessages;
const REFRESH_AFTER_MS = 10 * 60 * 1000;

const when = (iso: string) => formatCaseTime(new Date(iso));

/** Pages and bilag in a copy (the style sheet and script are not what the member counts). */
const countOf = (record: MeetingRecord) =>
  record.urls.filter((u) => !u.startsWith("/assets/")).length;

export interface OfflineManifestAnswer {
  meetingId: number;
  urls: string[];
  assets: string[];
}

/**
 * Fetches the meeting's offline manifest and keeps exactly what it lists. A meeting the
 * member may no longer read (404/403) is removed from the copy; null then.
 */
export async function syncMeeting(
  userId: string,
  meetingId: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<MeetingRecord | null> {
  const response = await fetch(`/app/offline/moeder/${meetingId}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (response.status === 403 || response.status === 404) {
    await askWorker({ type: "remove", userId, meetingId });
    return null;
  }
  const json = (response.headers.get("content-type") ?? "").includes("application/json");
  if (!response.ok || response.redirected || !json) throw new Error("no manifest");
  const manifest = (await response.json()) as OfflineManifestAnswer;
  return downloadMeeting(userId, meetingId, [...manifest.urls, ...manifest.assets], onProgress);
}

/** »Hent til offline« on the meeting page, with progress and »Tilgængelig offline«. */
export async function enhanceDownloadPanel(panel: HTMLElement, userId: string): Promise<void> {
  const meetingId = Number(panel.dataset.offlineMeeting);
  const status = panel.querySelector<HTMLElement>("[data-offline-status]");
  const progress = panel.querySelector<HTMLProgressElement>("progress");
  const button = panel.querySelector<HTMLButtonElement>("button[data-offline-download]");
  if (!status || !progress || !button || !Number.isInteger(meetingId)) return;
  panel.hidden = false;
  const show = (record: MeetingRecord | null) => {
    status.textContent = record ? m.available(when(record.at), countOf(record)) : m.notYet;
    button.textContent = record ? m.update : m.download;
    panel.dataset.offlineState = record ? "available" : "none";
  };
  const run = async () => {
    button.disabled = true;
    progress.hidden = false;
    panel.dataset.offlineState = "downloading";
    try {
      const record = await syncMeeting(userId, meetingId, (done, total) => {
        progress.max = Math.max(total, 1);
        progress.value = done;
        status.textContent = m.downloading(done, total);
      });
      show(record);
    } catch {
      status.textContent = m.failed;
      panel.dataset.offlineState = "failed";
    } finally {
      button.disabled = false;
      progress.hidden = true;
    }
  };
  button.addEventListener("click", () => void run());
  const record = await askWorker<MeetingRecord | null>({ type: "status", userId, meetingId });
  show(record);
  // A kept copy is brought up to date when the page is read online (also dropping what the
  // member may no longer read).
  if (record && navigator.onLine && Date.now() - Date.parse(record.at) > REFRESH_AFTER_MS) {
    await run();
  }
}
