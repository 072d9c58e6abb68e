import * as client from "openid-client";
import type { OidcConfig } from "../../config.ts";
import type { ExternalProfile } from "./sign-in-external.ts";

/** What the browser keeps between leaving for the provider and coming back (sealed cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  /** The PKCE code verifier; the provider saw only its SHA-256 challenge. */
  verifier: string;
  /** Where to go in Referat after signing in. */
  next: string;
}

/**
 * Why signing in through the provider failed: "unavailable" (discovery or token endpoint not
 * reachable) or "rejected" (the response did not pass a check: state, nonce, issuer, audience,
 * signature, or the provider's own error). `detail` is for the log, never for the user.
 */
export class OidcSignInError extends Error {
  constructor(
    readonly kind: "unavailable" | "rejected",
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface OidcClientOptions {
  /** Replaces fetch for every request to the provider (tests intercept responses with it). */
  fetch?: client.CustomFetch;
}

/**
 * OpenID Connect sign-in with the authorization code flow and PKCE (openid-client). The
 * provider is discovered on first use, not at start-up, and again after a failure, so a provider
 * that is down does not stop Referat. ID token signatures are checked against the provider's
 * keys even though the token comes straight from the token endpoint.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcConfig,
    private readonly publicUrl: string,
    private readonly options: OidcClientOptions = {},
  ) {}

  get redirectUri(): string {
    return `${this.publicUrl}/login/oidc/callback`;
  }

  /** The provider's authorization URL and what the callback will need to check its answer. */
  async start(next: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const config = await this.discover();
    const pending: PendingSignIn = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      next,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: "openid profile email",
      response_type: "code",
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: "S256",
    });
    return { url, pending };
  }

  /** Checks the provider's answer, redeems the code and reads the person from the ID token. */
  async finish(
    callbackUrl: URL,
    pending: PendingSignIn,
  ): Promise<{ profile: ExternalProfile; idToken: string }> {
    const config = await this.discover();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        pkceCodeVerifier: pending.verifier,
        idTokenExpected: true,
      });
    } catch (error) {
      throw asSignInError(error);
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new OidcSignInError("rejected", "no ID token");
    return {
      profile: profileFromClaims(claims, this.settings.groupsClaim),
      idToken: tokens.id_token,
    };
  }

  /** Where to end the provider's session too; null when it offers no end_session_endpoint. */
  async endSessionUrl(idToken: string | null, returnTo: string): Promise<URL | null> {
    let config: client.Configuration;
    try {
      config = await this.discover();
    } catch {
      return null;
    }
    if (!config.serverMetadata().end_session_endpoint) return null;
    const parameters: Record<string, string> = { post_logout_redirect_uri: returnTo };
    if (idToken) parameters.id_token_hint = idToken;
    else parameters.client_id = this.settings.clientId;
    return client.buildEndSessionUrl(config, parameters);
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= this.runDiscovery().catch((error: unknown) => {
      this.configuration = undefined;
      throw asSignInError(error, "unavailable");
    });
    return this.configuration;
  }

  private runDiscovery(): Promise<client.Configuration> {
    const execute = [client.enableNonRepudiationChecks];
    if (this.settings.issuer.protocol === "http:") execute.push(client.allowInsecureRequests);
    return client.discovery(
      this.settings.issuer,
      this.settings.clientId,
      this.settings.clientSecret,
      client.ClientSecretPost(this.settings.clientSecret),
      {
        execute,
        timeout: 10,
        ...(this.options.fetch ? { [client.customFetch]: this.options.fetch } : {}),
      },
    );
  }
}

/** The person as ExternalProfile: e-mail from `email`, else an address-like username. */
export function profileFromClaims(
  claims: Record<string, unknown>,
  groupsClaim: string,
): ExternalProfile {
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
  const joined = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  const username = text(claims.preferred_username) ?? text(claims.upn);
  const rawGroups = claims[groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : rawGroups == null ? [] : [rawGroups])
    .filter((g) => typeof g === "string" || typeof g === "number")
    .map(String);
  return {
    provider: "oidc",
    subject: String(claims.sub ?? ""),
    name: text(claims.name) ?? (joined || null),
    email: text(claims.email) ?? (username?.includes("@") ? username : null),
    groups,
  };
}

function asSignInError(error: unknown, fallback: "unavailable" | "rejected" = "rejected") {
  if (error instanceof OidcSignInError) return error;
  type Described = {
    name?: string;
    code?: string;
    message?: string;
    error?: string;
    cause?: unknown;
  };
  const e = error as Described;
  const cause = e.cause instanceof Error ? (e.cause as Described) : undefined;
  const detail = [e.name, e.code, e.error, e.message, cause?.code, cause?.message]
    .filter(Boolean)
    .join(": ");
  // Network failures and timeouts mean the provider is unreachable, not that it refused.
  const network = e.name === "TypeError" || e.name === "TimeoutError" || e.name === "AbortError";
  return new OidcSignInError(network ? "unavailable" : fallback, detail || "unknown error");
}
