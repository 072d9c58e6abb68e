/** A page's outcome messages: problems (role=alert, listed) and a confirmation (role=status). */
export function AgendaNotices(props: {
  errorTitle?: string;
  errors?: readonly string[] | null;
  notice?: string | null;
}) {
  const errors = props.errors ?? [];
  return (
    <>
      {errors.length > 0 ? (
        <div class="error-summary agenda-errors" role="alert" id="fejl" tabindex={-1}>
          {props.errorTitle ? <p>{props.errorTitle}</p> : null}
          <ul>
            {errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
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
