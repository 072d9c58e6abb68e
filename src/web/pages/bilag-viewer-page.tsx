import type { ReadableBilag } from "../../domain/annotation/load-readable-bilag.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import { Layout, type Viewer } from "../layout.tsx";
import { scriptPath } from "../scripts.ts";

const m = annotationMessages;

/** The URLs the viewer reads: plain GETs on stable addresses, so a cached copy serves offline. */
export function bilagViewerUrls(id: number) {
  return {
    page: `/app/bilag/${id}/vis`,
    pdf: `/app/bilag/${id}`,
    annotations: `/app/bilag/${id}/markeringer`,
  };
}

/**
 * A bilag (PDF) shown page by page with a text layer (island `bilag-viewer`, pdf.js in the
 * `pdf-worker` island), where a member marks a passage and writes a note: the list of marks and
 * the note form are here as HTML, the island fills them. Without scripts: the file to fetch.
 */
export function BilagViewerPage(props: { bilag: ReadableBilag; viewer: Viewer }) {
  const { bilag, viewer } = props;
  const urls = bilagViewerUrls(bilag.id);
  return (
    <Layout title={m.page.title(bilag.title)} viewer={viewer} scripts={["bilag-viewer"]}>
      {/* The viewer's script shows it when the page was opened from another page of Referat. */}
      <p hidden data-back>
        <a href="/app">{m.page.back}</a>
      </p>
      <h1>{m.page.title(bilag.title)}</h1>
      <p>{m.page.intro}</p>
      <p class="bilag-download">
        <a href={`/app/bilag/${bilag.id}/${encodeURIComponent(bilag.name)}`}>{m.page.download}</a>
      </p>
      <div
        id="bilag-viewer"
        class="bilag-viewer"
        data-bilag-id={String(bilag.id)}
        data-pdf-url={urls.pdf}
        data-annotations-url={urls.annotations}
        data-worker-url={scriptPath("pdf-worker")}
      >
        <noscript>
          <p>{m.page.noScript}</p>
        </noscript>
        <p class="viewer-status" role="status" aria-live="polite" data-status>
          {""}
        </p>
        <div class="viewer-toolbar" data-toolbar hidden>
          <button type="button" class="viewer-button" data-prev aria-label={m.page.previous}>
            <span aria-hidden="true">‹</span>
          </button>
          <span class="viewer-page-status" data-page-status>
            {""}
          </span>
          <button type="button" class="viewer-button" data-next aria-label={m.page.next}>
            <span aria-hidden="true">›</span>
          </button>
          <button
            type="button"
            class="viewer-button viewer-mark"
            data-mark
            aria-label={m.mark.buttonLabel}
          >
            {m.mark.button}
          </button>
        </div>
        <div class="viewer-layout">
          <section class="viewer-pages" data-pages aria-label={m.page.pages}>
            {""}
          </section>
          <section class="viewer-side" aria-labelledby="markeringer-titel">
            <h2 id="markeringer-titel">{m.list.heading}</h2>
            <form class="annotation-form" data-form hidden>
              <fieldset>
                <legend>{m.form.legend}</legend>
                <p class="annotation-quote-label">{m.form.quote}</p>
                <blockquote class="annotation-quote" data-quote>
                  {""}
                </blockquote>
                <label for="annotation-note">{m.form.note}</label>
                <textarea id="annotation-note" name="note" rows={4} maxlength={10000} />
                <fieldset class="annotation-visibility">
                  <legend>{m.form.visibility}</legend>
                  <label>
                    <input type="radio" name="visibility" value="private" checked />{" "}
                    {m.form.private}
                  </label>
                  <label>
                    <input type="radio" name="visibility" value="committee" /> {m.form.committee}
                  </label>
                </fieldset>
                <div class="button-row">
                  <button type="submit" class="button">
                    {m.form.save}
                  </button>
                  <button type="button" class="button button--secondary" data-cancel>
                    {m.form.cancel}
                  </button>
                </div>
              </fieldset>
            </form>
            <p class="muted" data-empty>
              {m.list.empty}
            </p>
            {/* Beside the list the deleted marking left, so focus stays where the member was. */}
            <button type="button" class="viewer-link-button viewer-undo" data-undo hidden>
              {m.form.undo}
            </button>
            <ol class="annotation-list" data-list>
              {""}
            </ol>
          </section>
        </div>
        <p class="muted viewer-help">{m.page.keyboardHelp}</p>
      </div>
    </Layout>
  );
}
