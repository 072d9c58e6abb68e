// Meeting mode at the table. The page works as plain forms without this script; with it:
// - one pane (attendance or an item) shows at a time, chosen in the agenda on the left, by
//   Alt+↓/Alt+↑ or j/k outside text fields; Alt+S starts or ends the shown item;
// - every form saves in the background (text after a pause, choices at once) by fetch with
//   Accept: application/json to the form's own URL, and the page never navigates;
// - saves wait in a queue kept in localStorage and are sent in order; offline or on a failed
//   save they wait and are sent again when the browser is online or on a timer;
// - a decision saved by someone else in between (409) shows both texts to choose from.

interface Entry {
  url: string;
  body: string;
  /** Saves of the same form replace each other while waiting (the latest text wins). */
  key: string | null;
  /** A decision: the version the text was written on, when no save of ours came since. */
  baseVersion?: number;
  reset?: boolean;
  after?: "all" | null;
}

interface State {
  queue: Entry[];
  /** Decision versions our own saves produced, by form URL. */
  versions: Record<string, number>;
}

type Messages = Record<
  | "savedAt"
  | "saving"
  | "retrying"
  | "offlineOne"
  | "offlineMany"
  | "refused"
  | "refusedUnknown"
  | "clashKeepMine"
  | "clashTakeStored"
  | "clashStored"
  | "clashMine",
  string
>;

interface Answer {
  ok?: boolean;
  version?: number;
  error?: string;
  /** The fields a refusal is about, as their `data-target` names them. */
  fields?: string[];
  stored?: { version: number; outcome: string; text: string };
}

const app = document.getElementById("hold-app");
if (app) start(app);

