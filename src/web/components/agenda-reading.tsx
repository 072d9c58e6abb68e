import type { MeetingItem } from "../../domain/meeting/meeting.types.ts";
import type { ItemReadingState, ReadingState } from "../../domain/reading/get-reading-state.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";

const r = agendaMessages.reading;

const when = (d: Date) =>
  new Intl.DateTimeFormat("da-DK", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Copenhagen",
  }).format(d);

const changedText = (s: ItemReadingState) =>
  [
    s.isNew ? r.newSince : s.changed ? r.changedSince : null,
    s.newAttachments > 0 ? r.newAttachments(s.newAttachments) : null,
  ]
    .filter(Boolean)
    .join(", ");

/** Top of the page for a reader: when they last read it, what changed since, and "mark read". */
export function ReadingSummary(props: {
  base: string;
  items: MeetingItem[];
  reading: ReadingState;
  csrfToken: string;
}) {
  const { reading } = props;
  const changed = props.items.filter((i) => {
    const s = reading.items.get(i.id);
    return s ? changedText(s) !== "" : false;
  });
  return (
    <section class="agenda-reading" aria-labelledby="laesning">
      <h2 id="laesning">{r.changedHeading}</h2>
      <p role="status" data-read-state>
        {reading.readAt ? r.lastRead(when(reading.readAt)) : r.unread}
      </p>
      {reading.readAt ? (
        changed.length === 0 ? (
          <p>{r.noChanges}</p>
        ) : (
          <ul>
            {changed.map((i) => (
              <li>
                {/* To the item's heading, so the changed text is read from its start. */}
                <a href={`#punkt-${props.items.indexOf(i) + 1}`}>
                  {i.number}. {i.title}
                </a>{" "}
                – {changedText(reading.items.get(i.id) as ItemReadingState)}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <form method="post" action={`${props.base}/laest`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <button type="submit" class="button">
          {r.markRead}
        </button>
      </form>
    </section>
  );
}

/** Under each item: what changed since the reader last read, and their private note. */
export function ReadingItemFooter(props: {
  base: string;
  item: MeetingItem;
  state: ItemReadingState | undefined;
  csrfToken: string;
}) {
  const { item, state } = props;
  const changed = state ? changedText(state) : "";
  const id = `note-${item.id}`;
  return (
    <div
      class="agenda-note"
      data-item-id={String(item.id)}
      data-opened={state?.opened ? "" : undefined}
    >
      {changed ? <p class="agenda-changed">{changed}</p> : null}
      <form
        method="post"
        action={`${props.base}/punkter/${item.id}/note`}
        id={id}
        data-note-base={state?.noteUpdatedAt ?? ""}
        data-note-form
        data-opened-url={`${props.base}/punkter/${item.id}/aabnet`}
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label for={`${id}-tekst`}>{r.noteLabel(item.number)}</label>
        <p class="muted" id={`${id}-hint`}>
          {r.noteHint}
        </p>
        <textarea id={`${id}-tekst`} name="note" rows={3} aria-describedby={`${id}-hint`}>
          {state?.note ?? ""}
        </textarea>
        <div class="agenda-note-save">
          <button type="submit" class="button">
            {r.saveNote}
          </button>
          <p class="agenda-note-status" role="status" data-note-status />
        </div>
      </form>
    </div>
  );
}
