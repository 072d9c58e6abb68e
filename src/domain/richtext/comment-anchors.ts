import type { PmDoc, PmNode } from "./doc.ts";

/** The ids of the comment marks in a document: the threads anchored in it. */
export function commentAnchorsOf(doc: PmDoc): Set<string> {
  const ids = new Set<string>();
  const stack: PmNode[] = [...doc.content];
  while (stack.length) {
    const node = stack.pop() as PmNode;
    for (const mark of node.marks ?? []) {
      if (mark.type === "comment" && mark.attrs?.id) ids.add(mark.attrs.id);
    }
    stack.push(...(node.content ?? []));
  }
  return ids;
}
