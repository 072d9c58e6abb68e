import { accessibilityMessages as m } from "../../i18n/da/accessibility.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { Layout, type Viewer } from "../layout.tsx";

/** The accessibility statement (tilgængelighedserklæring), linked from every page's footer. */
export function AccessibilityPage(props: {
  viewer: Viewer;
  contact: { email: string | null; phone: string | null };
}) {
  const { email, phone } = props.contact;
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
          {"key" in section && section.key === "contact" ? (
            email || phone ? (
              <ul>
                {email ? (
                  <li>
                    {m.contactEmail} <a href={`mailto:${email}`}>{email}</a>
                  </li>
                ) : null}
                {phone ? (
                  <li>
                    {m.contactPhone} <a href={`tel:${phone.replace(/ /g, "")}`}>{phone}</a>
                  </li>
                ) : null}
              </ul>
            ) : (
              <p>{m.contactMissing}</p>
            )
          ) : null}
          {"key" in section && section.key === "complaint" ? (
            <p>
              <a href={m.complaint.href}>{m.complaint.label}</a>
            </p>
          ) : null}
        </section>
      ))}
      <p class="muted">{m.prepared}</p>
    </Layout>
  );
}
