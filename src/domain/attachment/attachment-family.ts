import type { attachmentMessages } from "../../i18n/da/attachment.ts";

export type AttachmentFamily = keyof typeof attachmentMessages.families;

/** The kind of document a media type is: a bilag is replaced within its family only. */
export function familyOf(mediaType: string | null, name: string): AttachmentFamily | null {
  const type = mediaType ?? "";
  if (type === "application/pdf" || /\.pdf$/i.test(name)) return "pdf";
  if (type.endsWith("wordprocessingml.document") || /\.docx$/i.test(name)) return "word";
  if (type.endsWith("spreadsheetml.sheet") || /\.xlsx$/i.test(name)) return "excel";
  if (type.endsWith("presentationml.presentation") || /\.pptx$/i.test(name)) return "powerpoint";
  if (type.startsWith("image/") || /\.(png|jpe?g|gif|webp)$/i.test(name)) return "image";
  return null;
}
