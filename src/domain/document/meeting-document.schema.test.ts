import { describe, expect, it } from "vitest";
import type { MeetingDocument } from "./document.ts";
import { readStoredDocument, toStoredDocument } from "./meeting-document.schema.ts";

const doc: MeetingDocument = {
  variant: "public",
  kind: "minutes",
  title: "Referat: Chefforum 12. marts 2025",
  organisationName: "Albertslund Kommune",
  committeeName: "Chefforum",
  facts: [{ label: "Dato", value: "12. marts 2025", datetime: "2025-03-12T09:00" }],
  items: [
    {
      anchor: "punkt-1",
      number: 1,
      heading: "Punkt 1: Budget",
      journalNumber: null,
      closed: false,
      closedNote: null,
      sections: [
        { kind: "decision", heading: "Beslutning", note: null, doc: { type: "doc", content: [] } },
      ],
      attachments: [
        { id: 4, name: "Bilag.pdf", title: "Bilag", mediaType: null, stored: true, note: null },
      ],
    },
  ],
};

describe("stored meeting documents", () => {
  it("reads back what was stored, with its schema version", () => {
    const stored = JSON.parse(JSON.stringify(toStoredDocument(doc)));
    expect(stored.schemaVersion).toBe(1);
    expect(readStoredDocument(stored)).toEqual(doc);
  });

  it("reads a bare document stored before schema versions, without its old marks", () => {
    const legacy = JSON.parse(JSON.stringify(doc));
    legacy.items[0].sections[0].restricted = true;
    legacy.items[0].attachments[0].restricted = true;
    const read = readStoredDocument(legacy);
    expect(read).toEqual(doc);
    expect(JSON.stringify(read)).not.toContain("restricted");
  });

  it("refuses what is not a document of a known version", () => {
    expect(() => readStoredDocument({ schemaVersion: 99, document: doc })).toThrow();
    expect(() => readStoredDocument({ ...doc, items: [{ heading: 3 }] })).toThrow();
    expect(() => readStoredDocument(null)).toThrow();
    const badDoc = JSON.parse(JSON.stringify(doc));
    badDoc.items[0].sections[0].doc = { type: "paragraph" };
    expect(() => readStoredDocument(badDoc)).toThrow();
  });
});
