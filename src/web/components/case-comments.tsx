import type { CommentView } from "../../domain/case/list-comments.ts";
import type { PmDoc, PmNode } from "../../domain/richtext/doc.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { formatCaseTime } from "./case-time.ts";
import { OutcomeNotice } from "./outcome-notice.tsx";

const m = caseUi.comments;

/** The text each comment mark covers, by anchor id, over the case's fields. */
export function anchoredTexts(fields: { doc: PmDoc }[]): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (node: PmNode) => {
    for (const mark of node.marks ?? []) {
      const id = mark.type === "comment" ? mark.attrs?.id : undefined;
      if (id) texts.set(id, (texts.get(id) ?? "") + (node.text ?? ""));
    }
    for (const child of node.content ?? []) walk(child);
  };
  for (const f of fields) for (const n of f.doc.content) walk(n);
  return texts;
}

/** One comment; a reply is linked to by its own id, a thread's first comment by the thread's. */
function Entry(props: { c: Omit<CommentView, "replies">; linked: boolean }) {
  const { c } = props;
  return (
    <div class="case-comment" id={props.linked ? `kommentar-${c.id}` : undefined}>
      <p class="case-comment-meta">{m.by(c.author.name, formatCaseTime(c.createdAt))}</p>
      {c.body.split(/\n+/).map((p) => (
        <p>{p}</p>
      ))}
    </div>
  );
}

/**
 * The comment threads of a case: what they are about (field and marked text), replies, resolve
 * and reopen, a reply form per thread and a form for a new comment. All plain forms; the
 * editor island fills in the marked text range of a new comment.
 */
export function CaseComments(props: {
  caseId: number;
  version: number;
  threads: CommentView[];
  fields: { key: string; label: string; doc: PmDoc }[];
  canComment: boolean;
  csrfToken: string;
  /** People on the case (author, co-authors, approver) who can be told about a comment. */
  people?: { id: number; name: string }[];
  /** Of those, whom a new comment tells unless unticked: the author, when others comment. */
  told?: number[];
  /** The viewer's user id: no »Svar til« oneself. */
  me?: number;
  /** What saving a comment did, told in its thread; the page opens at its `id`. */
  notice?: { threadId: number; text: string; id: string } | undefined;
}) {
  const { caseId, threads, fields, canComment, csrfToken } = props;
  const quotes = anchoredTexts(fields);
  const label = (key: string | null) =>
    key === null ? m.wholeCase : (fields.find((f) => f.key === key)?.label ?? key);
  return (
    <section class="case-comments" aria-labelledby="kommentarer">
      <h2 id="kommentarer">{m.heading}</h2>
      {threads.length === 0 ? <p>{m.none}</p> : null}
      <ol class="case-threads">
        {threads.map((t) => {
          const quote = t.anchor ? quotes.get(t.anchor) : undefined;
          return (
            <li
              class={t.resolvedAt ? "case-thread case-thread--resolved" : "case-thread"}
              id={`kommentar-${t.id}`}
            >
              <h3 class="case-thread-title">{m.on(label(t.fieldKey))}</h3>
              {t.anchor ? (
                quote ? (
                  <blockquote class="case-thread-quote">
                    <span class="visually-hidden">{m.quote}: </span>
                    {quote}
                  </blockquote>
                ) : (
                  <p class="muted">{m.detached}</p>
                )
              ) : null}
              <Entry c={t} linked={false} />
              {t.replies.map((r) => (
                <Entry c={r} linked={true} />
              ))}
              {props.notice?.threadId === t.id ? (
                <OutcomeNotice class="case-notice" id={props.notice.id}>
                  {props.notice.text}
                </OutcomeNotice>
              ) : null}
              {t.resolvedAt ? (
                <p class="case-thread-resolved">
                  {m.resolved(t.resolvedBy?.name ?? "", formatCaseTime(t.resolvedAt))}
                </p>
              ) : null}
              {canComment ? (
                <div class="case-thread-actions">
                  {t.resolvedAt ? null : (
                    <form method="post" action={`/app/sager/${caseId}/kommentarer`}>
                      <input type="hidden" name="_csrf" value={csrfToken} />
                      <input type="hidden" name="svar_til" value={String(t.id)} />
                      <label for={`svar-${t.id}`}>
                        {t.author.id === props.me ? m.replyInThread : m.replyLabel(t.author.name)}
                      </label>
                      <textarea id={`svar-${t.id}`} name="tekst" rows={2} required />
                      <button class="button case-secondary" type="submit">
                        {m.sendReply}
                      </button>
                    </form>
                  )}
                  <form
                    method="post"
                    action={`/app/kommentarer/${t.id}/${t.resolvedAt ? "genaabn" : "loes"}`}
                  >
                    <input type="hidden" name="_csrf" value={csrfToken} />
                    <input type="hidden" name="sag" value={String(caseId)} />
                    <button class="button case-secondary" type="submit">
                      {t.resolvedAt ? m.reopen : m.resolve}
                    </button>
                  </form>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canComment ? (
        <form
          class="case-new-comment"
          id="ny-kommentar"
          method="post"
          action={`/app/sager/${caseId}/kommentarer`}
          data-case-comment-form
        >
          <h3>{m.newHeading}</h3>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <input type="hidden" name="version" value={String(props.version)} />
          <input type="hidden" name="anker" value="" data-comment-anchor />
          <input type="hidden" name="markeret" value="" data-comment-doc />
          <p class="case-comment-quote" data-comment-quote hidden />
          <label for="kommentar-felt">{m.field}</label>
          <select id="kommentar-felt" name="felt" data-comment-field>
            <option value="">{m.wholeCase}</option>
            {fields.map((f) => (
              <option value={f.key}>{f.label}</option>
            ))}
          </select>
          {props.people?.length ? (
            <fieldset class="case-mentions">
              <legend>{m.notify}</legend>
              {props.people.map((p) => (
                <div class="case-checkbox">
                  <input
                    type="checkbox"
                    id={`naevn-${p.id}`}
                    name="naevn"
                    value={String(p.id)}
                    checked={props.told?.includes(p.id)}
                  />
                  <label for={`naevn-${p.id}`}>{p.name}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <label for="kommentar-tekst">{m.body}</label>
          <p class="muted" id="kommentar-tekst-hint">
            {m.bodyHint}
          </p>
          <textarea
            id="kommentar-tekst"
            name="tekst"
            rows={3}
            required
            aria-describedby="kommentar-tekst-hint"
          />
          <button class="button" type="submit">
            {m.submit}
          </button>
        </form>
      ) : null}
    </section>
  );
}
