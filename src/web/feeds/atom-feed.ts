import { uuidFromUrl } from "./uuid5.ts";

export interface AtomEntry {
  /** Absolute URL of the entry's page. */
  url: string;
  /** What makes the entry distinct besides its URL (agenda and minutes are two entries). */
  variant: string;
  title: string;
  updated: Date;
  summary: string;
}

export interface AtomFeedInput {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  title: string;
  subtitle: string;
  author: string;
  entries: AtomEntry[];
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for XML, with characters XML 1.0 forbids removed. */
export function xmlText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string)
  );
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * An Atom 1.0 document (RFC 4287) with stable urn:uuid ids derived from the URLs. A browser
 * that opens a feed's address gets a page about it instead (feed-response.tsx).
 */
export function atomFeed(feed: AtomFeedInput): string {
  // A feed without entries was last updated now: nothing is in it yet.
  const newest =
    feed.entries.reduce(
      (latest: Date | null, e) => (latest === null || e.updated > latest ? e.updated : latest),
      null,
    ) ?? new Date();
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>urn:uuid:${uuidFromUrl(`${e.url}#${e.variant}`)}</id>
    <title>${xmlText(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>
    <updated>${stamp(e.updated)}</updated>
    <summary type="text">${xmlText(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <id>urn:uuid:${uuidFromUrl(feed.self)}</id>
  <title>${xmlText(feed.title)}</title>
  <subtitle>${xmlText(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>
  <updated>${stamp(newest)}</updated>
  <author><name>${xmlText(feed.author)}</name></author>
${entries.join("")}</feed>
`;
}
