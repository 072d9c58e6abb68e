import type { AgendaItemChanges } from "../../domain/agenda/update-agenda-item.ts";
import type { MeetingItem } from "../../domain/meeting/meeting.types.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { agendaCorrectionMessages } from "../../i18n/da/agenda-correction.ts";
import { danishClock } from "../../i18n/da/clock.ts";

const a = agendaMessages.assembly;

const CONTROLS: Record<keyof AgendaItemChanges, string> = {
  title: "titel",
  durationMinutes: "minutter",
  closed: "lukket",
  closureReason: "begrundelse",
  openDecision: "aaben",
};

/** The id of the control for one of an item's editable facts in its edit form. */
export const itemControlId = (itemId: number, fact: keyof AgendaItemChanges) =>
  `${CONTROLS[fact]}-${itemId}`;

/** The address of that control, for a refusal that names the fact; null for anything else. */
export const itemControlHref = (itemId: number, fact: string) =>
  fact in CONTROLS ? `#${itemControlId(itemId, fact as keyof AgendaItemChanges)}` : null;

/** "9.30-10.15" from "09:30" and "10:15". */
export const slotText = (start: string | null, end: string | null) =>
  start && end ? `${danishClock(start)}-${danishClock(end)}` : null;

function MoveForm(props: {
  base: string;
  item: MeetingItem;
  direction: "op" | "ned";
  csrfToken: string;
}) {
  const { item } = props;
  const up = props.direction === "op";
  return (
    <form method="post" action={`${props.base}/punkter/${item.id}/flyt`} class="agenda-inline-form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="retning" value={props.direction} />
      <button
        type="submit"
        class="agenda-button"
        id={`flyt-${props.direction}-${item.id}`}
        data-move={props.direction}
        aria-label={
          up ? a.moveUpLabel(item.number, item.title) : a.moveDownLabel(item.number, item.title)
        }
      >
        {up ? a.moveUp : a.moveDown}
      </button>
    </form>
  );
}

/**
 * One item in the secretary's list: number, title, time slot, estimate and tags; buttons to
 * move it (plain forms, so the keyboard and no-script browsers can), a drag handle the
 * agenda-order island brings to life, and a form to edit or remove it.
 */
