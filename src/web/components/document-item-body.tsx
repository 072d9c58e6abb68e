import type { DocumentItem } from "../../domain/document/document.ts";
import { type AttachmentHref, ItemContent } from "../../render/html/meeting-document.tsx";
import { attachmentHref } from "../portal-urls.ts";

const publicHref: AttachmentHref = (a) => (a.stored && a.id !== null ? attachmentHref(a.id) : null);

/**
 * One item of a document model on a page of its own: the heading is the page's h1 (given by the
 * page), sections are h2. Public only when the item comes from publicDocument().
 */
export function DocumentItemBody(props: { item: DocumentItem }) {
  const { item } = props;
  return (
    <div class={item.closed ? "item item--single item--closed" : "item item--single"}>
      <ItemContent item={item} href={publicHref} heading="h2" />
    </div>
  );
}
