import type { Child } from "hono/jsx";
import type { HtmlEscapedString } from "hono/utils/html";
import { accountMessages } from "../i18n/da/account.ts";
import { mailPreferenceMessages } from "../i18n/da/mail.ts";
import { portalMessages } from "../i18n/da/portal.ts";
import { webMessages } from "../i18n/da/web.ts";
import { iconPath, THEME_COLOUR } from "./app-icon/app-icon.ts";
import { styleSheetPath } from "./assets.ts";
import { SiteSearch } from "./components/site-search.tsx";
import { accessibilityHref, openDataHref, subscribeHref } from "./portal-urls.ts";
import { type ScriptName, scriptPath } from "./scripts.ts";
import { serviceWorkerPath } from "./service-worker.ts";

const m = webMessages;

/** Who is looking at the page; null for the public. */
export type Viewer = {
  name: string;
  csrfToken: string;
  staff: boolean;
  /** May use the administration area (/app/admin). */
  admin?: boolean;
  /** The signed-in user's id: the offline copy and the outbox are kept per user. */
  userId?: number;
} | null;

export interface LayoutProps {
  title: string;
  viewer: Viewer;
  /** Extra elements for <head>, e.g. a feed's <link rel="alternate">. */
  head?: Child;
  /** Browser scripts (src/web/client/) that improve this page; it must work without them. */
  scripts?: readonly ScriptName[];
  /** False on the search page, whose own form is the search: one search field, not two. */
  siteSearch?: boolean;
  /** False on a screen read from across a room (the room display): no header or footer. */
  chrome?: boolean;
  children?: Child;
}

/** The page frame: skip link, header with navigation, main, footer. Each page brings one h1. */
export function Layout(props: LayoutProps) {
  const { title, viewer, head, scripts, children } = props;
  const chrome = props.chrome ?? true;
  return (
    <html lang="da">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${m.siteName}`}</title>
        <link rel="stylesheet" href={styleSheetPath} />
        <link rel="icon" type="image/png" href={iconPath("ikon-32.png")} />
        <link rel="manifest" href="/manifest.webmanifest" />
        <meta name="theme-color" content={THEME_COLOUR} />
        <link rel="apple-touch-icon" href={iconPath("apple-touch-icon.png")} />
        {viewer?.userId ? <meta name="referat-user" content={String(viewer.userId)} /> : null}
        <meta name="referat-sw" content={serviceWorkerPath()} />
        {head}
        {scripts?.map((name) => (
          <script type="module" src={scriptPath(name)} />
        ))}
        {/* The offline copy: kept for the signed-in user, forgotten once signed out. */}
        <script type="module" src={scriptPath("offline")} />
      </head>
      <body>
        {chrome ? <SiteHeader viewer={viewer} siteSearch={props.siteSearch ?? true} /> : null}
        <main id="indhold" tabindex={-1} class="container">
          {children}
        </main>
        {chrome ? <SiteFooter /> : null}
      </body>
    </html>
  );
}

/** The skip link and the header with the navigation. */
function SiteHeader({ viewer, siteSearch }: { viewer: Viewer; siteSearch: boolean }) {
  return (
    <>
      <a class="skip-link" href="#indhold">
        {m.skipLink}
      </a>
      <header class="site-header">
        <div class="container">
          <a class="brand" href="/">
            {m.siteName} <small>{m.siteTagline}</small>
          </a>
          {siteSearch ? <SiteSearch /> : null}
          <nav class="site-nav" aria-label={m.nav.label}>
            <ul>
              <li>
                <a href="/">{m.nav.public}</a>
              </li>
              <li>
                <a href={subscribeHref}>{portalMessages.subscribe.nav}</a>
              </li>
              {viewer?.staff ? (
                <li>
                  <a href="/app">{m.nav.staff}</a>
                </li>
              ) : null}
              {viewer?.staff ? (
                <li>
                  <a href="/app/indstillinger">{mailPreferenceMessages.navLink}</a>
                </li>
              ) : null}
              {viewer?.admin ? (
                <li>
                  <a href="/app/admin">{accountMessages.nav.admin}</a>
                </li>
              ) : null}
              {viewer ? (
                <>
                  <li class="who">{m.nav.loggedInAs(viewer.name)}</li>
                  <li>
                    <form method="post" action="/logout">
                      <input type="hidden" name="_csrf" value={viewer.csrfToken} />
                      <button class="link-button" type="submit">
                        {m.nav.logOut}
                      </button>
                    </form>
                  </li>
                </>
              ) : (
                <li>
                  <a href="/login">{m.nav.logIn}</a>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
    </>
  );
}

function SiteFooter() {
  return (
    <footer class="site-footer">
      <div class="container">
        <p>{m.footer}</p>
        <nav aria-label={portalMessages.footer.label}>
          <ul class="footer-links">
            <li>
              <a href={accessibilityHref}>{portalMessages.footer.accessibility}</a>
            </li>
            <li>
              <a href={openDataHref}>{portalMessages.footer.openData}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

/** Renders a page to a full HTML document. */
export async function renderDocument(
  page: HtmlEscapedString | Promise<HtmlEscapedString>,
): Promise<string> {
  const node = (await page) as { toString(): string | Promise<string> };
  return `<!DOCTYPE html>${await node.toString()}`;
}
