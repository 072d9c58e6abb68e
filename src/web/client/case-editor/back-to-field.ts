/**
 * Saving reloads the case page, which opens at its top. An author who saved halfway down a
 * long case is brought back to the field they were writing in, with the caret in it, and the
 * confirmation (»Sagen er gemt som version 4.«) is said in the bar's status instead, where a
 * screen reader reads it out.
 */

const KEY = "referat-sag-felt";

/** Remembers the field last written in when the form is saved (not sent or returned). */
export function rememberFieldOnSave(form: HTMLFormElement): void {
  let field: string | null = null;
  form.addEventListener("focusin", (event) => {
    const section = (event.target as Element).closest<HTMLElement>(".case-field[data-key]");
    if (section?.dataset.key) field = section.dataset.key;
  });
  form.addEventListener("submit", (event) => {
    // Sending and returning have a formaction of their own and leave the editor behind; a
    // save stopped on the page (too big to send) does not leave it.
    if (event.defaultPrevented || !field) return;
    if ((event as SubmitEvent).submitter?.hasAttribute("formaction")) return;
    // The case's own address: the page may stand at another (a refused send's /send).
    const path = new URL(form.action).pathname;
    sessionStorage.setItem(KEY, JSON.stringify({ path, field }));
  });
}

/** After a save, the remembered field of this case, if any (read once). */
function rememberedField(): string | null {
  const stored = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  // Only after a save: a bilag added once unsaved text was saved in place opens at its notice.
  const notice = new URLSearchParams(location.search).get("besked");
  if (!stored || (notice !== "gemt" && notice !== "uaendret")) return null;
  try {
    const { path, field } = JSON.parse(stored) as { path?: unknown; field?: unknown };
    return path === location.pathname && typeof field === "string" ? field : null;
  } catch {
    return null;
  }
}

/** Once the editors are up: the caret back in the remembered field, the notice in the bar. */
export function backToField(): void {
  const field = rememberedField();
  const area = field
    ? document.querySelector<HTMLElement>(
        `.case-field[data-key="${CSS.escape(field)}"] .case-editor-area`,
      )
    : null;
  if (!area) return;
  area.focus();
  const notice = document.querySelector<HTMLElement>(".case-notice.outcome");
  const status = document.querySelector<HTMLElement>("[data-case-bar] [data-save-state]");
  if (notice && status) {
    // A moment after the page is read, so the change is announced.
    setTimeout(() => {
      // Unless the author has already typed again: then the bar says so.
      if (!status.hasAttribute("data-dirty")) status.textContent = notice.textContent;
    }, 100);
  }
}
