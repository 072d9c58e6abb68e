import { openDataMessages as m } from "../../i18n/da/open-data.ts";
import { OPARL_PATH, oparlUrls } from "../../render/oparl/oparl-urls.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { Layout, type Viewer } from "../layout.tsx";
import { subscribeHref } from "../portal-urls.ts";

/** What other systems can read of the public archive, and where: linked from every footer. */
export function OpenDataPage(props: { viewer: Viewer; origin: string }) {
  const entry = oparlUrls(props.origin).system;
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs trail={[{ label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <section>
        <h2>{m.api.heading}</h2>
        <p>{m.api.text}</p>
        <p>
          {/* The address as other systems use it; the link stays on this site. */}
          <a href={OPARL_PATH}>{entry}</a>
        </p>
        <p>{m.api.filters}</p>
      </section>
      <section>
        <h2>{m.closed.heading}</h2>
        <p>{m.closed.text}</p>
      </section>
      <section>
        <h2>{m.feeds.heading}</h2>
        <p>{m.feeds.text}</p>
        <p>
          <a href={subscribeHref}>{m.feeds.link}</a>
        </p>
      </section>
    </Layout>
  );
}
