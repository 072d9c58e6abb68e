import type { ThemeView } from "../../domain/agenda/list-themes.ts";
import type { CalendarMeeting } from "../../domain/meeting/list-committee-year.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { formatMeetingDate, formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const t = agendaMessages.themes;

/** The backlog "Temaer til kommende møder": add themes, put one on an upcoming agenda. */
export function ThemesPage(props: {
  viewer: Viewer;
  committee: { id: number; name: string };
  themes: ThemeView[];
  upcoming: CalendarMeeting[];
  errors?: readonly string[];
  notice?: string | null;
  values?: { title: string; note: string };
}) {
  const title = t.title(props.committee.name);
  const csrf = props.viewer?.csrfToken ?? "";
  const base = `/app/udvalg/${props.committee.id}/temaer`;
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p class="lead">{t.intro}</p>
      <AgendaNotices errors={props.errors ?? null} notice={props.notice ?? null} />
      {props.themes.length === 0 ? <p>{t.none}</p> : null}
      <ul class="themes-list">
        {props.themes.map((theme) => (
          <li>
            <h2 id={`tema-${theme.id}`}>{theme.title}</h2>
            {theme.note ? <p>{theme.note}</p> : null}
            {theme.onAgenda ? (
              <p>
                <a href={`/app/moeder/${theme.onAgenda.meetingId}`}>
                  {t.onAgenda(formatShortDate(theme.onAgenda.startsAt))}
                </a>
              </p>
            ) : props.upcoming.length === 0 ? (
              <p class="muted">{t.noMeetings}</p>
            ) : (
              <form method="post" action={`${base}/${theme.id}/dagsorden`} class="agenda-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <label for={`moede-${theme.id}`}>{t.toMeeting}</label>
                <select id={`moede-${theme.id}`} name="moede">
                  {props.upcoming.map((m) => (
                    <option value={String(m.id)}>{formatMeetingDate(m.startsAt)}</option>
                  ))}
                </select>{" "}
                <button type="submit" class="agenda-button" aria-describedby={`tema-${theme.id}`}>
                  {t.submitToMeeting}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <form method="post" action={base} class="agenda-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <fieldset>
          <legend>{t.add}</legend>
          <label for="tema-titel">{t.themeTitle}</label>
          <input
            id="tema-titel"
            name="titel"
            type="text"
            required
            value={props.values?.title ?? ""}
          />
          <label for="tema-note">{t.note}</label>
          <textarea id="tema-note" name="note" rows={3}>
            {props.values?.note ?? ""}
          </textarea>
          <button type="submit" class="button">
            {t.add}
          </button>
        </fieldset>
      </form>
    </Layout>
  );
}
