import type { Config } from "../config.ts";
import type { Db } from "../db/client.ts";
import type { ActiveSession } from "../domain/auth/find-session.ts";
import type { OidcClient } from "../domain/sso/oidc-client.ts";
import type { Logger } from "../logger.ts";
import type { BlobStorage } from "../storage/blob-storage.ts";
import type { Viewer } from "../web/layout.tsx";

/** What the HTTP app needs from the process. */
export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** Attachment bytes; without it no bilag can be fetched or uploaded. */
  storage?: BlobStorage;
  /** Sign-in through the OpenID Connect provider; made from config.oidc when not given. */
  oidc?: OidcClient;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    /** The valid session behind the request's cookie, if any. */
    session: ActiveSession | null;
    /** The raw cookie token of that session (needed to log out). */
    sessionToken: string | null;
    viewer: Viewer;
    /** Set by public routes: the page cache may keep the answer (middleware/public-cache.ts). */
    publicPage: boolean;
  };
}
