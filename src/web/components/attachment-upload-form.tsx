import { ALLOWED_TYPES } from "../../domain/attachment/check-attachment-file.ts";
import { attachmentMessages } from "../../i18n/da/attachment.ts";

const u = attachmentMessages.upload;
const ACCEPT = ALLOWED_TYPES.flatMap((t) => t.extensions.map((x) => `.${x}`)).join(",");

/** A small form under an agenda item for adding a bilag (multipart, with the CSRF token). */
export function AttachmentUploadForm(props: {
  itemId: number;
  closed: boolean;
  csrfToken: string;
}) {
  const id = `bilag-${props.itemId}`;
  return (
    <form
      id={id}
      class="upload-form"
      method="post"
      action={`/app/punkter/${props.itemId}/bilag`}
      enctype="multipart/form-data"
    >
      <fieldset>
        <legend>{u.legend}</legend>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <label for={`${id}-fil`}>{u.file}</label>
        <p class="muted" id={`${id}-hint`}>
          {u.hint}
        </p>
        <input
          type="file"
          id={`${id}-fil`}
          name="fil"
          required
          accept={ACCEPT}
          aria-describedby={`${id}-hint`}
        />
        <label class="checkbox">
          <input type="checkbox" name="offentlig" value="1" checked={!props.closed} /> {u.public}
        </label>
        <button class="button" type="submit">
          {u.submit}
        </button>
      </fieldset>
    </form>
  );
}
