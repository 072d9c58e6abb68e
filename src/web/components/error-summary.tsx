import type { Child } from "hono/jsx";

/**
 * Why an action was refused, at the top of the page: announced (role=alert) and focused as the
 * page loads, so a keyboard or screen-reader user starts from what went wrong and what to do.
 * One message is a paragraph, several a list; `children` adds links to the places to fix.
 */
export function ErrorSummary(props: {
  messages: readonly string[];
  title?: string | null;
  /** The anchor links and skip links use; #fejl unless the page has its own. */
  id?: string;
  class?: string;
  children?: Child;
}) {
  if (props.messages.length === 0) return null;
  return (
    <div
      class={props.class ? `error-summary ${props.class}` : "error-summary"}
      role="alert"
      id={props.id ?? "fejl"}
      tabindex={-1}
      autofocus
    >
      {props.title ? <h2>{props.title}</h2> : null}
      {props.messages.length === 1 ? (
        <p>{props.messages[0]}</p>
      ) : (
        <ul>
          {props.messages.map((message) => (
            <li>{message}</li>
          ))}
        </ul>
      )}
      {props.children}
    </div>
  );
}
