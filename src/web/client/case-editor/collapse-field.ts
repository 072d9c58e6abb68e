import { caseBarMessages } from "../../../i18n/da/case-bar.ts";

const COLLAPSED = "case-editor--collapsed";

/**
 * Folds a field's editor to its first lines while it is not being edited. Focus inside it
 * (a click, a tap, Tab) or its button (Enter or space) opens it; leaving it for another part
 * of the page folds it again. Folding a field above the one now in use scrolls the page by
 * what the field lost, so the text under the finger or the caret stays where it was.
 * A field whose text fits in its first lines is never folded. Folds at once and answers the
 * rest (measuring the field, so laying the page out), to be run when the caller is ready.
 */
export function collapseField(wrapper: HTMLElement, label: string): () => void {
  const area = wrapper.querySelector<HTMLElement>(".case-editor-area");
  if (!area) return () => undefined;
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "case-editor-toggle";
  toggle.setAttribute("aria-controls", area.id);
  const set = (open: boolean) => {
    wrapper.classList.toggle(COLLAPSED, !open);
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? caseBarMessages.collapse(label) : caseBarMessages.expand(label);
  };
  set(false);
  wrapper.querySelector(".case-editor-status")?.before(toggle);
  return () => {
    if (area.scrollHeight <= area.clientHeight + 2) {
      // Short text: nothing to fold.
      set(true);
      toggle.remove();
      return;
    }
    follow(wrapper, area, toggle, set);
  };
}

function follow(
  wrapper: HTMLElement,
  area: HTMLElement,
  toggle: HTMLButtonElement,
  set: (open: boolean) => void,
) {
  toggle.addEventListener("click", () => {
    const open = wrapper.classList.contains(COLLAPSED);
    set(open);
    if (open) area.focus({ preventScroll: true });
  });
  wrapper.addEventListener("focusin", (event) => {
    if (event.target !== toggle && wrapper.classList.contains(COLLAPSED)) set(true);
  });
  wrapper.addEventListener("focusout", (event) => {
    const next = event.relatedTarget;
    // Focus leaving the window (another tab, a dialog) is not leaving the field.
    if (!(next instanceof HTMLElement) || wrapper.contains(next)) return;
    if (wrapper.classList.contains(COLLAPSED)) return;
    const before = next.getBoundingClientRect().top;
    set(false);
    const moved = next.getBoundingClientRect().top - before;
    if (moved !== 0) window.scrollBy({ top: moved, behavior: "instant" });
  });
}
