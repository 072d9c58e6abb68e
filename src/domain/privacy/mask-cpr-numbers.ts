import type { PmNode } from "../richtext/doc.ts";
import { type CprFinding, findCprNumbers } from "./find-cpr-numbers.ts";

/** What every masked CPR number reads as on a public surface. */
export const CPR_MASK = "XXXXXX-XXXX";

/** Whether a secretary confirmed these ten digits as not a CPR number (then they stay). */
export type IsConfirmed = (digits: string) => boolean;

const never: IsConfirmed = () => false;

/** The findings in `text` that must be masked: all but the confirmed ones. */
export function findingsToMask(text: string, isConfirmed: IsConfirmed = never): CprFinding[] {
  return findCprNumbers(text).filter((f) => !isConfirmed(f.digits));
}

/** `text` with every unconfirmed CPR number replaced by XXXXXX-XXXX and nothing else changed. */
export function maskCprText(text: string, isConfirmed: IsConfirmed = never): string {
  const findings = findingsToMask(text, isConfirmed);
  if (findings.length === 0) return text;
  let out = "";
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + CPR_MASK;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * A ProseMirror node with CPR numbers masked in its text. Numbers are found in the joined text
 * of each run of neighbouring text nodes, so a number split by marks (bold on part of it) is
 * found too: the mask goes into the node where the number starts, and the rest of the number
 * is removed from the nodes that follow (a node left empty is dropped).
 */
export function maskCprNode<T extends PmNode | { type: "doc"; content?: unknown[] }>(
  node: T,
  isConfirmed: IsConfirmed = never,
): T {
  const content = (node as PmNode).content;
  if (!Array.isArray(content)) {
    const text = (node as PmNode).text;
    return typeof text === "string" ? { ...node, text: maskCprText(text, isConfirmed) } : node;
  }
  const out: PmNode[] = [];
  let run: PmNode[] = [];
  const flush = () => {
    out.push(...maskTextRun(run, isConfirmed));
    run = [];
  };
  for (const child of content) {
    if (child?.type === "text" && typeof child.text === "string") run.push(child);
    else {
      flush();
      out.push(maskCprNode(child, isConfirmed));
    }
  }
  flush();
  return { ...node, content: out };
}

function maskTextRun(run: PmNode[], isConfirmed: IsConfirmed): PmNode[] {
  if (run.length === 0) return run;
  const joined = run.map((n) => n.text ?? "").join("");
  const findings = findingsToMask(joined, isConfirmed);
  if (findings.length === 0) return run;
  const out: PmNode[] = [];
  let offset = 0;
  for (const node of run) {
    const text = node.text ?? "";
    const from = offset;
    const to = offset + text.length;
    offset = to;
    let masked = "";
    let at = from;
    for (const f of findings) {
      if (f.end <= from || f.start >= to) continue;
      masked += joined.slice(at, Math.max(at, f.start));
      if (f.start >= from) masked += CPR_MASK;
      at = Math.min(f.end, to);
    }
    masked += joined.slice(at, to);
    if (masked) out.push({ ...node, text: masked });
  }
  return out;
}
