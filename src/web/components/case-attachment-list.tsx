import type { CaseAttachment } from "../../domain/case/list-case-attachments.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";
import { caseUi } from "../../i18n/da/case-ui.ts";
import { AnnotateLink } from "./annotate-link.tsx";
import { formatCaseTime } from "./case-time.ts";

const l = attachmentMessages.list;

/** "1,2 MB" or "340 kB": a file's size for people. */
export function formatFileSize(bytes: number | null): string {
  if (bytes === null) return "";
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString("da-DK", { maximumFractionDigits: 1 })} MB`;
}

/**
 * A case's bilag by title, in their order, with the file each has and its earlier files. With
 * `editable`, each has a disclosure to edit title, place and openness, replace the file or
 * delete it (plain forms: everything works without JavaScript).
 */
export function CaseAttachmentList(props: {
  base: string;
  attachments: CaseAttachment[];
  editable: boolean;
  csrfToken: string;
}) {
  const { base, attachments } = props;
  if (attachments.length === 0) return <p>{caseUi.attachments.none}</p>;
  const csrf = <input type="hidden" name="_csrf" value={props.csrfToken} />;
  return (
    <ol class="case-attachment-list">
      {attachments.map((a) => {
        const id = `bilag-${a.id}`;
        const href = `${base}/bilag/${a.id}`;
        return (
          <li id={id}>
            <a href={href}>{a.title}</a>{" "}
            <span class="muted">({l.fileInfo(a.name, formatFileSize(a.sizeBytes))})</span>
            {a.public ? null : <strong class="private-note"> {l.notPublic}</strong>}
            <AnnotateLink {...a} stored={true} />
            {a.versions.length > 0 ? (
              <details>
                <summary>{l.versions}</summary>
                <ul>
                  {a.versions.map((v) => (
                    <li>
                      <a href={`${href}/versioner/${v.id}`}>
                        {l.version(v.name, formatCaseTime(v.replacedAt))}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {props.editable ? (
              <details class="attachment-edit">
                <summary>{l.edit(a.title)}</summary>
                <form method="post" action={`${href}/ret`}>
                  {csrf}
                  <label for={`${id}-titel`}>{l.title}</label>
                  <p class="muted" id={`${id}-titel-hint`}>
                    {l.titleHint}
                  </p>
                  <input
                    type="text"
                    id={`${id}-titel`}
                    name="titel"
                    value={a.title}
                    required
                    maxlength={200}
                    aria-describedby={`${id}-titel-hint`}
                  />
                  <label for={`${id}-placering`}>{l.position}</label>
                  <select id={`${id}-placering`} name="placering">
                    {attachments.map((_, i) => (
                      <option value={String(i + 1)} selected={attachments[i]?.id === a.id}>
                        {l.positionOption(i + 1, attachments.length)}
                      </option>
                    ))}
                  </select>
                  <div class="case-checkbox">
                    <input
                      type="checkbox"
                      id={`${id}-offentlig`}
                      name="offentlig"
                      value="1"
                      checked={a.public}
                    />
                    <label for={`${id}-offentlig`}>{l.public}</label>
                  </div>
                  <button class="button case-secondary" type="submit">
                    {l.save}
                  </button>
                </form>
                <form method="post" action={`${href}/erstat`} enctype="multipart/form-data">
                  {csrf}
                  <label for={`${id}-fil`}>{l.replaceLegend}</label>
                  <p class="muted" id={`${id}-fil-hint`}>
                    {l.replaceHint}
                  </p>
                  <input
                    type="file"
                    id={`${id}-fil`}
                    name="fil"
                    required
                    aria-describedby={`${id}-fil-hint`}
                  />
                  <button class="button case-secondary" type="submit">
                    {l.replace}
                  </button>
                </form>
                <form method="post" action={`${href}/slet`}>
                  {csrf}
                  <p class="muted" id={`${id}-slet-hint`}>
                    {l.deleteHint}
                  </p>
                  <button
                    class="button case-secondary"
                    type="submit"
                    aria-describedby={`${id}-slet-hint`}
                  >
                    {l.delete}
                  </button>
                </form>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
