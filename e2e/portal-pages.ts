/** Finding the demo's typical public pages by following links, as a visitor would. */

export async function getText(base: string, path: string): Promise<string> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

/** The distinct same-site links of a page matching a pattern, in order. */
export function linksIn(html: string, pattern: RegExp): string[] {
  const found = [...html.matchAll(/href="(\/[^"#]*)"/g)].map((m) => m[1] as string);
  return [...new Set(found.filter((href) => pattern.test(href)))];
}

async function firstMatching(
  base: string,
  paths: string[],
  test: (html: string) => boolean,
): Promise<string> {
  for (const path of paths) if (test(await getText(base, path))) return path;
  throw new Error(`no page among ${paths.length} passed the test`);
}

export interface PortalPages {
  home: string;
  committee: string;
  /** Minutes with a closed item. */
  meeting: string;
  closedItem: string;
  /** An open item whose case was postponed, so its page has a case history. */
  itemWithHistory: string;
}

/** Home, a political committee, minutes with a closed item, and two item pages. */
export async function findPortalPages(base: string): Promise<PortalPages> {
  const committee = "/udvalg/oekonomiudvalget";
  const meetings = linksIn(await getText(base, committee), /^\/moeder\/\d+$/);
  const meeting = await firstMatching(
    base,
    meetings,
    (html) => html.includes("<h1>Referat:") && html.includes("Lukket punkt"),
  );
  const items = linksIn(await getText(base, meeting), /^\/moeder\/\d+\/punkt\/\d+$/);
  const closedItem = await firstMatching(base, items, (html) => html.includes("closed-badge"));
  const chefforum = linksIn(await getText(base, "/udvalg/chefforum"), /^\/moeder\/\d+$/);
  const postponed = await firstMatching(base, chefforum, (html) =>
    html.includes("Punktet blev udsat til"),
  );
  const postponedItems = linksIn(await getText(base, postponed), /^\/moeder\/\d+\/punkt\/\d+$/);
  const itemWithHistory = await firstMatching(base, postponedItems, (html) =>
    html.includes('class="history-list"'),
  );
  return { home: "/", committee, meeting, closedItem, itemWithHistory };
}
