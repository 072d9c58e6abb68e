import { webMessages } from "../../i18n/da/web.ts";

const p = webMessages.pagination;

/** »Forrige side«, »Side 2 af 5«, »Næste side«: nothing when everything fits on one page. */
export function Pagination(props: {
  /** What the pages hold, for screen readers: »Sider med resultater«. */
  label: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  const { page, pageCount } = props;
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label={props.label}>
      <ul>
        {page > 1 ? (
          <li>
            <a rel="prev" href={props.href(page - 1)}>
              {p.previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{p.pageOf(page, pageCount)}</li>
        {page < pageCount ? (
          <li>
            <a rel="next" href={props.href(page + 1)}>
              {p.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