export function AgendaItemRow(props: {
  base: string;
  item: MeetingItem;
  durationMinutes: number | null;
  /** Sent to members in an agenda or supplement: it can no longer be removed. */
  published: boolean;
  /** Added after the agenda went out and waiting for a supplement. */
  pending: boolean;
  supplement: boolean;
  first: boolean;
  last: boolean;
  csrfToken: string;
  /** The page to correct or withdraw a sent item of a published agenda; null otherwise. */
  correctHref?: string | null;
}) {
  const { item, base, csrfToken } = props;
  const slot = slotText(item.slotStart, item.slotEnd);
  const titleId = `dp-${item.id}-titel`;
  return (
    <li
      class="agenda-row"
      id={`dp-${item.id}`}
      data-item-id={String(item.id)}
      aria-labelledby={titleId}
    >
      <div class="agenda-row-main">
        <button
          type="button"
          class="agenda-handle"
          hidden
          data-handle=""
          id={`greb-${item.id}`}
          aria-label={a.dragHandle(item.number, item.title)}
          aria-describedby="agenda-drag-help"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <p class="agenda-row-title" id={titleId}>
          <span class="agenda-number">{item.number}.</span> {item.title}
        </p>
        <p class="agenda-row-meta">
          {slot ? <span class="agenda-slot">{slot}</span> : null}
          <span>{props.durationMinutes ? a.minutes(props.durationMinutes) : a.noEstimate}</span>
          {item.standing ? <span class="tag">{a.standing}</span> : null}
          {item.closed ? <span class="tag agenda-tag-closed">{a.closed}</span> : null}
          {props.supplement ? <span class="tag">{a.supplement}</span> : null}
          {props.pending ? <span class="tag agenda-tag-pending">{a.notYetSent}</span> : null}
          {item.withdrawnAt ? (
            <span class="tag agenda-tag-closed">{agendaCorrectionMessages.assembly.withdrawn}</span>
          ) : null}
        </p>
        {item.caseId !== null || (props.correctHref && !item.withdrawnAt) ? (
          <p class="agenda-row-correct">
            {item.caseId !== null ? (
              <a href={`/app/sager/${item.caseId}`}>
                {a.openCase}
                <span class="visually-hidden">{a.editItem(item.number)}</span>
              </a>
            ) : null}
            {item.caseId !== null && props.correctHref && !item.withdrawnAt ? " · " : null}
            {props.correctHref && !item.withdrawnAt ? (
              <a href={props.correctHref}>{agendaCorrectionMessages.page.link(item.number)}</a>
            ) : null}
          </p>
        ) : null}
      </div>
      <div class="agenda-row-actions">
        {props.first ? null : (
          <MoveForm base={base} item={item} direction="op" csrfToken={csrfToken} />
        )}
        {props.last ? null : (
          <MoveForm base={base} item={item} direction="ned" csrfToken={csrfToken} />
        )}
        <details class="agenda-edit">
          <summary>
            {props.published ? a.editSent : a.edit}
            <span class="visually-hidden">{a.editItem(item.number)}</span>
          </summary>
          <form method="post" action={`${base}/punkter/${item.id}`} class="agenda-form">
            <fieldset>
              <legend>{a.editLegend(item.number)}</legend>
              <input type="hidden" name="_csrf" value={csrfToken} />
              <label for={itemControlId(item.id, "title")}>{a.title}</label>
              {props.published ? (
                <p class="muted" id={`${itemControlId(item.id, "title")}-hint`}>
                  {a.titleSent(item.number)}
                </p>
              ) : null}
              <input
                id={itemControlId(item.id, "title")}
                name="titel"
                type="text"
                required
                value={item.title}
                readonly={props.published}
                aria-describedby={
                  props.published ? `${itemControlId(item.id, "title")}-hint` : undefined
                }
              />
              <label for={itemControlId(item.id, "durationMinutes")}>{a.duration}</label>
              <input
                id={itemControlId(item.id, "durationMinutes")}
                name="minutter"
                type="number"
                inputmode="numeric"
                min="0"
                max="600"
                value={props.durationMinutes === null ? "" : String(props.durationMinutes)}
              />
              <label class="checkbox">
                <input
                  id={itemControlId(item.id, "closed")}
                  type="checkbox"
                  name="lukket"
                  value="1"
                  checked={item.closed}
                  aria-describedby={
                    props.published ? `${itemControlId(item.id, "closed")}-hint` : undefined
                  }
                />{" "}
                {a.closedLabel}
              </label>
              {props.published ? (
                <p class="muted" id={`${itemControlId(item.id, "closed")}-hint`}>
                  {a.closedSent}
                </p>
              ) : null}
              <label for={itemControlId(item.id, "closureReason")}>{a.closureReason}</label>
              <p class="muted" id={`${itemControlId(item.id, "closureReason")}-hint`}>
                {a.closureReasonHint}
              </p>
              <textarea
                id={itemControlId(item.id, "closureReason")}
                name="begrundelse"
                rows={2}
                aria-describedby={`${itemControlId(item.id, "closureReason")}-hint`}
              >
                {item.closureReason ?? ""}
              </textarea>
              <label for={itemControlId(item.id, "openDecision")}>{a.openDecision}</label>
              <textarea
                id={itemControlId(item.id, "openDecision")}
                name="aaben_beslutning"
                rows={2}
              >
                {item.openDecision ?? ""}
              </textarea>
              <button type="submit" class="button">
                {a.save}
              </button>
            </fieldset>
          </form>
          {props.published ? null : (
            <form
              method="post"
              action={`${base}/punkter/${item.id}/fjern`}
              class="agenda-inline-form"
            >
              <input type="hidden" name="_csrf" value={csrfToken} />
              <button
                type="submit"
                class="agenda-button agenda-button-danger"
                aria-label={a.removeLabel(item.number, item.title)}
              >
                {a.remove}
              </button>
            </form>
          )}
        </details>
      </div>
    </li>
  );
}
