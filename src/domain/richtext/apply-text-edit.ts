import type { PmDoc, PmNode } from "./doc.ts";
import { docToText } from "./doc-to-text.ts";
import { textToDoc } from "./text-to-doc.ts";

/** A block's plain text as docToText writes it, spaces evened out, to compare blocks by. */
const textOf = (node: PmNode) => docToText({ type: "doc", content: [node] }).replace(/\s+/g, " ");

/** Pairs of equal texts in order (a longest common subsequence), as [i in a, j in b]. */
function commonBlocks(a: string[], b: string[]): [number, number][] {
  // longest(i, j): the length of the longest common run of a[i..] and b[j..].
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  const longest = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j] ? longest(i + 1, j + 1) + 1 : Math.max(longest(i + 1, j), longest(i, j + 1));
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (longest(i + 1, j) >= longest(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

/** A changed block in the place of an old one: a heading stays a heading of its level. */
function replaced(old: PmNode, fresh: PmNode): PmNode {
  if (old.type === "heading" && fresh.type === "paragraph")
    return { ...old, content: fresh.content };
  return fresh;
}

/**
 * `doc` edited as plain text (docToText's form, as in a textarea) into `text`: blocks whose text
 * is unchanged stay as they were (headings, marks, links, lists), a changed block that takes the
 * place of one old block keeps a heading's level, and the rest is read from the text.
 */
export function applyTextEdit(doc: PmDoc, text: string): PmDoc {
  const before = doc.content ?? [];
  const after = textToDoc(text).content ?? [];
  const pairs = commonBlocks(before.map(textOf), after.map(textOf));
  const content: PmNode[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [before.length, after.length] as [number, number]]) {
    const olds = before.slice(i, pi);
    const news = after.slice(j, pj);
    content.push(
      ...(olds.length === news.length
        ? news.map((fresh, k) => replaced(olds[k] as PmNode, fresh))
        : news),
    );
    if (pi < before.length) content.push(before[pi] as PmNode);
    i = pi + 1;
    j = pj + 1;
  }
  return { ...doc, content };
}
