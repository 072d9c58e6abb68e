import type { CaseHistoryEntry } from "../../domain/publication/list-case-history.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { formatShortDate, isoLocal } from "../format-date.ts";
import { itemHref } from "../portal-urls.ts";

const p = portalMessages.item;

/** What came of the case at one meeting, as the public may read it. */
function outcome(entry: CaseHistoryEntry): string {
  const { item, kind } = entry;
  if (item.closed) return item.openDecision ?? (kind === "agenda" ? p.onAgenda : p.noDecision);
  if (item.decision) return `${webMessages.outcome[item.decision.outcome]}: ${item.decision.text}`;
  return kind === "agenda" ? p.onAgenda : p.noDecision;
}

/** The meetings where the case of an item appeared, the current item marked. */
export function CaseHistory(props: {
  entries: CaseHistoryEntry[] | null;
  current: { meetingId: number; place: number };
}) {
  const { entries, current } = props;
  const others = entries?.filter(
    (e) => e.meetingId !== current.meetingId || e.place !== current.place,
  );
  return (
    <section class="case-history" aria-labelledby="sagens-forloeb">
      <h2 id="sagens-forloeb">{p.history}</h2>
      {entries === null ? <p>{p.noCase}</p> : null}
      {others?.length === 0 ? <p>{p.noHistory}</p> : null}
      {entries && others && others.length > 0 ? (
        <>
          <p class="muted">{p.historyIntro}</p>
          <ol class="history-list">
            {entries.map((e) => {
              const isCurrent = e.meetingId === current.meetingId && e.place === current.place;
              const date = (
                <time datetime={isoLocal(e.startsAt)}>{formatShortDate(e.startsAt)}</time>
              );
              return (
                <li>
                  <p class="history-meeting">
                    {isCurrent ? (
                      <span aria-current="page">
                        {date}, {e.committee.name} ({p.current})
                      </span>
                    ) : (
                      <a href={itemHref(e.meetingId, e.place)}>
                        {date}, {e.committee.name},{" "}
                        {webMessages.meeting.item(e.item.number, e.item.title)}
                      </a>
                    )}{" "}
                    <span class="tag">
                      {webMessages.meeting[e.kind === "agenda" ? "kindAgenda" : "kindMinutes"]}
                    </span>
                  </p>
                  <p class="history-outcome">{outcome(e)}</p>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </section>
  );
}
