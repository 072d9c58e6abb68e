import type { Child } from "hono/jsx";

/**
 * Why an action was refused, at the top of the page: announced (role=alert) and focused as the
 * page loads, so a keyboard or screen-reader user starts from what went wrong and what to do.
 * One message is a paragraph, several a list; a message with a link (`links`, by index) leads
 * to the field to fix; `children` adds more.
 */
export function ErrorSummary(props: {
  messages: readonly string[];
  /** Per message, the address of the field it is about (`#id`), or null. */
  links?: readonly (string | null)[];
  title?: string | null;
  /** The anchor links and skip links use; #fejl unless the page has its own. */
  id?: string;
  class?: string;
  children?: Child;
}) {
  if (props.messages.length === 0) return null;
  const shown = props.messages.map((message, i) => {
    const href = props.links?.[i];
    return href ? <a href={href}>{message}</a> : message;
  });
  return (
    <div
      class={props.class ? `error-summary ${props.class}` : "error-summary"}
      role="alert"
      id={props.id ?? "fejl"}
      tabindex={-1}
      autofocus
    >
      {props.title ? <h2>{props.title}</h2> : null}
      {shown.length === 1 ? (
        <p>{shown[0]}</p>
      ) : (
        <ul>
          {shown.map((message) => (
            <li>{message}</li>
          ))}
        </ul>
      )}
      {props.children}
    </div>
  );
}
