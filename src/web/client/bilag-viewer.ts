import { byReadingOrder } from "../../domain/annotation/reading-order.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import { drawHighlights, drawList, type Shown, short } from "./bilag-viewer/annotation-list.ts";
import { type RenderedPage, renderPdf } from "./bilag-viewer/pdf-pages.ts";
import { moveLineSelection, type Passage, passageFrom } from "./bilag-viewer/selection.ts";
import { type OutboxEntry, onOutboxChange, sendOrKeep } from "./outbox.ts";

/**
 * The bilag viewer (/app/bilag/:id/vis): pdf.js pages with a text layer; select a passage
 * (touch, mouse, or ↑/↓ in a page's text), »Markér«, write a note, private or shared with the
 * committee. Saves go through the outbox, so a note written offline is sent later; the list
 * shows what the server has plus what still waits.
 */

const m = annotationMessages;
const root = document.getElementById("bilag-viewer");
if (root) {
  showWayBack();
  void start(root);
}

/**
 * The way back to the page the bilag was opened from (the meeting or the case), when that was
 * a page of Referat: the viewer's own address names no meeting, so a cached copy serves every
 * way in, offline too.
 */
function showWayBack(): void {
  const back = document.querySelector<HTMLElement>("[data-back]");
  const link = back?.querySelector("a");
  if (!back || !link || !document.referrer) return;
  const from = new URL(document.referrer);
  if (from.origin !== location.origin || !from.pathname.startsWith("/app")) return;
  if (from.pathname === location.pathname) return;
  link.href = `${from.pathname}${from.search}${from.hash}`;
  back.hidden = false;
}

