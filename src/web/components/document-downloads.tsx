import { webMessages } from "../../i18n/da/web.ts";

const m = webMessages.meeting;

/** The file names under a meeting's URL and what each one is. */
export const DOWNLOADS = {
  "dokument.pdf": "pdf",
  "dokument.docx": "docx",
  "med-bilag.pdf": "package",
} as const;

export type DownloadFile = keyof typeof DOWNLOADS;

export const isDownloadFile = (name: string): name is DownloadFile =>
  Object.hasOwn(DOWNLOADS, name);
const LABELS = { pdf: m.downloadPdf, docx: m.downloadDocx, package: m.downloadPackage } as const;

/** Links to the meeting's document as PDF, Word and PDF with attachments. */
export function DocumentDownloads({ base }: { base: string }) {
  return (
    <nav class="downloads" aria-label={m.downloads}>
      <ul>
        {Object.entries(DOWNLOADS).map(([file, kind]) => (
          <li>
            <a href={`${base}/${file}`}>{LABELS[kind]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
