import type { CaseSummary, HandedOnPage } from "../../domain/case/list-my-cases.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { webMessages } from "../../i18n/da/web.ts";
import { Breadcrumbs } from "../components/breadcrumbs.tsx";
import { formatCaseTime } from "../components/case-time.ts";
import { Pagination } from "../components/pagination.tsx";
import { Layout, type Viewer } from "../layout.tsx";

const m = caseUi.list;

function CaseTable(props: {
  id: string;
  caption: string;
  cases: CaseSummary[];
  empty: string;
  /** Shown under the heading, and under the table. */
  intro?: unknown;
  after?: unknown;
}) {
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.caption}</h2>
      {props.intro}
      {props.cases.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="case-table">
            <thead>
              <tr>
                <th scope="col">{m.caseTitle}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.committee}</th>
                <th scope="col">{m.author}</th>
                <th scope="col">{m.updated}</th>
              </tr>
            </thead>
            <tbody>
              {props.cases.map((c) => (
                <tr>
                  <td>
                    <a href={`/app/sager/${c.id}`}>{c.title}</a>
                  </td>
                  <td>
                    <span class="tag">{caseUi.status[c.status] ?? c.status}</span>
                    {c.approver && c.status === "submitted" ? ` (${c.approver.name})` : null}
                  </td>
                  <td>{c.committee?.name ?? ""}</td>
                  <td>{c.author?.name ?? ""}</td>
                  <td>{formatCaseTime(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.after}
    </section>
  );
}

/** The cases on the user's desk: their own (and shared), to approve, approved for the agenda. */
export function CaseListPage(props: {
  viewer: Viewer;
  authored: CaseSummary[];
  handedOn: HandedOnPage;
  toApprove: CaseSummary[];
  forAgenda: CaseSummary[];
  canCreate: boolean;
  isApprover: boolean;
  isManager: boolean;
}) {
  return (
    <Layout title={m.title} viewer={props.viewer}>
      <Breadcrumbs trail={[{ label: webMessages.nav.staff, href: "/app" }, { label: m.title }]} />
      <h1>{m.title}</h1>
      <p class="lead">{m.intro}</p>
      {props.canCreate ? (
        <p>
          <a class="button case-button-link" href="/app/sager/ny">
            {m.newCase}
          </a>
        </p>
      ) : null}
      {props.isApprover || props.toApprove.length > 0 ? (
        <CaseTable
          id="til-godkendelse"
          caption={m.toApprove}
          cases={props.toApprove}
          empty={m.toApproveEmpty}
        />
      ) : null}
      <CaseTable
        id="mine-sager"
        caption={m.mine}
        cases={props.authored}
        empty={props.handedOn.total > 0 ? m.mineNoneInWork : m.mineEmpty}
      />
      {props.handedOn.total > 0 ? (
        <CaseTable
          id="paa-dagsordener"
          caption={m.handedOn}
          cases={props.handedOn.cases}
          empty=""
          intro={<p>{m.handedOnCount(props.handedOn.total)}</p>}
          after={
            <Pagination
              label={m.handedOnPages}
              page={props.handedOn.page}
              pageCount={props.handedOn.pageCount}
              href={(page) => `/app/sager?side=${page}#paa-dagsordener`}
            />
          }
        />
      ) : null}
      {props.isManager ? (
        <CaseTable
          id="til-dagsorden"
          caption={m.forAgenda}
          cases={props.forAgenda}
          empty={m.forAgendaEmpty}
        />
      ) : null}
    </Layout>
  );
}
