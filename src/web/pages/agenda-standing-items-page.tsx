import type { StandingItem } from "../../domain/agenda/list-standing-items.ts";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { AgendaNotices } from "../components/agenda-notices.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const s = agendaMessages.standingItems;

/** A committee's standing items, first and last, with forms to add and remove them. */
export function AgendaStandingItemsPage(props: {
  viewer: Viewer;
  committee: { id: number; name: string };
  items: StandingItem[];
  errors?: readonly string[];
  notice?: string | null;
}) {
  const title = s.title(props.committee.name);
  const csrf = props.viewer?.csrfToken ?? "";
  const base = `/app/udvalg/${props.committee.id}/faste-punkter`;
  const group = (placement: "first" | "last", heading: string) => {
    const list = props.items.filter((i) => i.placement === placement);
    return (
      <section aria-labelledby={`faste-${placement}`}>
        <h2 id={`faste-${placement}`}>{heading}</h2>
        {list.length === 0 ? <p>{s.none}</p> : null}
        <ul class="themes-list">
          {list.map((item) => (
            <li>
              <p>
                <strong>{item.title}</strong>
                {item.durationMinutes ? ` (${item.durationMinutes} min.)` : ""}
                {item.approvesMinutes ? ` – ${s.approves}` : ""}
              </p>
              <form method="post" action={`${base}/${item.id}/fjern`} class="agenda-inline-form">
                <input type="hidden" name="_csrf" value={csrf} />
                <button
                  type="submit"
                  class="agenda-button agenda-button-danger"
                  aria-label={s.removeLabel(item.title)}
                >
                  {s.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
    );
  };
  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      <p class="lead">{s.intro}</p>
      <AgendaNotices errors={props.errors ?? null} notice={props.notice ?? null} />
      {group("first", s.first)}
      {group("last", s.last)}
      <form method="post" action={base} class="agenda-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <fieldset>
          <legend>{s.add}</legend>
          <label for="fast-titel">{s.itemTitle}</label>
          <input id="fast-titel" name="titel" type="text" required />
          <fieldset>
            <legend>{s.placement}</legend>
            <label class="checkbox">
              <input type="radio" name="placering" value="first" checked /> {s.first}
            </label>
            <label class="checkbox">
              <input type="radio" name="placering" value="last" /> {s.last}
            </label>
          </fieldset>
          <label for="fast-minutter">{s.duration}</label>
          <input
            id="fast-minutter"
            name="minutter"
            type="number"
            min="0"
            max="600"
            inputmode="numeric"
          />
          <label class="checkbox">
            <input type="checkbox" name="godkender_referat" value="1" /> {s.approves}
          </label>
          <button type="submit" class="button">
            {s.add}
          </button>
        </fieldset>
      </form>
    </Layout>
  );
}
