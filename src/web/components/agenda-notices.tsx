import { ErrorSummary } from "./error-summary.tsx";

/** A page's outcome messages: problems (role=alert, listed) and a confirmation (role=status). */
export function AgendaNotices(props: {
  errorTitle?: string;
  errors?: readonly string[] | null;
  /** Per error, the address of the field it is about, or null. */
  errorLinks?: readonly (string | null)[];
  notice?: string | null;
}) {
  const errors = props.errors ?? [];
  return (
    <>
      <ErrorSummary
        class="agenda-errors"
        title={props.errorTitle}
        messages={errors}
        {...(props.errorLinks ? { links: props.errorLinks } : {})}
      />
      <p
        class={props.notice ? "notice agenda-status" : "agenda-status"}
        role="status"
        id="agenda-status"
      >
        {props.notice ?? ""}
      </p>
    </>
  );
}
