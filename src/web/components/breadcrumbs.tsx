import { portalMessages } from "../../i18n/da/portal.ts";

export interface Crumb {
  label: string;
  /** Omitted for the current page, which ends the trail. */
  href?: string;
}

/** The trail from the front page to the current page (DKFDS breadcrumb). */
export function Breadcrumbs(props: { trail: Crumb[] }) {
  const m = portalMessages.breadcrumbs;
  const trail: Crumb[] = [{ label: m.home, href: "/" }, ...props.trail];
  return (
    <nav class="breadcrumbs" aria-label={m.label}>
      <ol>
        {trail.map((crumb) => (
          <li>
            {crumb.href ? (
              <a href={crumb.href}>{crumb.label}</a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
