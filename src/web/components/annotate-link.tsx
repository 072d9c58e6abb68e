import { annotationMessages } from "../../i18n/da/annotation.ts";

/** »Åbn og markér« after a stored PDF bilag's link in the staff area: opens the viewer. */
export function AnnotateLink(a: {
  id: number | null;
  stored: boolean;
  mediaType: string | null;
  title: string;
}) {
  if (!a.stored || a.id === null || a.mediaType !== "application/pdf") return null;
  return (
    <>
      {" "}
      <a class="annotate-link" href={`/app/bilag/${a.id}/vis`}>
        {annotationMessages.open}
        <span class="visually-hidden">: {a.title}</span>
      </a>
    </>
  );
}
