import type { AnnotationView } from "../../../domain/annotation/list-annotations.ts";
import { annotationMessages } from "../../../i18n/da/annotation.ts";
import type { RenderedPage } from "./pdf-pages.ts";

const m = annotationMessages;

/** An annotation as the page shows it: the server's, or one still waiting in the outbox. */
export type Shown = AnnotationView & { pending?: boolean };

export const short = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 79)}…` : quote);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = "") {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

export interface ListActions {
  jump(a: Shown): void;
  edit(a: Shown): void;
  remove(a: Shown): void;
}

/** The list beside the pages: one item per annotation, its button jumps to the passage. */
export function drawList(list: HTMLElement, empty: HTMLElement, shown: Shown[], act: ListActions) {
  empty.hidden = shown.length > 0;
  list.replaceChildren(
    ...shown.map((a) => {
      const li = el("li", `annotation-item${a.visibility === "committee" ? " is-shared" : ""}`);
      li.dataset.id = a.id;
      const jump = el("button", "annotation-jump");
      jump.type = "button";
      jump.dataset.jump = a.id;
      jump.append(
        el("span", "annotation-page", `${m.list.page(a.page)}: `),
        el("span", "annotation-quote-text", `»${short(a.quote)}«`),
      );
      jump.addEventListener("click", () => act.jump(a));
      li.append(jump);
      if (a.note) li.append(el("p", "annotation-note", a.note));
      const meta = [
        a.visibility === "committee" ? m.list.shared : m.list.private,
        a.mine ? null : m.list.by(a.authorName),
        a.pending ? m.list.pending : null,
      ].filter(Boolean);
      li.append(el("p", "annotation-meta muted", meta.join(" · ")));
      if (a.mine) {
        const row = el("div", "annotation-actions");
        const edit = el("button", "viewer-link-button", m.form.edit);
        edit.type = "button";
        edit.setAttribute("aria-label", m.form.editLabel(short(a.quote)));
        edit.addEventListener("click", () => act.edit(a));
        const remove = el("button", "viewer-link-button", m.form.delete);
        remove.type = "button";
        remove.setAttribute("aria-label", m.form.deleteLabel(short(a.quote)));
        remove.addEventListener("click", () => act.remove(a));
        row.append(edit, remove);
        li.append(row);
      }
      return li;
    }),
  );
}

/** The highlights on the pages, one box per rect, coloured by who may see the note. */
export function drawHighlights(pages: RenderedPage[], shown: Shown[]) {
  for (const page of pages) {
    page.highlights.replaceChildren(
      ...shown
        .filter((a) => a.page === page.n)
        .flatMap((a) =>
          a.rects.map((r) => {
            const box = el("div", `highlight${a.visibility === "committee" ? " is-shared" : ""}`);
            box.dataset.id = a.id;
            box.style.left = `${r.x * 100}%`;
            box.style.top = `${r.y * 100}%`;
            box.style.width = `${r.w * 100}%`;
            box.style.height = `${r.h * 100}%`;
            return box;
          }),
        ),
    );
  }
}
