import { caseBarMessages } from "../../../i18n/da/case-bar.ts";

const b = caseBarMessages;

/**
 * Keeps the action bar current: the save state turns to "not saved" at the first change of
 * the form, and the writing check's count (and the link to the first finding) follows each
 * live check. What has focus is never under the bar.
 */
export function followActionBar(form: HTMLFormElement): void {
  keepFocusBelowBar();
  saveWithTheKeyboard(form);
  const state = document.querySelector<HTMLElement>("[data-case-bar] [data-save-state]");
  if (state) {
    form.addEventListener("input", () => {
      if (state.hasAttribute("data-dirty")) return;
      state.setAttribute("data-dirty", "");
      state.textContent = b.unsaved;
    });
  }
  // Escape closes an open step (approver, return comment) and goes back to its button.
  for (const panel of document.querySelectorAll<HTMLDetailsElement>("[data-case-bar] details")) {
    panel.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !panel.open) return;
      panel.open = false;
      panel.querySelector("summary")?.focus();
    });
  }
  const summary = document.querySelector<HTMLAnchorElement>("[data-case-bar] [data-check-summary]");
  if (!summary) return;
  const recount = () => {
    const regions = [...document.querySelectorAll<HTMLElement>("[data-case-check]")];
    if (regions.some((r) => r.hasAttribute("data-check-pending"))) return;
    let count = 0;
    let first: HTMLElement | null = null;
    for (const region of regions) {
      const n = region.querySelectorAll(
        ".case-check-words li, .case-check-problems li, .case-check-cpr li",
      ).length;
      count += n;
      if (n > 0) first ??= region;
    }
    const text = b.findings(count);
    if (summary.textContent !== text) summary.textContent = text;
    const target = first ?? regions[0];
    if (target) summary.setAttribute("href", `#${target.id}`);
  };
  document.addEventListener("case-check-done", recount);
}

/**
 * The bar stays at the top of the screen, so an element reached with Tab or Shift+Tab would
 * scroll in under it (on a phone the bar wraps to two or three lines). The page's scroll
 * padding follows the bar's height, which the browser keeps clear when it brings the focused
 * element into view.
 */
function keepFocusBelowBar(): void {
  const bar = document.querySelector<HTMLElement>("[data-case-bar]");
  if (!bar) return;
  const pad = () => {
    document.documentElement.style.scrollPaddingTop = `${bar.offsetHeight + 8}px`;
  };
  pad();
  new ResizeObserver(pad).observe(bar);
}

/**
 * Ctrl+S (⌘S on an iPad's or a Mac's keyboard) saves the case, as in a word processor, instead
 * of the browser offering to save the page as a file. Only where the bar has »Gem«.
 */
function saveWithTheKeyboard(form: HTMLFormElement): void {
  const save = document.querySelector<HTMLButtonElement>("[data-case-bar] .case-bar-save button");
  if (!save) return;
  // A save already on its way: a second one would carry the old version and meet a conflict.
  let sent = false;
  form.addEventListener("submit", (event) => {
    if (!event.defaultPrevented) sent = true;
  });
  document.addEventListener("keydown", (event) => {
    if (event.key.toLowerCase() !== "s" || !(event.ctrlKey || event.metaKey)) return;
    if (event.altKey || event.shiftKey) return;
    event.preventDefault();
    if (!event.repeat && !sent) save.click();
  });
}
