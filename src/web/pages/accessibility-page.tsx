import { accessibilityMessages as m } from "../../i18n/da/accessibility.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { Layout, type Viewer } from "../layout.tsx";

/** The accessibility statement (tilgængelighedserklæring), linked from every page's footer. */
export function AccessibilityPage(props: { viewer: Viewer }) {
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs trail={[{ label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      {m.sections.map((section) => (
        <section>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p>{text}</p>
          ))}
        </section>
      ))}
      <p class="muted">{m.prepared}</p>
    </Layout>
  );
}
