import { Hono } from "hono";
import { getPublicItem } from "../../domain/publication/get-public-item.ts";
import { listCaseHistory } from "../../domain/publication/list-case-history.ts";
import { AccessibilityPage } from "../../web/pages/accessibility-page.tsx";
import { OpenDataPage } from "../../web/pages/open-data-page.tsx";
import { PublicItemPage } from "../../web/pages/public-item-page.tsx";
import { publicCache } from "../middleware/public-cache.ts";
import { parseId } from "../params.ts";
import { renderError, renderPage } from "../render.ts";
import type { AppEnv } from "../types.ts";

/** An item of a public meeting on its own page with its case's history; the a11y statement. */
export const itemRoutes = new Hono<AppEnv>()
  .get("/moeder/:id/punkt/:place", publicCache(), async (c) => {
    const id = parseId(c.req.param("id"));
    const place = parseId(c.req.param("place"));
    if (id === null || place === null) return renderError(c, 404);
    const { db } = c.get("deps");
    const view = await getPublicItem(db, id, place);
    if (!view) return renderError(c, 404);
    const history =
      view.caseId === null ? null : await listCaseHistory(db, view.caseId, view.item.closed);
    return renderPage(c, <PublicItemPage view={view} history={history} viewer={c.get("viewer")} />);
  })
  .get("/tilgaengelighed", publicCache(), (c) =>
    renderPage(
      c,
      <AccessibilityPage viewer={c.get("viewer")} contact={c.get("deps").config.contact} />,
    ),
  )
  .get("/aabne-data", publicCache(), (c) =>
    renderPage(
      c,
      <OpenDataPage viewer={c.get("viewer")} origin={c.get("deps").config.publicUrl} />,
    ),
  );
