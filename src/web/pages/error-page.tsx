import { webMessages } from "../../i18n/da/web.ts";
import { Layout, type Viewer } from "../layout.tsx";

/** A Danish error page: 400, 403, 404, 413, 500. */
export function ErrorPage(props: {
  title: string;
  message: string;
  back?: { href: string; label: string } | undefined;
  viewer: Viewer;
}) {
  return (
    <Layout title={props.title} viewer={props.viewer}>
      <h1>{props.title}</h1>
      <p class="lead">{props.message}</p>
      {props.back ? (
        <p>
          <a href={props.back.href}>{props.back.label}</a>
        </p>
      ) : null}
      <p>
        <a href="/">{webMessages.errors.goHome}</a>
      </p>
    </Layout>
  );
}
