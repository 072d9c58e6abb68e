import type { Page } from "playwright-core";

/**
 * Watches the live view's decision boxes: every change of one is stamped with the wall clock
 * (timeOrigin + now), so a decision saved in another browser on this machine can be timed.
 */
export async function watchLiveDecisions(live: Page): Promise<void> {
  await live.waitForSelector("[data-live-ready='true']");
  await live.evaluate(() => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { seen: typeof seen }).seen = seen;
    for (const box of document.querySelectorAll<HTMLElement>("[data-live-decision]")) {
      new MutationObserver(() => {
        const key = box.dataset.liveDecision ?? "";
        seen[key] = [...(seen[key] ?? []), performance.timeOrigin + performance.now()];
      }).observe(box, { childList: true });
    }
  });
}

/**
 * Saves a decision in meeting mode and waits until the live view shows it. Returns the
 * milliseconds from the moment the minute taker's browser sent the form (its submit event) to
 * the moment the other browser put the text on screen: what a member waits after "Gem".
 */
export async function decideAndTime(
  page: Page,
  live: Page,
  itemId: number,
  text: string,
): Promise<number> {
  await page.fill(`#tekst-${itemId}`, text);
  const form = `form[action$='/punkt/${itemId}/beslutning']`;
  await page.locator(form).evaluate((f) => {
    f.addEventListener("submit", () => {
      sessionStorage.setItem("sentAt", String(performance.timeOrigin + performance.now()));
    });
  });
  await Promise.all([
    page.waitForURL(/afvikling/, { waitUntil: "load" }),
    page.click(`${form} button[type=submit]`),
  ]);
  const sentAt = Number(await page.evaluate(() => sessionStorage.getItem("sentAt")));
  const handle = await live.waitForFunction(
    ([id, t]) => {
      const box = document.querySelector<HTMLElement>(`[data-live-decision="${id}"]`);
      const seen = (window as unknown as { seen: Record<string, number[]> }).seen[String(id)];
      return box?.dataset.text === t && seen && seen.length > 0 ? seen[seen.length - 1] : null;
    },
    [itemId, text] as const,
    { timeout: 5000 },
  );
  const seenAt = (await handle.jsonValue()) as number;
  return Math.round(seenAt - sentAt);
}
