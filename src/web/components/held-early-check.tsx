/**
 * The required box before starting or finishing a meeting ahead of its day: the field
 * `foer_tid` the use cases ask for (steerRoom, finishMeeting), described by the notice `note`.
 */
export function HeldEarlyCheck(props: { label: string; note: string }) {
  return (
    <label class="check-line">
      <input type="checkbox" name="foer_tid" value="1" required aria-describedby={props.note} />{" "}
      {props.label}
    </label>
  );
}
