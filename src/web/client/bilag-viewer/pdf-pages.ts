import { GlobalWorkerOptions, getDocument, type PDFPageProxy, TextLayer } from "pdfjs-dist";
import { annotationMessages } from "../../../i18n/da/annotation.ts";

const m = annotationMessages.page;

export interface RenderedPage {
  n: number;
  element: HTMLElement;
  textLayer: HTMLElement;
  highlights: HTMLElement;
}

/**
 * Fetches the PDF (one plain GET, so a cached copy serves offline) and draws each page: a
 * canvas for the eye (hidden from screen readers) under pdf.js's text layer, which holds the
 * same words as selectable, readable text, and a layer for highlights between them.
 */
export async function renderPdf(
  root: HTMLElement,
  options: { pdfUrl: string; workerUrl: string },
): Promise<RenderedPage[]> {
  GlobalWorkerOptions.workerSrc = options.workerUrl;
  const res = await fetch(options.pdfUrl, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`PDF ${res.status}`);
  const data = new Uint8Array(await res.arrayBuffer());
  const pdf = await getDocument({ data, isEvalSupported: false, enableXfa: false }).promise;
  const pages: RenderedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    pages.push(await renderPage(root, await pdf.getPage(n), n, pdf.numPages));
  }
  return pages;
}

async function renderPage(
  root: HTMLElement,
  page: PDFPageProxy,
  n: number,
  total: number,
): Promise<RenderedPage> {
  const base = page.getViewport({ scale: 1 });
  const element = document.createElement("div");
  element.className = "pdf-page";
  element.dataset.page = String(n);
  element.style.aspectRatio = `${base.width} / ${base.height}`;
  const canvas = document.createElement("canvas");
  canvas.setAttribute("aria-hidden", "true");
  const highlights = document.createElement("div");
  highlights.className = "highlight-layer";
  highlights.setAttribute("aria-hidden", "true");
  const textLayer = document.createElement("div");
  textLayer.className = "textLayer";
  textLayer.tabIndex = 0;
  textLayer.setAttribute("role", "document");
  textLayer.setAttribute("aria-label", `${m.pageLabel(n, total)}. ${m.textLabel(n)}`);
  element.append(canvas, highlights, textLayer);
  root.append(element);

  const fitWidth = () => {
    const scale = element.clientWidth / base.width;
    element.style.setProperty("--scale-factor", String(scale));
    return scale;
  };
  const scale = fitWidth();
  new ResizeObserver(() => fitWidth()).observe(element);
  const ratio = window.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale });
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  const context = canvas.getContext("2d");
  if (context) {
    await page.render({
      canvas,
      canvasContext: context,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
  }
  const text = new TextLayer({
    textContentSource: page.streamTextContent(),
    container: textLayer,
    viewport,
  });
  await text.render();
  return { n, element, textLayer, highlights };
}
