import type { EntryDiff, FieldDiff } from "../../domain/case/diff-revisions.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { RichDiffText } from "./rich-text.tsx";

const m = caseUi.revisions;

/** Text with its insertions (ins) and deletions (del), named for screen readers too. */
export function DiffText(props: { entry: EntryDiff }) {
  return (
    <p class="case-diff-text">
      {props.entry.parts.map((part) =>
        part.kind === "inserted" ? (
          <ins>
            <span class="visually-hidden">{m.inserted} </span>
            {part.text}
            <span class="visually-hidden"> </span>
          </ins>
        ) : part.kind === "deleted" ? (
          <del>
            <span class="visually-hidden">{m.deleted} </span>
            {part.text}
            <span class="visually-hidden"> </span>
          </del>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

/**
 * The changes between two revisions: the case's facts that changed, then every field that
 * changed as it reads (headings, lists, tables) with insertions and deletions marked inside.
 * `headingLevel` is that of the field headings; the fields' own headings start one below.
 */
export function CaseDiff(props: {
  facts: EntryDiff[];
  fields: FieldDiff[];
  headingLevel: 2 | 3 | 4;
  /** Unchanged fields shown with their text too: the whole case, its changes marked in place. */
  showUnchanged?: boolean;
}) {
  const H = `h${props.headingLevel}` as "h2";
  const changed = props.fields.filter((f) => f.changed);
  const shown = props.showUnchanged ? props.fields : changed;
  if (props.facts.length === 0 && changed.length === 0) return <p>{m.noChanges}</p>;
  return (
    <div class="case-diff">
      {props.facts.length > 0 ? (
        <>
          <H>{m.facts}</H>
          <dl class="case-diff-facts">
            {props.facts.map((f) => (
              <>
                <dt>{f.label}</dt>
                <dd>
                  <DiffText entry={f} />
                </dd>
              </>
            ))}
          </dl>
        </>
      ) : null}
      {shown.map((f) => (
        <section class="case-diff-field">
          <H>{f.label}</H>
          {f.changed || props.showUnchanged ? (
            <RichDiffText doc={f.doc} firstHeading={props.headingLevel + 1} />
          ) : (
            <p class="muted">{m.unchangedField}</p>
          )}
        </section>
      ))}
    </div>
  );
}
