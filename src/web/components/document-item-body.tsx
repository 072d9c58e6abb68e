import { webMessages } from "../../i18n/da/web.ts";
import type { DocumentItem } from "../../render/document.ts";
import { attachmentHref } from "../portal-urls.ts";
import { JournalNumber } from "./journal-number.tsx";
import { RichText } from "./rich-text.tsx";

const m = webMessages.meeting;

/**
 * One item of a document model on a page of its own: the heading is the page's h1 (given by the
 * page), sections are h2. Public only when the item comes from publicDocument().
 */
export function DocumentItemBody(props: { item: DocumentItem }) {
  const { item } = props;
  const files = item.attachments;
  return (
    <div class={item.closed ? "item item--single item--closed" : "item item--single"}>
      {item.closedNote ? <p class="closed-badge">{item.closedNote}</p> : null}
      <JournalNumber value={item.journalNumber} />
      {item.sections.map((s) => (
        <div
          class={s.kind === "field" ? "section" : `section section--${s.kind.replace("_", "-")}`}
        >
          <h2>{s.heading}</h2>
          {s.note ? <p class="muted">{s.note}</p> : null}
          <RichText doc={s.doc} />
        </div>
      ))}
      {files.length > 0 ? (
        <>
          <h2>{m.attachments}</h2>
          <ul class="attachments">
            {files.map((a) => (
              <li>
                {a.stored && a.id !== null ? <a href={attachmentHref(a.id)}>{a.name}</a> : a.name}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
