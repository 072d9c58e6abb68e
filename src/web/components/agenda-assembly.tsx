import type { AgendaWorkspace } from "../../domain/agenda/get-agenda-workspace.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { formatShortDate } from "../format-date.ts";
import { AgendaCorrectionsPending, unsentCorrections } from "./agenda-corrections-pending.tsx";
import { AgendaItemRow } from "./agenda-item-row.tsx";

const a = agendaMessages.assembly;

const dateOf = (iso: string) => formatShortDate(`${iso} 00:00:00`);

/** The versions after the first that sent new items: the supplements. */
const supplementsOf = (ws: AgendaWorkspace) =>
  new Set(
    [...ws.assembly.values()]
      .map((x) => x.publishedInVersion ?? 0)
      .filter((version) => version > 1),
  ).size;

/**
 * The secretary's tools on the agenda page: the ordered items with move, edit and remove; the
 * timing with an overrun warning; approved cases and themes to add; publishing with the lead
 * time. Every action is a plain form; the agenda-order island adds dragging and keeps focus.
 */
export function AgendaAssembly(props: { ws: AgendaWorkspace; csrfToken: string }) {
  const { ws, csrfToken } = props;
  const { meeting, timing } = ws;
  const base = `/app/moeder/${meeting.id}/dagsorden`;
  const pending = meeting.items.filter((i) => ws.assembly.get(i.id)?.publishedInVersion === null);
  const published = ws.agendaVersion > 0;
  const meetingEnd = meeting.endsAt ? meeting.endsAt.slice(11, 16) : null;
  return (
    <section class="agenda-assembly" aria-labelledby="sammensaet" id="sammensaetning">
      <h2 id="sammensaet">{a.heading}</h2>
      <p>{published ? a.published(ws.agendaVersion, supplementsOf(ws)) : a.draft}</p>
      {published && pending.length > 0 ? (
        <p class="notice">{a.pendingSupplement(pending.length)}</p>
      ) : null}
      <p class="muted" id="agenda-drag-help">
        {a.intro}
        {published ? ` ${a.reorderSent}` : null}
      </p>
      <p id="agenda-timing">{a.timing(timing.plannedMinutes, timing.availableMinutes)}</p>
      {timing.overrunMinutes > 0 && timing.endsAt && meetingEnd ? (
        <p class="agenda-warning" id="agenda-overrun">
          {a.overrun(timing.overrunMinutes, timing.endsAt, meetingEnd)}
        </p>
      ) : null}
      <ol
        class="agenda-order"
        id="agenda-order"
        aria-label={a.listLabel}
        data-order-action={`${base}/raekkefoelge`}
      >
        {meeting.items.map((item, i) => {
          const extra = ws.assembly.get(item.id);
          const isPublished = (extra?.publishedInVersion ?? null) !== null;
          return (
            <AgendaItemRow
              base={base}
              item={item}
              durationMinutes={extra?.durationMinutes ?? null}
              published={isPublished}
              pending={published && !isPublished}
              supplement={(extra?.publishedInVersion ?? 0) > 1}
              first={i === 0}
              last={i === meeting.items.length - 1}
              csrfToken={csrfToken}
              correctHref={
                meeting.status === "agenda_published" && isPublished
                  ? `${base}/punkter/${item.id}/ret`
                  : null
              }
            />
          );
        })}
      </ol>
      <form
        method="post"
        action={`${base}/raekkefoelge`}
        class="agenda-order-form"
        hidden
        data-order-form=""
      >
        <input type="hidden" name="_csrf" value={csrfToken} />
        <input type="hidden" name="orden" value={meeting.items.map((i) => i.id).join(",")} />
      </form>

      <h3>{a.addCase}</h3>
      {ws.readyCases.length === 0 ? (
        <p>{a.noCases}</p>
      ) : (
        <form method="post" action={`${base}/sager`} class="agenda-form">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <fieldset>
            <legend>{a.addCaseLegend}</legend>
            <ul class="agenda-choices">
              {ws.readyCases.map((c) => (
                <li>
                  <label class="checkbox">
                    <input type="checkbox" name="sag" value={String(c.id)} /> {c.title}
                    {c.durationMinutes ? ` (${a.minutes(c.durationMinutes)})` : ""}
                    {c.closed ? ` – ${a.closed}` : ""}
                  </label>
                </li>
              ))}
            </ul>
            <button type="submit" class="button">
              {a.addSelected}
            </button>
          </fieldset>
        </form>
      )}
      {ws.openThemes.length > 0 ? (
        <form method="post" action={`${base}/tema`} class="agenda-form">
          <input type="hidden" name="_csrf" value={csrfToken} />
          <label for="tema">{a.addThemeSelect}</label>
          <select id="tema" name="tema">
            {ws.openThemes.map((t) => (
              <option value={String(t.id)}>{t.title}</option>
            ))}
          </select>{" "}
          <button type="submit" class="button">
            {a.addThemeSubmit}
          </button>
        </form>
      ) : null}

      <h3>{a.publishHeading}</h3>
      {ws.leadTime ? (
        ws.leadTime.late ? (
          <p class="agenda-warning" id="agenda-lead-time">
            {a.leadTimeWarning(dateOf(ws.leadTime.latest), 4)}
          </p>
        ) : (
          <p id="agenda-lead-time">{a.leadTimeOk(dateOf(ws.leadTime.latest))}</p>
        )
      ) : null}
      <AgendaCorrectionsPending ws={ws} withSupplement={published && pending.length > 0} />
      {!published || pending.length > 0 ? (
        <p>
          <a class="button" href={`${base}/udsend`}>
            {published ? a.publishSupplement : a.publish}
          </a>
        </p>
      ) : unsentCorrections(ws) === 0 ? (
        <p class="muted" id="agenda-all-sent">
          {a.allSent}
        </p>
      ) : null}
    </section>
  );
}
