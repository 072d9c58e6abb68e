import { mergeTextNodes, type PmDoc, type PmNode } from "./doc.ts";

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

/** The document without comment marks: what a comment may not change when it marks text. */
export function withoutCommentMarks(doc: PmDoc): PmDoc {
  const strip = (node: PmNode): PmNode => {
    const { marks, content, ...rest } = node;
    const kept = marks?.filter((m) => m.type !== "comment");
    return {
      ...rest,
      ...(kept?.length ? { marks: kept } : {}),
      ...(content ? { content: mergeTextNodes(content.map(strip)) } : {}),
    };
  };
  return { type: "doc", content: doc.content.map(strip) };
}
