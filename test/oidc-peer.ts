import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID provider (oidc-provider) on a localhost port, with Referat registered as a
 * confidential client. Accounts are kept in `accounts` and can change between sign-ins (groups
 * removed at the provider). `signIn()` walks the provider's own login page like a browser.
 */
export interface Account {
  name?: string;
  email?: string;
  groups?: string[];
}

export const CLIENT_ID = "referat";
export const CLIENT_SECRET = "referat-test-secret-that-is-long-enough-1234";

export interface OidcPeer {
  issuer: string;
  accounts: Map<string, Account>;
  /** The provider's signing key, to forge tokens it could have issued. */
  signingKey: KeyObject;
  kid: string;
  env: Record<string, string>;
  /**
   * Follows an authorization URL through the provider's login form as `accountId` and returns
   * the URL the provider redirects back to (Referat's callback, not fetched).
   */
  signIn(authorizationUrl: string, accountId: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startOidcPeer(referatUrl: string): Promise<OidcPeer> {
  let handler: (
    req: import("node:http").IncomingMessage,
    res: import("node:http").ServerResponse,
  ) => void = (_q, s) => s.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = "peer-key-1";
  const jwk = { ...privateKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" };
  const accounts = new Map<string, Account>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${referatUrl}/login/oidc/callback`],
        post_logout_redirect_uris: [`${referatUrl}/`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["peer-cookie-key"] },
    claims: {
      openid: ["sub"],
      profile: ["name", "groups"],
      email: ["email", "email_verified"],
    },
    // Claims in the ID token itself, as Entra ID sends groups.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, ...account, email_verified: true };
        },
      };
    },
    // Referat is a first-party client: consent is implied, as an Entra ID admin consent.
    async loadExistingGrant(ctx: {
      oidc: { client: { clientId: string }; session: { accountId: string } };
    }) {
      const grant = new provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  handler = provider.callback();

  async function signIn(authorizationUrl: string, accountId: string): Promise<URL> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    let init: RequestInit = {};
    for (let hop = 0; hop < 20; hop++) {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
      const res = await fetch(url, {
        ...init,
        redirect: "manual",
        headers: { ...(init.headers as Record<string, string>), cookie },
      });
      for (const line of res.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        jar.set(pair.slice(0, at), pair.slice(at + 1));
      }
      const location = res.headers.get("location");
      if (location) {
        const next = new URL(location, url);
        if (!next.href.startsWith(issuer)) return next;
        url = next.href;
        init = {};
        continue;
      }
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action)
        throw new Error(`the provider showed no form (${res.status}): ${html.slice(0, 500)}`);
      const fields = new URLSearchParams();
      for (const [, name, value] of html.matchAll(
        /<input type="hidden" name="([^"]+)" value="([^"]*)"/g,
      )) {
        fields.set(name ?? "", value ?? "");
      }
      if (html.includes('name="login"')) {
        fields.set("login", accountId);
        fields.set("password", "any");
      }
      url = new URL(action, url).href;
      init = {
        method: "POST",
        body: fields.toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      };
    }
    throw new Error("too many redirects at the provider");
  }

  return {
    issuer,
    accounts,
    signingKey: createPrivateKey({ key: jwk, format: "jwk" }),
    kid,
    env: {
      REFERAT_OIDC_ISSUER: issuer,
      REFERAT_OIDC_CLIENT_ID: CLIENT_ID,
      REFERAT_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      REFERAT_OIDC_NAME: "Testudbyder",
    },
    signIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JWT with these header and payload fields, signed RS256 with `key`. */
export function signJwt(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const input = `${part({ ...header, alg: "RS256" })}.${part(payload)}`;
  return `${input}.${sign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

export function decodeJwt(token: string): {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
} {
  const [h = "", p = ""] = token.split(".");
  const json = (s: string) => JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
  return { header: json(h), payload: json(p) };
}