function start(root: HTMLElement) {
  const meetingId = root.dataset.meeting ?? "0";
  const t = JSON.parse(root.dataset.messages ?? "{}") as Messages;
  const storeKey = `referat-afvikling-${meetingId}`;
  const paneKey = `referat-afvikling-rude-${meetingId}`;
  const status = () => document.getElementById("hold-save-status");
  const state = load();
  const timers = new Map<string, number>();
  const dirty = new Set<string>();
  let sending = false;
  let failed = false;
  let lastSaved: Date | null = null;
  let refusal: string | null = null;
  /** What the last save did, when its form is gone (see tellDone). */
  let done: string | null = null;
  let refreshing = 0;

  root.classList.add("hold-js");

  function load(): State {
    try {
      const raw = localStorage.getItem(storeKey);
      const parsed = raw ? (JSON.parse(raw) as State) : null;
      if (parsed && Array.isArray(parsed.queue))
        return { queue: parsed.queue, versions: parsed.versions ?? {} };
    } catch {
      // Storage may be full or off; the queue then lives in memory only.
    }
    return { queue: [], versions: {} };
  }
  function persist() {
    try {
      // Versions matter to a later visit only while saves of ours wait.
      if (state.queue.length === 0) {
        localStorage.removeItem(storeKey);
      } else {
        localStorage.setItem(storeKey, JSON.stringify(state));
      }
    } catch {
      // See load().
    }
  }

  const formOf = (url: string) =>
    document.querySelector<HTMLFormElement>(`form[action="${CSS.escape(url)}"]`);
  const clockNow = (at: Date) =>
    at
      .toLocaleTimeString("da-DK", {
        timeZone: "Europe/Copenhagen",
        hour: "2-digit",
        minute: "2-digit",
      })
      .replace(":", ".");

  function renderStatus() {
    const el = status();
    if (!el) return;
    const n = state.queue.length + timers.size;
    let text = "";
    if (state.queue.length > 0 && (!navigator.onLine || failed)) {
      text = !navigator.onLine
        ? n === 1
          ? t.offlineOne
          : t.offlineMany.replace("{n}", String(n))
        : t.retrying;
    } else if (sending) {
      text = t.saving;
    } else if (refusal) {
      text = t.refused.replace("{message}", refusal);
    } else if (lastSaved) {
      text = t.savedAt.replace("{at}", clockNow(lastSaved));
      if (done) text = `${done} ${text}.`;
    }
    if (el.textContent !== text) el.textContent = text;
    // What tests and the leaving check wait for: nothing queued, typed, sent or refreshing.
    root.dataset.pending = String(n + refreshing + (sending ? 1 : 0));
  }

  // ---- panes --------------------------------------------------------------------------

  const panes = () => [...document.querySelectorAll<HTMLElement>("[data-pane-body]")];
  const links = () => [...document.querySelectorAll<HTMLAnchorElement>("a[data-pane]")];
  let current = "";

  function select(id: string, focus: boolean) {
    const all = panes();
    const target = all.find((p) => p.id === id) ?? all[1] ?? all[0];
    if (!target) return;
    current = target.id;
    for (const p of all) p.hidden = p !== target;
    for (const a of links()) {
      if (a.dataset.pane === current) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    }
    try {
      sessionStorage.setItem(paneKey, current);
    } catch {
      // Remembering the pane is a convenience only.
    }
    if (focus) target.querySelector<HTMLElement>("h2[tabindex], h3[tabindex]")?.focus();
  }

  function move(by: number) {
    const order = links().map((a) => a.dataset.pane ?? "");
    const at = order.indexOf(current);
    const next = order[Math.min(order.length - 1, Math.max(0, at + by))];
    if (next && next !== current) select(next, true);
  }

  function firstPane(): string {
    let remembered: string | null = null;
    try {
      remembered = sessionStorage.getItem(paneKey);
    } catch {
      remembered = null;
    }
    const hash = location.hash.slice(1);
    const byHash = hash
      ? document.getElementById(hash)?.closest<HTMLElement>("[data-pane-body]")
      : null;
    const running = document.querySelector<HTMLElement>(
      ".hold-agenda-item--inProgress a[data-pane]",
    );
    const firstItem = links()[1];
    return (
      byHash?.id ??
      (remembered && document.getElementById(remembered) ? remembered : null) ??
      running?.dataset.pane ??
      firstItem?.dataset.pane ??
      ""
    );
  }

  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[href^='#']");
    if (!link || !root.contains(link)) return;
    const id = link.dataset.pane ?? link.hash.slice(1);
    const pane = document.getElementById(id)?.closest<HTMLElement>("[data-pane-body]");
    if (!pane) return;
    event.preventDefault();
    select(pane.id, true);
  });

  // Tabbing into a text the form already holds (the decision written from the recommendation)
  // puts the caret after it, so what the minute taker types adds to it; a click puts it where
  // it was clicked.
  let pointing = false;
  document.addEventListener("pointerdown", () => {
    pointing = true;
  });
  document.addEventListener("keydown", () => {
    pointing = false;
  });
  document.addEventListener("focusin", (event) => {
    const field = event.target;
    if (pointing || !(field instanceof HTMLTextAreaElement) || !root.contains(field)) return;
    if (field.selectionStart === 0 && field.selectionEnd === 0 && field.value !== "") {
      field.setSelectionRange(field.value.length, field.value.length);
    }
  });

  const editable = (el: Element | null) =>
    !!el &&
    (el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement ||
      (el as HTMLElement).isContentEditable);

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey) return;
    const typing = editable(document.activeElement);
    // Alt+↓ opens a drop-down list; there it stays the browser's.
    const choosing = document.activeElement instanceof HTMLSelectElement;
    if (event.altKey && !choosing && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.altKey && event.code === "KeyS") {
      const form = document
        .getElementById(current)
        ?.querySelector<HTMLFormElement>("form[data-progress]");
      if (form) {
        event.preventDefault();
        form.requestSubmit();
      }
    } else if (
      !event.altKey &&
      !event.shiftKey &&
      !typing &&
      (event.key === "j" || event.key === "k")
    ) {
      event.preventDefault();
      move(event.key === "j" ? 1 : -1);
    }
  });

  // ---- saving -------------------------------------------------------------------------

  const bodyOf = (form: HTMLFormElement) =>
    new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();

  function enqueue(entry: Entry) {
    refusal = null;
    if (entry.key) {
      // A waiting save of the same form is replaced (the one being sent is left alone).
      const at = state.queue.findIndex((x, i) => x.key === entry.key && !(sending && i === 0));
      if (at >= 0) {
        const old = state.queue[at] as Entry;
        state.queue[at] = { ...entry, baseVersion: old.baseVersion ?? entry.baseVersion };
      } else state.queue.push(entry);
    } else state.queue.push(entry);
    persist();
    renderStatus();
    void pump();
  }

  function saveForm(form: HTMLFormElement) {
    const url = form.getAttribute("action") ?? "";
    const timer = timers.get(url);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.delete(url);
    if (form.dataset.clashing === "true") return;
    const body = bodyOf(form);
    // A double tap on a form that adds or finishes something: the same request is on its way.
    if (
      !form.hasAttribute("data-autosave") &&
      state.queue.some((x) => x.url === url && x.body === body)
    )
      return;
    const version = form.querySelector<HTMLInputElement>("input[name=version]");
    enqueue({
      url,
      body,
      key: form.hasAttribute("data-autosave") ? url : null,
      ...(form.hasAttribute("data-decision") && version
        ? { baseVersion: Number(version.value) || 0 }
        : {}),
      reset: form.hasAttribute("data-reset"),
      after: form.dataset.after === "all" ? "all" : null,
    });
    dirty.delete(url);
  }

  function later(form: HTMLFormElement) {
    const url = form.getAttribute("action") ?? "";
    const timer = timers.get(url);
    if (timer !== undefined) window.clearTimeout(timer);
    timers.set(
      url,
      window.setTimeout(() => saveForm(form), 800),
    );
    renderStatus();
  }

  const isText = (el: Element) =>
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !["checkbox", "radio"].includes(el.type));

  document.addEventListener("input", (event) => {
    const el = event.target as Element;
    const form = el.closest?.("form");
    if (!form || !root.contains(form)) return;
    form.querySelector(".hold-form-done")?.remove();
    if (!form.hasAttribute("data-autosave")) {
      dirty.add(form.getAttribute("action") ?? "");
      return;
    }
    if (isText(el)) later(form);
  });

  document.addEventListener("change", (event) => {
    const el = event.target as Element;
    const form = el.closest?.("form");
    if (!form || !root.contains(form) || !form.hasAttribute("data-autosave")) return;
    if (!isText(el)) saveForm(form);
  });

  document.addEventListener("submit", (event) => {
    const form = event.target as HTMLFormElement;
    if (!root.contains(form) || form.method.toLowerCase() !== "post") return;
    event.preventDefault();
    if (form.dataset.confirm !== undefined && !confirmed(form)) return;
    saveForm(form);
  });

  /**
   * A removal (data-confirm) is sent on the second press only: the first one turns its button
   * into the question for a few seconds, or until the focus leaves it.
   */
  function confirmed(form: HTMLFormElement): boolean {
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (!button || form.dataset.armed !== undefined) return true;
    const label = button.textContent;
    form.dataset.armed = "";
    button.textContent = form.dataset.confirm ?? "";
    const disarm = () => {
      delete form.dataset.armed;
      button.textContent = label;
    };
    setTimeout(disarm, 6000);
    button.addEventListener("blur", disarm, { once: true });
    return false;
  }

  async function pump() {
    if (sending) return;
    sending = true;
    failed = false;
    renderStatus();
    while (state.queue.length > 0) {
      const entry = state.queue[0] as Entry;
      const params = new URLSearchParams(entry.body);
      if (entry.baseVersion !== undefined) {
        params.set("version", String(state.versions[entry.url] ?? entry.baseVersion));
      }
      let response: Response;
      try {
        response = await fetch(entry.url, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            accept: "application/json",
          },
          body: params.toString(),
          credentials: "same-origin",
        });
      } catch {
        failed = true;
        break;
      }
      if (response.status >= 500) {
        failed = true;
        break;
      }
      let answer: Answer = {};
      try {
        answer = (await response.json()) as Answer;
      } catch {
        answer = {};
      }
      state.queue.shift();
      if (response.ok) saved(entry, answer);
      else refused(entry, response.status, answer, params);
      persist();
    }
    sending = false;
    renderStatus();
    if (failed) window.setTimeout(() => void pump(), 4000);
  }

  function message(form: HTMLFormElement | null, text: string) {
    const el = form?.querySelector<HTMLElement>("[data-message]");
    if (el && el.textContent !== text) el.textContent = text;
  }

  /**
   * Marks the fields a refusal is about as invalid (none: clears the marks), with the message
   * under the first of them: on a long form (the attendance of twenty people) the form's top is
   * out of sight of the field, and a screen reader reads the message with the field. Says
   * whether that field took the focus, so the message need not stand at the top as well.
   */
  function markInvalid(
    form: HTMLFormElement | null,
    fields: readonly string[],
    text = "",
  ): boolean {
    if (!form) return false;
    for (const field of form.querySelectorAll("[aria-invalid]")) unmark(field);
    const marked = fields.flatMap(
      (name) => form.querySelector<HTMLElement>(`[data-target="${CSS.escape(name)}"]`) ?? [],
    );
    for (const field of marked) field.setAttribute("aria-invalid", "true");
    const first = marked[0];
    if (first && text) {
      const note = document.createElement("p");
      note.className = "hold-field-error";
      note.id = `${first.id || "felt"}-fejl`;
      note.textContent = text;
      first.after(note);
      const described = first.getAttribute("aria-describedby");
      first.setAttribute("aria-describedby", described ? `${note.id} ${described}` : note.id);
    }
    // Only when the member is still at the form: a queued save refused later takes no focus.
    const here = document.activeElement;
    if (!first || !text || !(here === document.body || (here && form.contains(here)))) return false;
    first.focus();
    // The focus brings the field into view, not always the message under it (a field at the
    // bottom edge of an iPad's screen).
    first.nextElementSibling?.scrollIntoView({ block: "nearest" });
    return true;
  }
  const firstField = (form: HTMLFormElement | null) =>
    form?.querySelector<HTMLElement>("select, textarea, input:not([type=hidden])");

  /** Takes a field's mark and the message under it away. */
  function unmark(field: Element) {
    field.removeAttribute("aria-invalid");
    const note = field.nextElementSibling;
    if (!note?.classList.contains("hold-field-error")) return;
    const rest = (field.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((id) => id && id !== note.id);
    if (rest.length > 0) field.setAttribute("aria-describedby", rest.join(" "));
    else field.removeAttribute("aria-describedby");
    note.remove();
  }
  // A marked field is taken as mended once it is changed.
  root.addEventListener("input", (event) => {
    const field = event.target;
    if (field instanceof HTMLElement && field.hasAttribute("aria-invalid")) unmark(field);
  });

  /**
   * What a form that adds something (a vote, a substitute) did, told where it was done: under
   * the form's button, or in the bar when the form is gone after the page's parts were replaced.
   */
  function tellDone(url: string, text: string) {
    const form = formOf(url);
    const button = form?.querySelector("button[type=submit]");
    if (!form || !button) {
      done = text;
      return;
    }
    // A fold the page's replacement closed again is opened, so the note is seen.
    const fold = form.closest("details");
    if (fold) fold.open = true;
    let note = form.querySelector<HTMLElement>(".hold-form-done");
    if (!note) {
      note = document.createElement("p");
      note.className = "hold-form-done";
      note.setAttribute("role", "status");
      button.after(note);
    }
    note.textContent = text;
  }

  function saved(entry: Entry, answer: Answer) {
    lastSaved = new Date();
    done = null;
    const form = formOf(entry.url);
    if (typeof answer.version === "number" && entry.baseVersion !== undefined) {
      state.versions[entry.url] = answer.version;
      const input = form?.querySelector<HTMLInputElement>("input[name=version]");
      if (input) input.value = String(answer.version);
    }
    message(form, "");
    markInvalid(form, []);
    // Emptied, the form starts again at its first field (whom the next inhabilitet is for),
    // once the fresh lists are in place, not in a field whose choice above has changed back.
    const restart = Boolean(form && entry.reset && form.contains(document.activeElement));
    if (form && entry.reset) {
      form.reset();
      dirty.delete(entry.url);
    }
    const text = form?.dataset.done;
    void refresh(entry.after === "all", () => {
      if (text) tellDone(entry.url, text);
      if (restart) firstField(formOf(entry.url))?.focus();
    });
  }

  function refused(entry: Entry, code: number, answer: Answer, params: URLSearchParams) {
    const form = formOf(entry.url);
    if (code === 409 && answer.stored && form?.hasAttribute("data-decision")) {
      showClash(form, entry, answer, params.get("tekst") ?? "");
      return;
    }
    refusal = answer.error ?? null;
    const text = answer.error ? t.refused.replace("{message}", answer.error) : t.refusedUnknown;
    // Told once: under the field that has the focus, or else at the top of the form.
    const atField = markInvalid(form, answer.fields ?? [], text);
    message(form, atField ? "" : text);
  }

  function showClash(form: HTMLFormElement, entry: Entry, answer: Answer, mine: string) {
    const stored = answer.stored as NonNullable<Answer["stored"]>;
    const box = form.querySelector<HTMLElement>("[data-clash]");
    if (!box) return;
    form.dataset.clashing = "true";
    // Waiting saves of this decision were written on the old version too: drop them.
    state.queue = state.queue.filter((x) => x.url !== entry.url);
    const text = (tag: string, value: string, cls = "") => {
      const el = document.createElement(tag);
      el.textContent = value;
      if (cls) el.className = cls;
      return el;
    };
    const keep = text("button", t.clashKeepMine, "button");
    const take = text("button", t.clashTakeStored, "button button--secondary");
    keep.setAttribute("type", "button");
    take.setAttribute("type", "button");
    const resolve = () => {
      state.versions[entry.url] = stored.version;
      const input = form.querySelector<HTMLInputElement>("input[name=version]");
      if (input) input.value = String(stored.version);
      form.dataset.clashing = "false";
      box.hidden = true;
      box.replaceChildren();
      persist();
    };
    keep.addEventListener("click", () => {
      resolve();
      saveForm(form);
      form.querySelector<HTMLTextAreaElement>("textarea")?.focus();
    });
    take.addEventListener("click", () => {
      resolve();
      const area = form.querySelector<HTMLTextAreaElement>("textarea");
      if (area) area.value = stored.text;
      const radio = form.querySelector<HTMLInputElement>(
        `input[name=udfald][value="${CSS.escape(stored.outcome)}"]`,
      );
      if (radio) radio.checked = true;
      area?.focus();
    });
    box.replaceChildren(
      text("p", answer.error ?? ""),
      text("h5", t.clashStored),
      text("p", stored.text, "hold-text"),
      text("h5", t.clashMine),
      text("p", mine, "hold-text"),
      keep,
      take,
    );
    box.setAttribute("role", "alert");
    box.hidden = false;
    keep.focus();
  }

  /**
   * Fetches the page again and puts its fresh parts in place: the `data-live` parts (the
   * agenda's states, lists, the room) or, after a change of the whole meeting, everything,
   * when nothing is waiting to be saved. Nothing a user is typing in is replaced. `then` runs
   * once the parts are in place, before the page counts as settled.
   */
  async function refresh(all: boolean, then?: () => void) {
    refreshing++;
    try {
      await replaceParts(all);
      then?.();
    } finally {
      refreshing--;
      renderStatus();
    }
  }

  async function replaceParts(all: boolean) {
    let html: string;
    try {
      const response = await fetch(location.pathname, { headers: { accept: "text/html" } });
      if (!response.ok) return;
      html = await response.text();
    } catch {
      return;
    }
    const fresh = new DOMParser().parseFromString(html, "text/html");
    const active = document.activeElement;
    if (all && state.queue.length === 0 && timers.size === 0 && dirty.size === 0) {
      const next = fresh.getElementById("hold-app");
      if (next) {
        const told = new Set([...root.querySelectorAll(".outcome")].map((x) => x.id));
        root.replaceChildren(...[...next.childNodes].map((n) => document.importNode(n, true)));
        // A new notice of what the change led to (the meeting is held) is where to go on from.
        const outcome = [...root.querySelectorAll<HTMLElement>(".outcome")].find(
          (x) => !told.has(x.id),
        );
        select(current, !outcome);
        outcome?.focus();
        return;
      }
    }
    let lostFocus: HTMLElement | null = null;
    for (const el of document.querySelectorAll<HTMLElement>("[data-live][id]")) {
      const holdsFocus = active !== null && el.contains(active) && el !== active;
      if (holdsFocus && typingIn(active)) continue;
      const next = fresh.getElementById(el.id);
      if (!next || next.innerHTML === el.innerHTML) continue;
      const part = document.importNode(next, true);
      el.replaceWith(part);
      if (holdsFocus) lostFocus = part;
    }
    select(current, false);
    // Focus goes to the same link or button in the fresh part; a button pressed in a list that
    // went with its entry (»Fjern afstemning 2«) leaves it to the list's fold, whose count says
    // what is left, rather than to the top of the page.
    if (lostFocus && active && !document.contains(active)) {
      const same = counterpart(lostFocus, active);
      const summary = lostFocus.closest("details")?.querySelector<HTMLElement>("summary");
      (same ?? summary ?? lostFocus).focus();
    }
  }

  /** In a fresh part, the element that stands where `old` stood: by id, link or form button. */
  function counterpart(part: HTMLElement, old: Element): HTMLElement | null {
    if (old.id) return part.querySelector<HTMLElement>(`#${CSS.escape(old.id)}`);
    const text = old.textContent;
    if (old instanceof HTMLAnchorElement) {
      const href = old.getAttribute("href") ?? "";
      return part.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`);
    }
    const action = old.closest("form")?.getAttribute("action");
    if (!action) return null;
    const buttons = part.querySelectorAll<HTMLElement>(
      `form[action="${CSS.escape(action)}"] button`,
    );
    return [...buttons].find((b) => b.textContent === text) ?? null;
  }

  /** A field the member types or chooses in, which a refresh must not replace under them. */
  function typingIn(el: Element | null): boolean {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
    if (el instanceof HTMLInputElement) return !["button", "submit", "reset"].includes(el.type);
    return el instanceof HTMLElement && el.isContentEditable;
  }

  // ---- leaving, coming back --------------------------------------------------------------

  window.addEventListener("beforeunload", (event) => {
    if (state.queue.length === 0 && timers.size === 0 && dirty.size === 0) return;
    event.preventDefault();
    event.returnValue = "";
  });
  window.addEventListener("online", () => void pump());
  window.addEventListener("offline", renderStatus);
  window.setInterval(() => {
    if (state.queue.length > 0 && !sending) void pump();
  }, 5000);

  // Waiting saves from before a reload: their values are shown in their forms again.
  for (const entry of state.queue) {
    const form = formOf(entry.url);
    if (!form || !entry.key) continue;
    const params = new URLSearchParams(entry.body);
    for (const el of form.querySelectorAll<
      HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    >("input[name], textarea[name], select[name]")) {
      if (el.name === "_csrf" || el.name === "version") continue;
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        el.checked = params.getAll(el.name).includes(el.value);
      } else if (params.has(el.name)) el.value = params.get(el.name) ?? "";
    }
  }
  // Versions of decisions nothing waits for are the page's own.
  for (const url of Object.keys(state.versions)) {
    if (!state.queue.some((x) => x.url === url)) delete state.versions[url];
  }
  persist();
  select(firstPane(), false);
  renderStatus();
  if (state.queue.length > 0) void pump();
}
