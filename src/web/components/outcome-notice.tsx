import type { Child } from "hono/jsx";

/**
 * What an action did, on the page its form leads back to (post, redirect, get): »Sagen er
 * gemt«. A live region announces changes, not a page's first content, so the notice is focused
 * as the page loads: a keyboard or screen-reader user hears it and goes on from it instead of
 * from the top of the page. A page opened at a fragment is not autofocused: an address that
 * leads to a notice ends in the notice's own id, and the browser focuses it there.
 */
export function OutcomeNotice(props: {
  children: Child;
  /** `case-notice` for a case's green confirmation; `notice` otherwise. */
  class?: string;
  id?: string;
  /** A notice holding more than a sentence (a paragraph and a field) is a div. */
  block?: boolean;
}) {
  const attributes = {
    class: `${props.class ?? "notice"} outcome`,
    role: "status",
    tabindex: -1,
    autofocus: true,
    ...(props.id ? { id: props.id } : {}),
  };
  return props.block ? (
    <div {...attributes}>{props.children}</div>
  ) : (
    <p {...attributes}>{props.children}</p>
  );
}
