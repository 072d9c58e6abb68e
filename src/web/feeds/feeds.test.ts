import { describe, expect, it } from "vitest";
import { atomFeed, xmlText } from "./atom-feed.ts";
import { foldLine, icalendar, icalText } from "./icalendar.ts";
import { uuidFromUrl } from "./uuid5.ts";

describe("iCalendar", () => {
  it("escapes text values", () => {
    expect(icalText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"æ".repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("writes events in UTC with CRLF line ends", () => {
    const ics = icalendar("Udvalg", [
      {
        uid: "moede-1@example.org",
        stamp: new Date("2025-01-01T08:00:00Z"),
        start: new Date("2025-03-12T08:00:00Z"),
        end: null,
        summary: "Møde",
        location: "",
        description: "Dagsordenen er ikke offentliggjort endnu.",
        url: null,
      },
    ]);
    expect(ics).toContain("\r\nDTSTART:20250312T080000Z\r\n");
    expect(ics).not.toContain("DTEND");
    expect(ics).not.toContain("LOCATION");
    expect(ics.split("\r\n").at(-1)).toBe("");
  });
});

describe("Atom", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xmlText(`<b>"A&B"</b>\u0001`)).toBe("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  });

  it("takes its updated time from the newest entry", () => {
    const xml = atomFeed({
      self: "http://x/f",
      alternate: "http://x/",
      title: "T",
      subtitle: "S",
      author: "A",
      entries: [
        {
          url: "http://x/1",
          variant: "agenda",
          title: "1",
          updated: new Date("2025-01-01T00:00:00Z"),
          summary: "",
        },
        {
          url: "http://x/2",
          variant: "agenda",
          title: "2",
          updated: new Date("2025-02-01T00:00:00Z"),
          summary: "",
        },
      ],
    });
    expect(xml).toContain("<updated>2025-02-01T00:00:00Z</updated>\n  <author>");
  });
});

describe("name-based UUID", () => {
  it("matches RFC 9562's version 5 for the URL namespace", () => {
    expect(uuidFromUrl("http://python.org/")).toBe("4c565f0d-3f5a-5890-b41b-20cf47701c5e");
  });
});
