import { Hono } from "hono";
import { checkSamlResponse } from "../../domain/sso/saml/check-saml-response.ts";
import { samlEntities } from "../../domain/sso/saml/saml-entities.ts";
import { startSamlSignIn } from "../../domain/sso/saml/start-saml-sign-in.ts";
import { signInExternal } from "../../domain/sso/sign-in-external.ts";
import { samlMessages as m } from "../../i18n/da/saml.ts";
import { ssoMessages } from "../../i18n/da/sso.ts";
import { clientAddress } from "../client-address.ts";
import { writeSessionCookie } from "../cookies.ts";
import { readForm, text } from "../form.ts";
import { safeNextPath } from "../params.ts";
import { renderError } from "../render.ts";
import type { AppEnv } from "../types.ts";

const notConfigured = { title: m.notConfiguredTitle, message: m.notConfigured };

/**
 * SAML 2.0 sign-in as a service provider: our metadata, the start (an AuthnRequest by the
 * HTTP-Redirect binding) and the assertion consumer service (HTTP-POST). The identity
 * provider's page posts to /saml/acs from its own origin, so these routes are mounted before
 * the origin check and the CSRF token: what protects the ACS is the signed assertion and its
 * InResponseTo, which must name a request this server sent and has not seen answered.
 */
export const samlRoutes = new Hono<AppEnv>()
  .get("/saml/metadata", async (c) => {
    const entities = await samlEntities(c.get("deps").config);
    if (!entities) return renderError(c, 404, notConfigured);
    c.header("Content-Type", "application/samlmetadata+xml; charset=utf-8");
    return c.body(entities.sp.getMetadata());
  })
  .get("/saml/login", async (c) => {
    const { db, config } = c.get("deps");
    const entities = await samlEntities(config);
    if (!entities) return renderError(c, 404, notConfigured);
    const url = await startSamlSignIn(db, entities, safeNextPath(c.req.query("next")));
    c.header("Cache-Control", "no-store");
    return c.redirect(url, 302);
  })
  .post("/saml/acs", async (c) => {
    const { db, config, logger } = c.get("deps");
    c.header("Cache-Control", "no-store");
    const entities = await samlEntities(config);
    if (!entities) return renderError(c, 404, notConfigured);
    const form = await readForm(c);
    const address = clientAddress(c);
    const checked = await checkSamlResponse(db, entities, text(form, "SAMLResponse"));
    if (!checked.ok) {
      logger.warn(
        { reason: checked.reason, detail: checked.detail, address },
        "saml response refused",
      );
      return renderError(c, 400, { title: m.refusedTitle, message: m.refused[checked.reason] });
    }
    const result = await signInExternal(db, checked.profile, {
      address,
      organisationName: config.ssoOrganisation,
    });
    if (!result.ok) {
      logger.info({ reason: result.reason, address }, "saml sign-in refused");
      return renderError(c, 403, { title: ssoMessages.refusedTitle, message: result.message });
    }
    writeSessionCookie(c, result.session.token, result.session.expiresAt);
    logger.info({ userId: result.userId }, "logged in with saml");
    return c.redirect(checked.nextPath, 303);
  });
