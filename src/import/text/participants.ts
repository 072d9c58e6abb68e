import type { Participant } from "../model.ts";

const NONE = new Set(["", "-", "–", "ingen", "ingen afbud", "intet"]);

/** Splits at ",", ";" and " og " outside parentheses and brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(" || char === "[") depth++;
    else if ((char === ")" || char === "]") && depth > 0) depth--;
    else if (depth === 0 && (char === "," || char === ";")) {
      parts.push(text.slice(start, i));
      start = i + 1;
    } else if (depth === 0 && char === " " && text.startsWith(" og ", i)) {
      parts.push(text.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function toParticipant(part: string): Participant | null {
  const text = part.trim().replace(/\.$/, "").trim();
  if (NONE.has(text.toLowerCase())) return null;
  const open = text.indexOf("(");
  if (open > 0 && text.endsWith(")")) {
    const title = text.slice(open + 1, -1).trim();
    return { name: text.slice(0, open).trim(), title: title === "" ? null : title };
  }
  return { name: text, title: null };
}

/**
 * People from "Name (Title), Name (Title), Name": commas inside the parentheses belong to
 * the title. Several lines without separators are read as one person per line.
 */
export function parseParticipants(lines: readonly string[]): Participant[] {
  const trimmed = lines.map((line) => line.trim()).filter((line) => line !== "");
  const onePerLine =
    trimmed.length > 1 && trimmed.every((line) => splitTopLevel(line).length === 1);
  const parts = onePerLine ? trimmed : splitTopLevel(trimmed.join(" "));
  return parts.map(toParticipant).filter((p): p is Participant => p !== null);
}
