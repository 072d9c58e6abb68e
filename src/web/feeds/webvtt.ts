/** WebVTT (W3C): a chapters track of cues, each a time range and a line of text. */

export interface VttCue {
  /** Milliseconds from the start of the media. */
  startMs: number;
  endMs: number;
  text: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "01:02:03.045": hours (two digits or more), minutes, seconds and milliseconds. */
export function vttTimestamp(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(total % 1000, 3)}`;
}

/**
 * Cue text on one line: the characters WebVTT reads as markup escaped (so »-->« cannot end the
 * timing), line breaks and other control characters as spaces (a blank line would end the cue).
 */
export function vttText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not text
      .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .trim()
  );
}

/** The file: the header, then each cue numbered from 1, separated by blank lines. */
export function writeVtt(cues: readonly VttCue[]): string {
  const blocks = cues.map(
    (cue, i) =>
      `${i + 1}\n${vttTimestamp(cue.startMs)} --> ${vttTimestamp(cue.endMs)}\n${vttText(cue.text)}`,
  );
  return `${["WEBVTT", ...blocks].join("\n\n")}\n`;
}
