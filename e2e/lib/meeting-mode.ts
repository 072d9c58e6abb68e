import type { Page } from "playwright-core";

/** Waits until meeting mode has sent everything it queued. */
export const settled = (page: Page, timeout = 60_000) =>
  page.waitForFunction(() => document.getElementById("hold-app")?.dataset.pending === "0", null, {
    timeout,
  });

/**
 * Starts the meeting from meeting mode, as the minute taker does before taking up an item. The
 * demo's meeting may lie ahead: then the minute taker says it is held early.
 */
export async function startMeeting(page: Page): Promise<void> {
  const early = page.getByLabel("Mødet holdes før den planlagte dag");
  if ((await early.count()) > 0) await early.check();
  await page.getByRole("button", { name: "Start mødet", exact: true }).click();
  await settled(page);
  await page.getByRole("button", { name: "Sæt mødet på pause" }).first().waitFor();
}
