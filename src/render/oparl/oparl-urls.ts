/**
 * The OParl 1.1 API's addresses, in one place so objects, routes and tests agree. Every id is
 * an absolute URL under the configured public address (an object's id is where it is fetched).
 */

export const OPARL_PATH = "/oparl/v1.1";

export type OparlDocumentFile = "dokument.pdf" | "dokument.docx" | "med-bilag.pdf";

export function oparlUrls(origin: string) {
  const base = `${origin}${OPARL_PATH}`;
  const body = (id: number) => `${base}/body/${id}`;
  const meeting = (id: number) => `${base}/meeting/${id}`;
  return {
    system: base,
    bodies: `${base}/bodies`,
    body,
    bodyList: (id: number, list: "organization" | "person" | "meeting" | "paper") =>
      `${body(id)}/${list}`,
    organization: (id: number) => `${base}/organization/${id}`,
    organizationMeetings: (id: number) => `${base}/organization/${id}/meeting`,
    person: (id: number) => `${base}/person/${id}`,
    membership: (id: number) => `${base}/membership/${id}`,
    meeting,
    /** An item by its 1-based place in the meeting, as the portal's item pages. */
    location: (meetingId: number) => `${meeting(meetingId)}/location`,
    agendaItem: (meetingId: number, place: number) => `${meeting(meetingId)}/agendaitem/${place}`,
    meetingFile: (meetingId: number, file: OparlDocumentFile) =>
      `${meeting(meetingId)}/file/${file}`,
    attachmentFile: (attachmentId: number) => `${base}/file/${attachmentId}`,
    legislativeTerm: (bodyId: number, startYear: number) =>
      `${body(bodyId)}/legislativeterm/${startYear}`,
  };
}

export type OparlUrls = ReturnType<typeof oparlUrls>;