/** A random (version 4) id, made here so a save repeated offline writes the same row. */
function uuid(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

async function start(root: HTMLElement) {
  const q = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
  const status = q<HTMLElement>("[data-status]");
  const pagesRoot = q<HTMLElement>("[data-pages]");
  const toolbar = q<HTMLElement>("[data-toolbar]");
  const pageStatus = q<HTMLElement>("[data-page-status]");
  const form = q<HTMLFormElement>("[data-form]");
  const quoteBox = q<HTMLElement>("[data-quote]");
  const noteField = form.querySelector("textarea") as HTMLTextAreaElement;
  const list = q<HTMLElement>("[data-list]");
  const empty = q<HTMLElement>("[data-empty]");
  const listUrl = root.dataset.annotationsUrl as string;
  const say = (text: string) => {
    status.textContent = text;
  };
  /** »Fortryd« after a deletion, until the next thing the member does with the markings. */
  const undoButton = q<HTMLButtonElement>("[data-undo]");
  let undo: (() => Promise<void>) | null = null;
  const offerUndo = (action: (() => Promise<void>) | null, label = "") => {
    undo = action;
    undoButton.hidden = action === null;
    undoButton.setAttribute("aria-label", label);
  };
  undoButton.addEventListener("click", () => {
    const action = undo;
    offerUndo(null);
    void action?.();
  });

  let pages: RenderedPage[] = [];
  let server: Shown[] = [];
  let pending: OutboxEntry[] = [];
  let editing: (Passage & { id: string }) | null = null;
  let lastPassage: Passage | null = null;
  let current = 1;

  const shown = (): Shown[] => {
    const byId = new Map(server.map((a) => [a.id, a]));
    for (const entry of pending) {
      const id = String(entry.body.id ?? entry.url.split("/").at(-2));
      if (entry.url === listUrl) {
        const b = entry.body as unknown as Shown;
        byId.set(id, { ...(byId.get(id) ?? b), ...b, mine: true, pending: true, authorName: "" });
      } else if (entry.url.startsWith(`${listUrl}/`)) byId.delete(id);
    }
    return [...byId.values()].sort(byReadingOrder);
  };
  const redraw = () => {
    const all = shown();
    drawList(list, empty, all, { jump, edit, remove });
    drawHighlights(pages, all);
  };

  async function load() {
    try {
      const res = await fetch(listUrl, { headers: { accept: "application/json" } });
      const answer = (await res.json().catch(() => ({}))) as {
        annotations?: Shown[];
        error?: string;
      };
      if (!res.ok) say(answer.error ?? m.errors.bilagNotFound);
      server = answer.annotations ?? [];
    } catch {
      // Offline without a cached list: what waits in the outbox is still shown.
    }
    redraw();
  }

  function focusMarking(id: string) {
    list.querySelector<HTMLElement>(`[data-jump="${id}"]`)?.focus();
  }

  function jump(a: Shown) {
    const page = pages.find((p) => p.n === a.page);
    if (!page) return;
    page.element.scrollIntoView({ block: "start" });
    for (const box of root.querySelectorAll(".highlight.is-current"))
      box.classList.remove("is-current");
    for (const box of page.highlights.querySelectorAll<HTMLElement>(`[data-id="${a.id}"]`))
      box.classList.add("is-current");
    page.textLayer.focus({ preventScroll: true });
    say(`${m.list.page(a.page)}: ${a.quote}${a.note ? ` – ${a.note}` : ""}`);
  }

  function openForm(passage: Passage & { id: string }, note: string, visibility: string) {
    editing = passage;
    quoteBox.textContent = passage.quote;
    noteField.value = note;
    for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=visibility]"))
      radio.checked = radio.value === visibility;
    form.hidden = false;
    noteField.focus();
  }

  function edit(a: Shown) {
    openForm({ id: a.id, page: a.page, quote: a.quote, rects: a.rects }, a.note, a.visibility);
  }

  async function remove(a: Shown) {
    offerUndo(null);
    const before = server;
    server = server.filter((x) => x.id !== a.id);
    redraw();
    try {
      const answer = await sendOrKeep({
        key: `annotation:${a.id}`,
        url: `${listUrl}/${a.id}/slet`,
        body: {},
      });
      say(answer === null ? m.notice.keptOffline : m.notice.deleted);
      // The »Slet« pressed is gone with its marking; focus goes to the way to take it back.
      offerUndo(() => restore(a), m.form.undoLabel(short(a.quote)));
      undoButton.focus();
    } catch (error) {
      server = before;
      redraw();
      say(m.notice.deleteRefused((error as Error).message));
    }
  }

  /** A deleted marking saved again as it was, as a new marking (the deleted row stays so). */
  async function restore(a: Shown) {
    const id = uuid();
    const { page, quote, rects, note, visibility } = a;
    try {
      // Focus returns to the marking, whose »Fortryd« is gone.
      await saveMarking({ id, page, quote, rects, note, visibility }, m.notice.restored);
    } catch (error) {
      say(m.notice.restoreRefused((error as Error).message));
    }
  }

  /**
   * Saves a marking through the outbox (kept on the device when offline), says so, and puts
   * focus on it in the list; `sent` runs once it is sent or kept. A refusal is thrown.
   */
  async function saveMarking(
    body: Passage & { id: string; note: string; visibility: string },
    done: string,
    sent?: () => void,
  ) {
    const key = `annotation:${body.id}`;
    const answer = await sendOrKeep({ key, url: listUrl, body: { ...body } });
    sent?.();
    if (answer === null) say(m.notice.keptOffline);
    else {
      say(done);
      await load();
    }
    focusMarking(body.id);
  }

  function mark() {
    offerUndo(null);
    const passage = passageFrom(window.getSelection(), pagesRoot) ?? lastPassage;
    if (!passage) {
      say(m.mark.noSelection);
      return;
    }
    lastPassage = null;
    openForm({ ...passage, id: uuid() }, "", "private");
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!editing) return;
    const visibility =
      form.querySelector<HTMLInputElement>("input[name=visibility]:checked")?.value ?? "private";
    const body = { ...editing, note: noteField.value, visibility };
    try {
      // The form is gone once sent; focus goes to the saved marking in the list.
      await saveMarking(body, m.notice.saved, () => {
        form.hidden = true;
        editing = null;
      });
    } catch (error) {
      // Refused (e.g. access to the bilag lost): the text stays in the form to be copied.
      say(m.notice.refused((error as Error).message));
    }
  });
  q<HTMLElement>("[data-cancel]").addEventListener("click", () => {
    form.hidden = true;
    editing = null;
  });

  const markButton = q<HTMLButtonElement>("[data-mark]");
  // Keep a mouse selection when the button is pressed; touch keeps the last one seen.
  markButton.addEventListener("mousedown", (e) => e.preventDefault());
  markButton.addEventListener("click", mark);
  document.addEventListener("selectionchange", () => {
    const passage = passageFrom(window.getSelection(), pagesRoot);
    if (passage) lastPassage = passage;
  });

  const goTo = (n: number) => {
    const page = pages[Math.max(0, Math.min(pages.length - 1, n - 1))];
    page?.element.scrollIntoView({ block: "start" });
    page?.textLayer.focus({ preventScroll: true });
  };
  const previous = q<HTMLButtonElement>("[data-prev]");
  const next = q<HTMLButtonElement>("[data-next]");
  previous.addEventListener("click", () => goTo(current - 1));
  next.addEventListener("click", () => goTo(current + 1));
  /** The page shown, and the page buttons only where there is a page to go to. */
  const showPage = (n: number) => {
    current = n;
    pageStatus.textContent = m.page.pageStatus(n, pages.length);
    previous.disabled = n <= 1;
    next.disabled = n >= pages.length;
  };

  pagesRoot.addEventListener("keydown", (e) => {
    const layer = (e.target as HTMLElement).closest<HTMLElement>(".textLayer");
    if (!layer || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const text = moveLineSelection(layer, e.key === "ArrowDown" ? "down" : "up", e.shiftKey);
      say(text);
    } else if (e.key === "m" || e.key === "M") {
      e.preventDefault();
      mark();
    }
  });
  root.addEventListener("keydown", (e) => {
    if (!e.altKey || (e.code !== "KeyN" && e.code !== "KeyP")) return;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>("[data-jump]")];
    if (buttons.length === 0) return;
    e.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.code === "KeyN" ? at + 1 : at < 0 ? buttons.length - 1 : at - 1;
    const button = buttons[(next + buttons.length) % buttons.length];
    button?.focus();
    button?.click();
    button?.focus();
  });

  onOutboxChange((entries) => {
    const mine = entries.filter((e) => e.url === listUrl || e.url.startsWith(`${listUrl}/`));
    const sent = pending.length > mine.length;
    pending = mine;
    if (sent) void load();
    else redraw();
  });

  say(m.page.loading);
  try {
    pages = await renderPdf(pagesRoot, {
      pdfUrl: root.dataset.pdfUrl as string,
      workerUrl: root.dataset.workerUrl as string,
    });
  } catch {
    say(m.page.loadFailed);
    return;
  }
  toolbar.hidden = false;
  root.classList.add("is-ready");
  showPage(1);
  const seen = new IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        if (!change.isIntersecting) continue;
        showPage(Number((change.target as HTMLElement).dataset.page));
      }
    },
    { threshold: 0.5 },
  );
  for (const page of pages) seen.observe(page.element);
  say("");
  await load();
}
