import { lt } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { samlRequests } from "../../../db/schema/index.ts";
import type { SamlEntities } from "./saml-entities.ts";

/** How long the identity provider may take to answer (the person signs in meanwhile). */
export const SAML_REQUEST_TTL_MS = 15 * 60_000;

/**
 * Makes an AuthnRequest for the HTTP-Redirect binding (signed when the identity provider
 * wants it) and remembers its ID, so that only an answer to it is accepted. Returns the URL
 * at the identity provider to send the browser to.
 */
export async function startSamlSignIn(
  db: Db,
  entities: SamlEntities,
  nextPath: string,
  now: Date = new Date(),
): Promise<string> {
  const { id, context } = entities.sp.createLoginRequest(entities.idp, "redirect");
  await db.transaction(async (tx) => {
    // Housekeeping: requests nobody answered in time.
    await tx.delete(samlRequests).where(lt(samlRequests.expiresAt, now));
    await tx
      .insert(samlRequests)
      .values({ id, nextPath, expiresAt: new Date(now.getTime() + SAML_REQUEST_TTL_MS) });
  });
  return context;
}
