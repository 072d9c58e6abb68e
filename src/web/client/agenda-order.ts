// The secretary's agenda list: move items by dragging their handle (mouse, pen or finger) or
// with the arrow keys on it, and send the move buttons' forms without leaving the page. Every
// action posts the same form the page has without this script; the page that comes back
// replaces the current one, so numbers and time slots are the server's, and focus stays on
// the moved item's control while the status line announces its new number. Text typed but not
// yet saved elsewhere on the page (a private note) is carried over into the new page.

const LIST = "#agenda-order";

function revealHandles(): void {
  for (const handle of document.querySelectorAll<HTMLButtonElement>("[data-handle]")) {
    handle.hidden = false;
  }
}

/** Where focus goes after the page is replaced: the same control, or one of its item's. */
function restoreFocus(ids: string[]): void {
  for (const id of ids) {
    const el = id ? document.getElementById(id) : null;
    if (el) {
      el.focus();
      return;
    }
  }
}

async function send(form: HTMLFormElement, focusIds: string[]): Promise<void> {
  let response: Response;
  try {
    response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      credentials: "same-origin",
    });
  } catch {
    form.submit();
    return;
  }
  const html = await response.text();
  const next = new DOMParser().parseFromString(html, "text/html");
  const main = document.querySelector("main");
  const incoming = next.querySelector("main");
  if (!main || !incoming) {
    form.submit();
    return;
  }
  const message = next.getElementById("agenda-status")?.textContent ?? "";
  // A refused form keeps what was typed in it, open where it was, beside the message.
  const refused = !response.ok;
  const typed = unsavedEntries(main, refused ? null : form);
  const action = form.getAttribute("action") ?? "";
  main.replaceChildren(...Array.from(incoming.childNodes).map((n) => document.importNode(n, true)));
  restoreEntries(typed);
  if (refused) {
    for (const again of main.querySelectorAll<HTMLFormElement>("form")) {
      if (again.getAttribute("action") !== action) continue;
      const details = again.closest("details");
      if (details) details.open = true;
    }
    for (const field of fieldsNamedByRefusal()) field.setAttribute("aria-invalid", "true");
  }
  if (response.redirected) history.replaceState(null, "", response.url);
  revealHandles();
  restoreFocus(focusIds);
  const status = document.getElementById("agenda-status");
  if (status) {
    // A live region announces a change of its text, not a new region.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }
  document.getElementById("fejl")?.focus();
}

/** The fields the refusal at the top links to. */
function fieldsNamedByRefusal(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>("#fejl a[href^='#']")].flatMap(
    (link) => document.getElementById(decodeURIComponent(link.hash.slice(1))) ?? [],
  );
}

type Entry = { id: string; value: string } | { id: string; checked: boolean };

/**
 * What the user has typed or ticked but not saved (a private note, an item's title), by
 * control id, leaving out the form just sent (when it was saved): the server's page replaces
 * those controls.
 */
function unsavedEntries(root: Element, sent: HTMLFormElement | null): Entry[] {
  const entries: Entry[] = [];
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "textarea[id], input[id]",
  )) {
    if (sent && el.form === sent) continue;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked !== el.defaultChecked) entries.push({ id: el.id, checked: el.checked });
    } else if (el.type !== "hidden" && el.type !== "file" && el.value !== el.defaultValue) {
      entries.push({ id: el.id, value: el.value });
    }
  }
  return entries;
}

/** Puts unsaved entries back into the new page's controls of the same id (still unsaved). */
function restoreEntries(entries: Entry[]): void {
  for (const entry of entries) {
    const el = document.getElementById(entry.id);
    if (el instanceof HTMLInputElement && "checked" in entry) el.checked = entry.checked;
    else if (
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
      "value" in entry
    )
      el.value = entry.value;
  }
}

function itemIdOf(el: Element | null): string {
  return el?.closest<HTMLElement>("li.agenda-row")?.dataset.itemId ?? "";
}

function focusTargets(itemId: string, first: string): string[] {
  return [first, `flyt-op-${itemId}`, `flyt-ned-${itemId}`, `greb-${itemId}`];
}

function currentOrder(): string {
  return Array.from(document.querySelectorAll<HTMLElement>(`${LIST} li.agenda-row`))
    .map((row) => row.dataset.itemId)
    .join(",");
}

function sendOrder(handle: HTMLElement): void {
  const form = document.querySelector<HTMLFormElement>("form[data-order-form]");
  const field = form?.querySelector<HTMLInputElement>('input[name="orden"]');
  if (!form || !field) return;
  field.value = currentOrder();
  const itemId = itemIdOf(handle);
  void send(form, focusTargets(itemId, `greb-${itemId}`));
}

function startDrag(event: PointerEvent, handle: HTMLElement): void {
  const list = document.querySelector<HTMLElement>(LIST);
  const row = handle.closest<HTMLElement>("li.agenda-row");
  if (!list || !row) return;
  event.preventDefault();
  const before = currentOrder();
  row.classList.add("agenda-row--dragging");
  // Listened to on the document: moving the row in the list would end a pointer capture.
  const move = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    e.preventDefault();
    const rows = Array.from(list.querySelectorAll<HTMLElement>("li.agenda-row")).filter(
      (r) => r !== row,
    );
    const after = rows.find((r) => {
      const box = r.getBoundingClientRect();
      return e.clientY < box.top + box.height / 2;
    });
    if (row.nextElementSibling !== (after ?? null)) list.insertBefore(row, after ?? null);
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== event.pointerId) return;
    document.removeEventListener("pointermove", move);
    document.removeEventListener("pointerup", end);
    document.removeEventListener("pointercancel", end);
    row.classList.remove("agenda-row--dragging");
    if (currentOrder() !== before) sendOrder(handle);
  };
  document.addEventListener("pointermove", move);
  document.addEventListener("pointerup", end);
  document.addEventListener("pointercancel", end);
}

if (document.querySelector(LIST)) {
  revealHandles();
  document.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!form.closest(LIST)) return;
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter as HTMLElement | null;
    void send(form, focusTargets(itemIdOf(form), submitter?.id ?? ""));
  });
  document.addEventListener("pointerdown", (event) => {
    const handle = (event.target as Element).closest<HTMLElement>("[data-handle]");
    if (handle && event.button === 0) startDrag(event, handle);
  });
  // A refusal's link opens the item's form and puts the caret in the field it names.
  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("#fejl a[href^='#']");
    const field = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
    if (!field) return;
    event.preventDefault();
    const details = field.closest("details");
    if (details) details.open = true;
    field.focus();
  });
  // The handle moves its item with the arrow keys, like the move buttons.
  document.addEventListener("keydown", (event) => {
    const handle = (event.target as Element).closest<HTMLElement>("[data-handle]");
    if (!handle || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    const itemId = itemIdOf(handle);
    const button = document.getElementById(
      `flyt-${event.key === "ArrowUp" ? "op" : "ned"}-${itemId}`,
    ) as HTMLButtonElement | null;
    const form = button?.form;
    if (form) void send(form, focusTargets(itemId, `greb-${itemId}`));
  });
}
