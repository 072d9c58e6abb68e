import { syncMeeting } from "./download-panel.ts";
import { askWorker } from "./worker.ts";

const EVERY_MS = 10 * 60 * 1000;
const stampKey = (userId: string) => `referat-offline-sync:${userId}`;

/**
 * On the dashboard, online: keeps the member's next meetings and refreshes the ones already
 * kept (a meeting or page they may no longer read leaves the copy). At most every 10 minutes.
 */
export async function syncNextMeetings(userId: string): Promise<void> {
  if (!navigator.onLine) return;
  const last = Number(localStorage.getItem(stampKey(userId)) ?? 0);
  if (Date.now() - last < EVERY_MS) return;
  localStorage.setItem(stampKey(userId), String(Date.now()));
  const response = await fetch("/app/offline/moeder", {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (!response.ok || response.redirected) return;
  const { meetings } = (await response.json()) as { meetings: { id: number }[] };
  const kept = await askWorker<number[]>({ type: "list", userId });
  const ids = [...new Set([...meetings.map((x) => x.id), ...(Array.isArray(kept) ? kept : [])])];
  for (const id of ids) await syncMeeting(userId, id).catch(() => undefined);
}
