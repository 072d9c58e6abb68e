import type { Child } from "hono/jsx";
import type {
  DocumentAttachment,
  DocumentItem,
  MeetingDocument,
} from "../../domain/document/document.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { JournalNumber } from "../../web/components/journal-number.tsx";
import { RichText } from "../../web/components/rich-text.tsx";

const m = webMessages.meeting;

/** Where an attachment can be fetched, or null when it is only listed by name. */
export type AttachmentHref = (a: DocumentAttachment) => string | null;

/** More after an attachment's link in the staff area, e.g. a link to mark it up. */
export type AttachmentExtra = (a: DocumentAttachment) => Child;

/** The heading level of an item's sections: h3 under the item's h2, h2 on an item's own page. */
type SectionHeading = "h2" | "h3";

function Attachments(props: {
  list: DocumentAttachment[];
  href: AttachmentHref;
  heading: SectionHeading;
  extra?: AttachmentExtra | undefined;
}) {
  if (props.list.length === 0) return null;
  const H = props.heading;
  return (
    <>
      <H>{m.attachments}</H>
      <ul class="attachments">
        {props.list.map((a) => {
          const href = props.href(a);
          return (
            <li>
              {href ? <a href={href}>{a.title}</a> : a.title}
              {a.note ? <span class="private-note"> ({a.note})</span> : null}
              {props.extra?.(a)}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * What an item holds below its heading: the closed badge, journal number, sections (with the
 * decision's outcome or a staff note) and Bilag. Shared by the whole document and an item's
 * own page.
 */
export function ItemContent(props: {
  item: DocumentItem;
  href: AttachmentHref;
  heading: SectionHeading;
  attachmentExtra?: AttachmentExtra | undefined;
}) {
  const { item } = props;
  const H = props.heading;
  return (
    <>
      {item.closedNote ? <p class="closed-badge">{item.closedNote}</p> : null}
      <JournalNumber value={item.journalNumber} />
      {item.sections.map((s) => (
        <div
          class={s.kind === "field" ? "section" : `section section--${s.kind.replace("_", "-")}`}
        >
          <H>{s.heading}</H>
          {s.note ? <p class={s.kind === "decision" ? "muted" : "private-note"}>{s.note}</p> : null}
          <RichText doc={s.doc} firstHeading={H === "h2" ? 3 : 4} />
        </div>
      ))}
      <Attachments
        list={item.attachments}
        href={props.href}
        heading={H}
        extra={props.attachmentExtra}
      />
    </>
  );
}

/** Extra content at the end of an item, e.g. the staff page's upload form. */
export type ItemFooter = (item: DocumentItem, index: number) => Child;

function Item(props: {
  item: DocumentItem;
  href: AttachmentHref;
  footer: Child;
  extra?: AttachmentExtra | undefined;
}) {
  const { item, href } = props;
  const id = `${item.anchor}-titel`;
  return (
    <section
      id={item.anchor}
      class={item.closed ? "item item--closed" : "item"}
      aria-labelledby={id}
    >
      <h2 id={id}>{item.heading}</h2>
      <ItemContent item={item} href={href} heading="h3" attachmentExtra={props.extra} />
      {props.footer}
    </section>
  );
}

/**
 * An agenda or minutes as semantic HTML: one h1, items as h2, sections as h3, a table of
 * contents. The same markup serves the portal, the staff area and print.
 */
export function MeetingDocumentView(props: {
  doc: MeetingDocument;
  attachmentHref?: AttachmentHref;
  /** Staff only: more after each attachment's link. */
  attachmentExtra?: AttachmentExtra;
  itemFooter?: ItemFooter;
  /** Shown right under the title, e.g. the meeting's status for staff. */
  children?: Child;
}) {
  const { doc } = props;
  const href = props.attachmentHref ?? (() => null);
  return (
    <article class="document">
      <h1>{doc.title}</h1>
      <p class="muted">{doc.organisationName}</p>
      {props.children}
      <dl class="facts">
        {doc.facts.map((f) => (
          <>
            <dt>{f.label}</dt>
            <dd>{f.datetime ? <time datetime={f.datetime}>{f.value}</time> : f.value}</dd>
          </>
        ))}
      </dl>
      {doc.corrections ? (
        <section class="corrections" id="rettelser" aria-labelledby="rettelser-titel">
          <h2 id="rettelser-titel">{doc.corrections.heading}</h2>
          <p>{doc.corrections.note}</p>
          <ul>
            {doc.corrections.lines.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {doc.items.length === 0 ? <p>{m.noItems}</p> : null}
      {doc.items.length > 1 ? (
        <nav class="toc" aria-label={m.items}>
          <ol>
            {doc.items.map((item) => (
              <li>
                <a href={`#${item.anchor}`}>{item.heading}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {doc.items.map((item, i) => (
        <Item
          item={item}
          href={href}
          footer={props.itemFooter?.(item, i) ?? null}
          extra={props.attachmentExtra}
        />
      ))}
      {doc.signoffs ? (
        <section class="signoffs" id="godkendelse" aria-labelledby="godkendelse-titel">
          <h2 id="godkendelse-titel">{doc.signoffs.heading}</h2>
          {doc.signoffs.lines.map((line) => (
            <p>{line}</p>
          ))}
        </section>
      ) : null}
    </article>
  );
}
