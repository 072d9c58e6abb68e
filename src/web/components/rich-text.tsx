import type { Child } from "hono/jsx";
import type { PmMark, PmNode } from "../../domain/richtext/doc.ts";
import { outlineHeadings } from "../../domain/richtext/outline-headings.ts";
import type { Change, DiffDoc, DiffNode } from "../../domain/richtext/rich-diff.ts";
import { cellSpan } from "../../domain/richtext/table-grid.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { webMessages } from "../../i18n/da/web.ts";

/** Links may point to the web or to an e-mail address; anything else is shown as text. */
const SAFE_HREF = /^(https?:|mailto:)/i;

interface Options {
  /** The heading level a field's first heading gets (the section label above is one less). */
  firstHeading: number;
  lastHeading: number;
  /** Highlight commented ranges (the case page's comment list quotes them). */
  comments: boolean;
}

function marked(text: string, marks: PmMark[] | undefined, o: Options): Child {
  let out: Child = text;
  for (const mark of marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link" && SAFE_HREF.test(mark.attrs?.href ?? "")) {
      out = <a href={mark.attrs?.href}>{out}</a>;
    } else if (o.comments && mark.type === "comment" && mark.attrs?.id) {
      out = (
        <mark class="case-comment-mark" data-comment={mark.attrs.id}>
          {out}
        </mark>
      );
    }
  }
  return out;
}

/**
 * A changed piece of a diff: ins or del, named for screen readers by a visually hidden word
 * (the colour and line alone would leave a blind reader, or one inserted comma, unseen).
 */
function changed(change: Change | undefined, inner: Child): Child {
  if (!change) return inner;
  const label = change === "inserted" ? caseUi.revisions.inserted : caseUi.revisions.deleted;
  const parts = (
    <>
      <span class="visually-hidden">{label} </span>
      {inner}
      <span class="visually-hidden"> </span>
    </>
  );
  return change === "inserted" ? <ins>{parts}</ins> : <del>{parts}</del>;
}

function children(nodes: PmNode[] | undefined, o: Options): Child[] {
  return (nodes ?? []).map((n) => node(n, o));
}

/** Blocks that hold only other blocks of their own kinds: no word may stand in them. */
const CONTAINERS = new Set(["bulletList", "orderedList", "table", "tableRow"]);

function node(n: PmNode, o: Options): Child {
  // A block whose form alone changed (a diff's `restyled`): framed, and named first for a
  // screen reader where a word may stand (not directly in a list or a row).
  const restyled = (n as DiffNode).restyled === true;
  const cls = restyled ? { class: "diff-restyled" } : {};
  const inner = () => {
    const content = children(n.content, o);
    if (!restyled || CONTAINERS.has(n.type)) return content;
    return [<span class="visually-hidden">{caseUi.revisions.restyled} </span>, ...content];
  };
  switch (n.type) {
    case "text":
      return changed((n as { change?: Change }).change, marked(n.text ?? "", n.marks, o));
    case "hardBreak": {
      // A line break added or taken away is shown by a sign where it was or now is.
      const change = (n as DiffNode).change;
      if (!change) return <br />;
      return (
        <>
          {changed(change, "↵")}
          {change === "inserted" ? <br /> : null}
        </>
      );
    }
    case "paragraph":
      return <p {...cls}>{inner()}</p>;
    case "heading": {
      // Levels come from outlineHeadings: 1 for the first, none skipped.
      const level = Math.min(o.lastHeading, o.firstHeading - 1 + Number(n.attrs?.level ?? 1));
      const H = `h${level}` as "h4";
      return <H {...cls}>{inner()}</H>;
    }
    case "bulletList":
      return <ul {...cls}>{inner()}</ul>;
    case "orderedList": {
      const start = Number(n.attrs?.start ?? 1);
      return (
        <ol start={start === 1 ? undefined : start} {...cls}>
          {inner()}
        </ol>
      );
    }
    case "listItem":
      return <li {...cls}>{inner()}</li>;
    case "table":
      // Scrolled sideways when wider than a phone: focusable, so it scrolls by keyboard too.
      return (
        <section class="table-wrap" aria-label={webMessages.table} tabindex={0}>
          <table>{inner()}</table>
        </section>
      );
    case "tableRow":
      return <tr {...cls}>{inner()}</tr>;
    case "tableHeader":
      return (
        <th scope={cellSpan(n.attrs?.colspan) > 1 ? "colgroup" : "col"} {...spansOf(n)} {...cls}>
          {inner()}
        </th>
      );
    case "tableCell":
      return (
        <td {...spansOf(n)} {...cls}>
          {inner()}
        </td>
      );
    case "blockquote":
      return <blockquote {...cls}>{inner()}</blockquote>;
    default:
      return <>{inner()}</>;
  }
}

/** A merged cell's colspan and rowspan, only where more than one. */
function spansOf(n: PmNode) {
  const [colspan, rowspan] = [cellSpan(n.attrs?.colspan), cellSpan(n.attrs?.rowspan)];
  return {
    ...(colspan > 1 ? { colspan } : {}),
    ...(rowspan > 1 ? { rowspan } : {}),
  };
}

type Doc = { doc: { content?: unknown[] } };
const nodesOf = (doc: Doc["doc"]) => outlineHeadings(doc).content;

/**
 * A stored rich-text document as semantic HTML: real lists, tables with header cells,
 * headings. Inside an item the section label is an h3, so a field's own headings start at h4
 * and go down one level at a time (outlineHeadings), as in the PDF and DOCX; `firstHeading`
 * is one below the section label where that is not an h3.
 */
export function RichText({ doc, firstHeading = 4 }: Doc & { firstHeading?: number }) {
  return <>{children(nodesOf(doc), { firstHeading, lastHeading: 6, comments: false })}</>;
}

/**
 * A case field's rich text on the case page, below the field's h2: headings as h3-h4 (the
 * field's first heading is an h3, whichever editor button made it) and commented ranges
 * highlighted.
 */
export function CaseRichText({ doc }: Doc) {
  return <>{children(nodesOf(doc), { firstHeading: 3, lastHeading: 4, comments: true })}</>;
}

/**
 * The changes between two versions of a field (richDiff) as the field reads, headings, lists
 * and tables kept, with insertions and deletions marked inside them; headings from
 * `firstHeading`, as RichText.
 */
export function RichDiffText({ doc, firstHeading = 4 }: { doc: DiffDoc; firstHeading?: number }) {
  return (
    <div class="rich-diff">
      {children(nodesOf(doc), { firstHeading, lastHeading: 6, comments: false })}
    </div>
  );
}
