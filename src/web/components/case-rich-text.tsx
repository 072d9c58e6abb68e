import type { Child } from "hono/jsx";
import type { PmMark, PmNode } from "../../domain/richtext/doc.ts";

const SAFE_HREF = /^(https?:|mailto:)/i;

function marked(text: string, marks: PmMark[] | undefined): Child {
  let out: Child = text;
  for (const mark of marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link" && SAFE_HREF.test(mark.attrs?.href ?? "")) {
      out = <a href={mark.attrs?.href}>{out}</a>;
    } else if (mark.type === "comment" && mark.attrs?.id) {
      out = (
        <mark class="case-comment-mark" data-comment={mark.attrs.id}>
          {out}
        </mark>
      );
    }
  }
  return out;
}

function children(nodes: PmNode[] | undefined): Child[] {
  return (nodes ?? []).map(node);
}

function node(n: PmNode): Child {
  switch (n.type) {
    case "text":
      return marked(n.text ?? "", n.marks);
    case "hardBreak":
      return <br />;
    case "paragraph":
      return <p>{children(n.content)}</p>;
    case "heading": {
      // Below the field's own h2: level 1 is h3, level 2 is h4 (as in the editor).
      const level = Math.min(4, 2 + Math.max(1, Number(n.attrs?.level ?? 1)));
      const H = `h${level}` as "h3";
      return <H>{children(n.content)}</H>;
    }
    case "bulletList":
      return <ul>{children(n.content)}</ul>;
    case "orderedList": {
      const start = Number(n.attrs?.start ?? 1);
      return <ol start={start === 1 ? undefined : start}>{children(n.content)}</ol>;
    }
    case "listItem":
      return <li>{children(n.content)}</li>;
    case "table":
      return (
        <div class="table-wrap">
          <table>{children(n.content)}</table>
        </div>
      );
    case "tableRow":
      return <tr>{children(n.content)}</tr>;
    case "tableHeader":
      return <th scope="col">{children(n.content)}</th>;
    case "tableCell":
      return <td>{children(n.content)}</td>;
    case "blockquote":
      return <blockquote>{children(n.content)}</blockquote>;
    default:
      return <>{children(n.content)}</>;
  }
}

/**
 * A case field's rich text on the case page, below the field's h2: headings as h3-h4 and
 * commented ranges highlighted (the comment list quotes them).
 */
export function CaseRichText({ doc }: { doc: { content?: unknown[] } }) {
  return <>{children(doc.content as PmNode[] | undefined)}</>;
}
