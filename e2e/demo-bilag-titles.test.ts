import { and, asc, eq, isNotNull } from "drizzle-orm";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agendaItems, attachments, meetings } from "../src/db/schema/index.ts";
import { isPublicMeeting } from "../src/domain/publication/publication.policy.ts";
import { hasPoppler, pdfText } from "../test/poppler.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";

/**
 * Real minutes name their bilag by title, not by file name. On the demo's published
 * meetings, every public bilag's title is in the meeting's page, its PDF, its DOCX and its
 * package (the separator page before the bilag), and no raw file name is.
 */

const enabled = hasPoppler();
let server: DemoServer;

beforeAll(async () => {
  if (enabled) server = await startDemoServer();
}, 180_000);
afterAll(() => server?.close());

/** Words as a reader sees them, whatever line breaks or hyphenation a format adds. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

const get = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};

describe.skipIf(!enabled)("bilag titles in the demo's published meetings", () => {
  it("shows each public bilag by its title in HTML, PDF, DOCX and the package", async () => {
    const rows = await server.database.db
      .select({ meetingId: meetings.id, title: attachments.title, name: attachments.name })
      .from(attachments)
      .innerJoin(agendaItems, eq(agendaItems.id, attachments.agendaItemId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(
        and(
          isPublicMeeting,
          eq(attachments.public, true),
          isNotNull(attachments.storageKey),
          eq(agendaItems.closed, false),
        ),
      )
      .orderBy(asc(meetings.startsAt));
    expect(rows.length).toBeGreaterThan(0);
    const meetingId = rows[0]?.meetingId as number;
    const bilag = rows.filter((r) => r.meetingId === meetingId);
    const page = (await get(`/moeder/${meetingId}`)).toString("utf8");
    const html = words(page.replace(/<[^>]+>/g, " "));
    const pdf = words(await pdfText(await get(`/moeder/${meetingId}/dokument.pdf`)));
    const docx = words(
      (await mammoth.extractRawText({ buffer: await get(`/moeder/${meetingId}/dokument.docx`) }))
        .value,
    );
    const pack = words(await pdfText(await get(`/moeder/${meetingId}/med-bilag.pdf`)));
    for (const { title, name } of bilag) {
      expect(title).not.toBe(name);
      for (const [format, text] of Object.entries({ html, pdf, docx, pack })) {
        expect(text, `${format}: ${title}`).toContain(words(title));
        expect(text, `${format}: ${name}`).not.toContain(name);
      }
    }
  }, 120_000);
});
