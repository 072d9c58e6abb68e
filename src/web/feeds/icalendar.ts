/** iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets, escaped text values. */

export interface CalendarEvent {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date | null;
  summary: string;
  location: string;
  description: string;
  url: string | null;
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function icalText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\r\n|\r|\n/g, "\\n")
  );
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** 20250312T080000Z */
const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");

/** A VCALENDAR of events with times in UTC. */
export function icalendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Referat//Moedekalender//DA",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icalText(name)}`,
    "X-WR-TIMEZONE:Europe/Copenhagen",
  ];
  for (const e of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icalText(e.uid)}`,
      `DTSTAMP:${utc(e.stamp)}`,
      `DTSTART:${utc(e.start)}`,
      ...(e.end ? [`DTEND:${utc(e.end)}`] : []),
      `SUMMARY:${icalText(e.summary)}`,
      ...(e.location ? [`LOCATION:${icalText(e.location)}`] : []),
      `DESCRIPTION:${icalText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
