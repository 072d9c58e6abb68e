/**
 * A labelled text input with an optional hint the input is described by: the one text field
 * of the staff forms.
 */
export function TextField(props: {
  id: string;
  /** The form field's name; the id when not given. */
  name?: string;
  label: string;
  value: string;
  hint?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  /** Another element that describes the input too, e.g. the form's error summary. */
  describedBy?: string | undefined;
}) {
  const describedBy = [props.hint ? `${props.id}-hint` : null, props.describedBy ?? null]
    .filter(Boolean)
    .join(" ");
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name ?? props.id}
        type={props.type ?? "text"}
        value={props.value}
        required={props.required ?? false}
        autocomplete={props.autocomplete}
        aria-describedby={describedBy || undefined}
      />
    </>
  );
}
