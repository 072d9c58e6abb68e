import { ErrorSummary } from "./error-summary.tsx";
import { OutcomeNotice } from "./outcome-notice.tsx";

/**
 * A page's outcome messages: problems (role=alert, listed) and a confirmation (role=status),
 * each focused as the page loads.
 */
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
      {props.notice ? (
        <OutcomeNotice class="notice agenda-status" id="agenda-status">
          {props.notice}
        </OutcomeNotice>
      ) : (
        // Empty until a script on the page has something to say.
        <p class="agenda-status" role="status" id="agenda-status" />
      )}
    </>
  );
}
