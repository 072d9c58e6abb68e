import { pathToFileURL } from "node:url";
import { startDemoServer } from "../e2e/demo-server.ts";
import { cookieNames } from "../src/http/cookies.ts";
import { caseSpeller } from "../src/http/routes/cases-shared.tsx";
import { prepareScripts } from "../src/web/scripts.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { createSession } from "../test/factories.ts";
import { createLongCase } from "../test/long-case.ts";
import { type Figure, printPercentiles, printTable } from "./lib/table.ts";

/**
 * The case page (/app/sager/:id) of a 20-page case as its author opens it: the three seed
 * minutes (10 317 words) dealt over the text fields of a demo case, on the demo data
 * (PGlite in memory) and the real server on a free port.
 *
 * - server: the page through app.request(), the first request of the process apart (after
 *   the islands are bundled, as the server does when it starts; the speller and the query
 *   plans cold), then warm requests as p50/p95;
 * - Chromium (the speller loaded, as after the first case page of the process): from
 *   navigation start until the first field's ProseMirror editor is
 *   contenteditable and has taken a typed character, per navigation (the first with an empty
 *   browser cache, the rest with the island cached as a real browser would).
 *
 * Run: `npm run bench -- case`, or `npx tsx bench/case-page.ts [requests]`.
 */
export async function casePageTimes(
  requests = 40,
  navigations = 6,
): Promise<{ figures: Figure[]; percentiles: Figure[] }> {
  const server = await startDemoServer();
  const db = server.database.db;
  const created = await createLongCase(
    db,
    "forfatter@eksempel.dk",
    "Orientering om et langt oplæg",
  );
  const { token } = await createSession(db, created.authorId);
  const cookie = `${cookieNames(false).session}=${token}`;
  const path = `/app/sager/${created.id}`;

  const timedRequest = async () => {
    const started = performance.now();
    const response = await server.app.request(path, { headers: { cookie } });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`case page: status ${response.status}`);
    return { ms: performance.now() - started, bytes: html.length };
  };
  await prepareScripts();
  const first = await timedRequest();
  for (let i = 0; i < 5; i++) await timedRequest();
  const warm: number[] = [];
  for (let i = 0; i < requests; i++) warm.push((await timedRequest()).ms);
  const size = `${(first.bytes / 1024).toFixed(0)} KiB`;
  const figures: Figure[] = [
    {
      name: `case page /app/sager/:id, 20-page case, author: first request of the process (${size})`,
      unit: "ms",
      samples: [first.ms],
    },
  ];
  const percentiles: Figure[] = [
    {
      name: `case page /app/sager/:id, 20-page case, author: server time (warm, ${size})`,
      unit: "ms",
      samples: warm,
    },
  ];

  if (hasChromium()) {
    // The server as it runs after its first case page: the speller loaded.
    await caseSpeller();
    const browser = await launchChromium();
    await browser.addCookies([
      { name: cookieNames(false).session, value: token, url: server.url, httpOnly: true },
    ]);
    const samples: number[] = [];
    for (let i = 0; i < navigations; i++) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: 1024, height: 768 });
      // Records when the editor takes its first character, relative to navigation start.
      await page.addInitScript(() => {
        document.addEventListener(
          "input",
          (event) => {
            const w = window as unknown as { typedAt?: number };
            if ((event.target as HTMLElement).closest?.(".ProseMirror"))
              w.typedAt ??= performance.now();
          },
          true,
        );
      });
      await page.goto(`${server.url}${path}`, { waitUntil: "commit" });
      const area = page.locator('.case-editor-area[contenteditable="true"]').first();
      await area.waitFor({ state: "attached", timeout: 30_000 });
      await area.focus();
      await page.keyboard.type("x");
      await page.waitForFunction(() => (window as unknown as { typedAt?: number }).typedAt);
      samples.push(await page.evaluate(() => (window as unknown as { typedAt: number }).typedAt));
      await page.close();
    }
    await browser.close();
    figures.push({
      name: "case page, 20-page case: navigation start -> editor contenteditable and typed into (Chromium)",
      unit: "ms",
      samples,
      note: `first (empty browser cache) ${samples[0]?.toFixed(0)} ms`,
    });
  }
  await server.close();
  return { figures, percentiles };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { figures, percentiles } = await casePageTimes(Number(process.argv[2] ?? 40));
  printTable(figures);
  printPercentiles(percentiles);
}
