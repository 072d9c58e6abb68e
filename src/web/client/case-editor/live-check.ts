import { caseUi } from "../../../i18n/da/case-ui.ts";
import { type CheckView, lixLine } from "../../components/case-check.tsx";

const m = caseUi.check;
const DEBOUNCE_MS = 300;

export interface Counts {
  words: number;
  sentences: number;
  longWords: number;
}

interface CheckResponse {
  field: CheckView;
  caseLix: { lix: number; scale: string; words: number; applies: boolean };
}

const lixText = (lix: number) => lix.toLocaleString("da-DK", { maximumFractionDigits: 1 });

function list(className: string, items: string[], attr?: (i: number) => string): HTMLUListElement {
  const ul = document.createElement("ul");
  ul.className = className;
  items.forEach((text, i) => {
    const li = document.createElement("li");
    li.textContent = text;
    if (attr) li.dataset.rule = attr(i);
    ul.append(li);
  });
  return ul;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  return p;
}

function part(label: string, list: HTMLUListElement): Node[] {
  return [paragraph("case-check-label", label), list];
}

/**
 * Writes a field's check into its live region, as the server renders it (CaseCheck), changing
 * only what changed: a screen reader then announces new or fixed problems, not the whole box.
 */
export function renderCheck(region: HTMLElement, check: CheckView) {
  if (region.hasAttribute("data-check-pending")) {
    region.removeAttribute("data-check-pending");
    region.querySelector(".case-check-pending")?.remove();
  }
  const lix = region.querySelector<HTMLElement>("[data-check-lix]");
  const text = lixLine(check);
  if (lix && lix.textContent !== text) lix.textContent = text;
  replacePart(region, "[data-check-spelling]", check.spelling, () =>
    part(m.spelling(check.spelling.length), list("case-check-words", check.spelling)),
  );
  const problems = check.accessibility;
  replacePart(region, "[data-check-accessibility]", problems, () =>
    part(
      m.accessibility(problems.length),
      list(
        "case-check-problems",
        problems.map((p) => p.message),
        (i) => problems[i]?.rule ?? "",
      ),
    ),
  );
  replacePart(region, "[data-check-cpr]", check.cpr, () => [
    ...part(m.cpr(check.cpr.length), list("case-check-cpr", check.cpr)),
    paragraph("case-check-note", m.cprNote),
  ]);
}

/**
 * Fills one part of the check (unknown words, problems, CPR numbers) from its findings, only
 * when they changed since the last time; empty when there are none.
 */
function replacePart(
  region: HTMLElement,
  selector: string,
  findings: readonly unknown[],
  build: () => Node[],
) {
  const box = region.querySelector<HTMLElement>(selector);
  const key = JSON.stringify(findings);
  if (!box || box.dataset.key === key) return;
  box.dataset.key = key;
  box.replaceChildren(...(findings.length ? build() : []));
}

/**
 * The live writing check: after a pause in typing (300 ms) the field's document goes to the
 * server, which answers with LIX, unknown words and accessibility problems for the field, and
 * the case's LIX from this field and the others' counts. A newer request cancels an older one.
 */
export class LiveCheck {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private pending = new Map<string, AbortController>();
  private counts = new Map<string, Counts>();
  constructor(
    private url: string,
    private csrf: string,
    private caseLix: HTMLElement | null,
  ) {}

  setCounts(key: string, counts: Counts) {
    this.counts.set(key, counts);
  }

  schedule(key: string, region: HTMLElement, doc: () => unknown) {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => void this.run(key, region, doc()), DEBOUNCE_MS),
    );
  }

  private async run(key: string, region: HTMLElement, doc: unknown) {
    this.pending.get(key)?.abort();
    const controller = new AbortController();
    this.pending.set(key, controller);
    const others = [...this.counts].filter(([k]) => k !== key).map(([, c]) => c);
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": this.csrf },
        body: JSON.stringify({ key, doc, others }),
        signal: controller.signal,
        credentials: "same-origin",
      });
      const body = (await response.json().catch(() => null)) as
        | (CheckResponse & { error?: string })
        | null;
      if (!response.ok || !body?.field) {
        region.dataset.checkState = "failed";
        const p = document.createElement("p");
        p.className = "case-check-failed";
        p.textContent = response.status === 413 ? caseUi.editor.tooBig : (body?.error ?? m.failed);
        region.replaceChildren(p);
        return;
      }
      this.counts.set(key, body.field);
      renderCheck(region, body.field);
      region.dataset.checkState = "done";
      region.dataset.checkSeq = String(Number(region.dataset.checkSeq ?? 0) + 1);
      region.dispatchEvent(new Event("case-check-done", { bubbles: true }));
      if (this.caseLix) {
        const l = body.caseLix;
        this.caseLix.textContent = l.applies ? m.caseLix(lixText(l.lix), l.scale) : "";
      }
    } catch (error) {
      if ((error as Error).name !== "AbortError") region.dataset.checkState = "failed";
    }
  }
}
