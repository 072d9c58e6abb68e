import type { Child } from "hono/jsx";
import type { PmMark, PmNode } from "../../domain/richtext/doc.ts";

/** Links may point to the web or to an e-mail address; anything else is shown as text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

function marked(text: string, marks: PmMark[] | undefined): Child {
  let out: Child = text;
  for (const mark of marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link" && SAFE_HREF.test(mark.attrs?.href ?? "")) {
      out = <a href={mark.attrs?.href}>{out}</a>;
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
      // Inside an item the section label is an h3, so a field's own headings start at h4
      // (level 1 -> h4, 2 -> h5, 3 -> h6), as in the PDF and DOCX.
      const level = Math.min(6, 3 + Math.max(1, Number(n.attrs?.level ?? 1)));
      const H = `h${level}` as "h4";
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

/** A stored rich-text document as semantic HTML: real lists, tables with header cells, headings. */
export function RichText({ doc }: { doc: { content?: unknown[] } }) {
  return <>{children(doc.content as PmNode[] | undefined)}</>;
}
