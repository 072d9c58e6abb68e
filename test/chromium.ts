import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** The flags Debian's Chromium needs here: headless, no sandbox as root, no network chatter. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Chromium at CHROMIUM_PATH or /usr/bin/chromium, or null when neither exists. */
export function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

/**
 * True when browser tests can run. Outside CI a missing browser skips them with a loud message;
 * in CI it is an error, because CI installs Chromium.
 */
export function hasChromium(): boolean {
  if (findChromium()) return true;
  if (process.env.CI === "true") throw new Error("Chromium mangler i CI (/usr/bin/chromium)");
  console.warn(
    "\n*** Chromium blev ikke fundet (CHROMIUM_PATH eller /usr/bin/chromium): browsertest springes over ***\n",
  );
  return false;
}

/**
 * Launches Chromium with a fresh profile; close the returned context when done. `device`
 * makes it a touch device (taps, touch events) of the given screen size.
 */
export async function launchChromium(
  device: { hasTouch?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium blev ikke fundet");
  const profile = await mkdtemp(join(tmpdir(), "referat-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    ...device,
  });
}
