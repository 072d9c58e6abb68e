import { caseUi } from "../../i18n/da/case-ui.ts";

const m = caseUi.sharing;

/** The author shares the case with colleagues on its committee (co-authors) or stops it. */
export function CaseSharing(props: {
  caseId: number;
  shared: { id: number; name: string }[];
  colleagues: { id: number; name: string }[];
  csrfToken: string;
}) {
  const base = `/app/sager/${props.caseId}/deling`;
  const candidates = props.colleagues.filter((c) => !props.shared.some((s) => s.id === c.id));
  return (
    <section class="case-sharing" aria-labelledby="deling">
      <h2 id="deling">{m.heading}</h2>
      <p class="muted">{m.intro}</p>
      {props.shared.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ul class="case-restore">
          {props.shared.map((p) => (
            <li>
              <form method="post" action={`${base}/${p.id}/stop`}>
                <input type="hidden" name="_csrf" value={props.csrfToken} />
                {p.name}{" "}
                <button class="button case-secondary" type="submit" aria-label={m.stopFor(p.name)}>
                  {m.stop}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 ? (
        <form method="post" action={base} class="case-share-form">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <label for="del-med">{m.with}</label>
          <select id="del-med" name="bruger">
            {candidates.map((c) => (
              <option value={String(c.id)}>{c.name}</option>
            ))}
          </select>
          <button class="button case-secondary" type="submit">
            {m.share}
          </button>
        </form>
      ) : null}
    </section>
  );
}
