import { portalMessages } from "../../i18n/da/portal.ts";
import { styleSheetPath } from "../assets.ts";
import { xmlText } from "./atom-feed.ts";

/**
 * The media type our Atom feeds are served with. Chromium shows `application/atom+xml` as plain
 * text and never applies a stylesheet to it; as `application/xml` it applies feed.xsl, and feed
 * readers read the same document either way (they go by its root element).
 */
export const FEED_CONTENT_TYPE = "application/xml; charset=utf-8";

/** Where the stylesheet is served; every Atom feed names it in a processing instruction. */
export const FEED_XSL_PATH = "/feed.xsl";

const f = portalMessages.feedPage;

/**
 * An XSLT 1.0 stylesheet that browsers apply to our Atom feeds, so that someone who opens a
 * feed sees a readable Danish page (what a feed is, how to subscribe, the entries) instead of
 * raw XML. Feed readers ignore it. It is a constant: nothing is fetched at runtime.
 */
export const FEED_XSL = `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"
    doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="da">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <link rel="stylesheet" href="${xmlText(styleSheetPath)}"/>
      </head>
      <body>
        <main id="indhold" class="container feed-page">
          <p class="muted">${xmlText(f.kicker)}</p>
          <h1><xsl:value-of select="atom:title"/></h1>
          <p class="lead"><xsl:value-of select="atom:subtitle"/></p>
          <div class="feed-about">
            <p>${xmlText(f.about)}</p>
            <p>${xmlText(f.address)} <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
            <p><a href="/abonner">${xmlText(f.howTo)}</a> · <a href="{atom:link[@rel='alternate']/@href}">${xmlText(f.back)}</a></p>
          </div>
          <h2>${xmlText(f.entries)}</h2>
          <xsl:if test="not(atom:entry)"><p>${xmlText(f.empty)}</p></xsl:if>
          <ol class="feed-entries">
            <xsl:for-each select="atom:entry">
              <li>
                <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                <p class="muted">${xmlText(f.updated)} <time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 9, 2)"/>.<xsl:value-of select="substring(atom:updated, 6, 2)"/>.<xsl:value-of select="substring(atom:updated, 1, 4)"/></time></p>
                <p class="feed-summary"><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
