import { copenhagenWallClock } from "../../domain/meeting/copenhagen-time.ts";
import { portalMessages } from "../../i18n/da/portal.ts";
import type { AtomFeedInput } from "../feeds/atom-feed.ts";
import { formatShortDate } from "../format-date.ts";
import { Layout, type Viewer } from "../layout.tsx";

const f = portalMessages.feedPage;

/**
 * An Atom feed opened in a browser: what a feed is and how to subscribe, its address to copy
 * into a feed reader, and its entries, as a page of the portal. Feed readers get the feed itself
 * from the same address (feed-response.ts).
 */
export function FeedPage(props: { feed: AtomFeedInput; viewer: Viewer }) {
  const { feed } = props;
  return (
    <Layout title={feed.title} viewer={props.viewer}>
      <div class="feed-page">
        <p class="muted">{f.kicker}</p>
        <h1>{feed.title}</h1>
        <p class="lead">{feed.subtitle}</p>
        <div class="feed-about">
          <p>{f.about}</p>
          <p>
            {f.address} <code class="feed-address">{feed.self}</code>
          </p>
          <p>
            <a href="/abonner">{f.howTo}</a> · <a href={feed.alternate}>{f.back}</a>
          </p>
        </div>
        <h2>{f.entries}</h2>
        {feed.entries.length === 0 ? <p>{f.empty}</p> : null}
        <ol class="feed-entries">
          {feed.entries.map((entry) => (
            <li>
              <h3>
                <a href={entry.url}>{entry.title}</a>
              </h3>
              <p class="muted">
                {f.updated}{" "}
                <time datetime={entry.updated.toISOString()}>
                  {formatShortDate(copenhagenWallClock(entry.updated))}
                </time>
              </p>
              <p class="feed-summary">{entry.summary}</p>
            </li>
          ))}
        </ol>
      </div>
    </Layout>
  );
}
