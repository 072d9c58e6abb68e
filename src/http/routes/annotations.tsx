import type { Context } from "hono";
import { Hono } from "hono";
import { annotationInputSchema } from "../../domain/annotation/annotation-input.ts";
import { deleteAnnotation } from "../../domain/annotation/delete-annotation.ts";
import { listAnnotations } from "../../domain/annotation/list-annotations.ts";
import { loadReadableBilag } from "../../domain/annotation/load-readable-bilag.ts";
import { saveAnnotation } from "../../domain/annotation/save-annotation.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { annotationMessages } from "../../i18n/da/annotation.ts";
import { BilagViewerPage } from "../../web/pages/bilag-viewer-page.tsx";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";
import { principalOf } from "./cases-shared.tsx";

const e = annotationMessages.errors;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs a JSON action: a DomainError answers with its status and Danish message, never a 500. */
async function json(c: Context<AppEnv>, action: () => Promise<unknown>) {
  try {
    return c.json(await action());
  } catch (error) {
    if (error instanceof DomainError) return c.json({ error: error.message }, error.status);
    throw error;
  }
}

/** The id in the path, or a not-found DomainError (the same answer as a bilag one may not read). */
function bilagId(c: Context<AppEnv>): number {
  const id = parseId(c.req.param("id"));
  if (id === null) throw new DomainError("not_found", e.bilagNotFound);
  return id;
}

/**
 * Members' highlights and notes on a bilag (PDF): the viewer page and its JSON. Mounted before
 * /app/bilag/:id/:filename?, whose file is what the viewer shows. Every answer starts from
 * loadReadableBilag (the file's own rule); the annotations from annotation.policy.
 */
export const annotationRoutes = new Hono<AppEnv>()
  .get("/bilag/:id/vis", async (c) => {
    const id = parseId(c.req.param("id"));
    if (id === null) return renderError(c, 404);
    const bilag = await loadReadableBilag(c.get("deps").db, principalOf(c), id).catch((error) => {
      if (error instanceof DomainError) return null;
      throw error;
    });
    if (!bilag?.stored) return renderError(c, 404);
    if (bilag.mediaType !== "application/pdf") {
      return renderError(c, 404, { title: bilag.title, message: e.notPdf });
    }
    return renderPage(c, <BilagViewerPage bilag={bilag} viewer={c.get("viewer") ?? null} />);
  })
  .get("/bilag/:id/markeringer", (c) =>
    json(c, async () => ({
      annotations: await listAnnotations(c.get("deps").db, principalOf(c), bilagId(c)),
    })),
  )
  .post("/bilag/:id/markeringer", (c) =>
    json(c, async () => {
      const id = bilagId(c);
      const body = await c.req.json().catch(() => null);
      const parsed = annotationInputSchema.safeParse(body);
      if (!parsed.success) {
        const tooLong = parsed.error.issues.find(
          (i) => i.path[0] === "note" && i.code === "too_big",
        );
        throw new DomainError("invalid", tooLong?.message ?? e.invalid);
      }
      return saveAnnotation(c.get("deps").db, principalOf(c), id, parsed.data);
    }),
  )
  .post("/bilag/:id/markeringer/:annotationId/slet", (c) =>
    json(c, async () => {
      const id = bilagId(c);
      const annotationId = c.req.param("annotationId");
      if (!UUID.test(annotationId)) throw new DomainError("not_found", e.invalid);
      return deleteAnnotation(c.get("deps").db, principalOf(c), id, annotationId.toLowerCase());
    }),
  );
