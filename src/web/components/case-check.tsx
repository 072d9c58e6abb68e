import type { FieldCheck } from "../../domain/writing/check-writing.ts";
import { type Lix, MIN_LIX_WORDS } from "../../domain/writing/compute-lix.ts";
import { caseBarMessages } from "../../i18n/da/case-bar.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { writingMessages } from "../../i18n/da/writing.ts";

const m = caseUi.check;

/** A field's writing check as the page and the live check endpoint send it. */
export interface CheckView {
  lix: number;
  /** The Danish scale word: meget let, let, middel, svær, meget svær. */
  scale: string;
  /** False below MIN_LIX_WORDS words: the LIX is not shown, the reason is. */
  applies: boolean;
  words: number;
  sentences: number;
  longWords: number;
  spelling: string[];
  accessibility: { rule: string; message: string }[];
  /** CPR numbers as written in the field. */
  cpr: string[];
}

export const lixText = (lix: number) => lix.toLocaleString("da-DK", { maximumFractionDigits: 1 });

/** What the LIX line of a field says: the LIX, or why there is none. */
export function lixLine(c: Pick<CheckView, "lix" | "scale" | "applies" | "words"> | null) {
  if (!c || c.words === 0) return m.noText;
  return c.applies ? m.lix(lixText(c.lix), c.scale) : m.lixTooShort(c.words, MIN_LIX_WORDS);
}

export function lixView(lix: Lix) {
  return {
    lix: lix.lix,
    scale: writingMessages.lixScale[lix.scale],
    applies: lix.applies,
    words: lix.words,
    sentences: lix.sentences,
    longWords: lix.longWords,
  };
}

export function checkView(check: FieldCheck): CheckView {
  return {
    ...lixView(check.lix),
    spelling: check.spelling.map((s) => s.word),
    accessibility: check.accessibility.map((a) => ({ rule: a.rule, message: a.message })),
    cpr: check.cpr.map((c) => c.number),
  };
}

/**
 * The writing check beside a field: LIX with its scale word, unknown words, accessibility
 * problems and CPR numbers. The editor island replaces the content of the live region as the author types.
 */
export function CaseCheck(props: { id: string; check: CheckView | null; pending?: boolean }) {
  const c = props.check;
  return (
    <div
      class="case-check"
      id={props.id}
      aria-live="polite"
      data-case-check
      data-check-pending={props.pending ? "" : undefined}
    >
      <h3 class="case-check-heading">{m.heading}</h3>
      {props.pending ? <p class="case-check-pending">{caseBarMessages.checkPending}</p> : null}
      {/* The LIX changes with nearly every pause in typing: shown, not announced. */}
      <p class="case-check-lix" aria-live="off" data-check-lix>
        {props.pending ? null : lixLine(c)}
      </p>
      <details class="case-check-why">
        <summary>{m.lixWhy}</summary>
        <p>{m.lixReason(MIN_LIX_WORDS)}</p>
      </details>
      <div data-check-spelling>
        {c && c.spelling.length > 0 ? (
          <>
            <p class="case-check-label">{m.spelling(c.spelling.length)}</p>
            <ul class="case-check-words">
              {c.spelling.map((w) => (
                <li lang="da">{w}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div data-check-accessibility>
        {c && c.accessibility.length > 0 ? (
          <>
            <p class="case-check-label">{m.accessibility(c.accessibility.length)}</p>
            <ul class="case-check-problems">
              {c.accessibility.map((a) => (
                <li data-rule={a.rule}>{a.message}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div data-check-cpr>
        {c && c.cpr.length > 0 ? (
          <>
            <p class="case-check-label">{m.cpr(c.cpr.length)}</p>
            <ul class="case-check-cpr">
              {c.cpr.map((number) => (
                <li>{number}</li>
              ))}
            </ul>
            <p class="case-check-note">{m.cprNote}</p>
          </>
        ) : null}
      </div>
    </div>
  );
}
