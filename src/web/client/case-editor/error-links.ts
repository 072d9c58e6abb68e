/** The control a problem's target stands for: itself, or the editor or first control inside it. */
function controlOf(target: HTMLElement): HTMLElement | null {
  if (target.matches("input, select, textarea")) return target;
  return (
    target.querySelector<HTMLElement>('[contenteditable="true"]') ??
    target.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea:not([hidden])")
  );
}

/**
 * A link in the refusal at the top of the page (»Udfyld »Resumé««) takes the caret to the
 * field: a link to a fragment only scrolls, and the next Tab would start after the control.
 * The field's label or heading is scrolled into view with it.
 */
export function focusProblemLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".error-summary a[href^='#']")) {
    link.addEventListener("click", (event) => {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      const control = target ? controlOf(target) : null;
      if (!target || !control) return;
      event.preventDefault();
      const label = (control as Partial<HTMLInputElement>).labels?.[0];
      control.focus({ preventScroll: true });
      (label ?? target).scrollIntoView({ block: "start" });
      history.replaceState(history.state, "", link.hash);
    });
  }
}
