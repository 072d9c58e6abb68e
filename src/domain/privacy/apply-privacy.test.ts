import { describe, expect, it } from "vitest";
import type { PublicMeeting } from "../publication/publication.policy.ts";
import { applyPrivacy } from "./apply-privacy.ts";
import { numberHash } from "./number-hash.ts";

const CPR = "120389-1234";
const doc = (text: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

function view(): PublicMeeting {
  return {
    id: 1,
    kind: "minutes",
    organisationName: "Eksempel Kommune",
    startsAt: "2025-03-12 09:00:00",
    endsAt: null,
    location: `Rådhuset, ${CPR}`,
    committee: { slug: "udvalg-1203891234", name: "Udvalget" },
    participants: [
      {
        name: `Ane ${CPR}`,
        title: null,
        guest: false,
        absent: false,
        partial: [],
        note: `Mødt efter samtale om ${CPR}`,
      },
    ],
    items: [
      {
        closed: false,
        number: 1,
        title: `Sag om ${CPR}`,
        journalNumber: "00.01.00-A00-1-21",
        slotStart: null,
        slotEnd: null,
        sections: [
          { label: "Sagsfremstilling", text: `Borger ${CPR}.`, doc: doc(`Borger ${CPR}.`) },
        ],
        decision: { outcome: "decided", text: CPR, doc: doc(CPR) },
        attachments: [
          {
            id: 7,
            name: "Brev.pdf",
            title: "Brev",
            mediaType: null,
            sizeBytes: null,
            stored: true,
          },
          { id: 8, name: "Ren.pdf", title: "Ren", mediaType: null, sizeBytes: null, stored: true },
        ],
        absentNames: [],
        conflicts: [{ name: "Bo", note: `om ${CPR}` }],
        votes: [],
        protocolNotes: [{ author: "A", text: `Note ${CPR}` }],
      },
      { closed: true, number: 2, title: "Lukket", closureReason: CPR, openDecision: CPR },
    ],
  };
}

describe("applyPrivacy", () => {
  it("masks every text of the view but keeps names of places (the committee's slug)", () => {
    const out = applyPrivacy(view(), undefined);
    const json = JSON.stringify(out);
    expect(json).not.toContain("120389-1234");
    expect(out.committee.slug).toBe("udvalg-1203891234");
    expect(out.location).toBe("Rådhuset, XXXXXX-XXXX");
    expect(json.match(/XXXXXX-XXXX/g)).toHaveLength(12);
    expect(out.participants[0]?.note).toBe("Mødt efter samtale om XXXXXX-XXXX");
  });

  it("keeps a confirmed number and withholds a bilag until its numbers are confirmed", () => {
    const key = "k".repeat(64);
    const hash = numberHash(key, "1203891234");
    const scans = { 7: [hash], 8: [] };
    const withheld = applyPrivacy(view(), { key, confirmed: [], attachmentScans: scans });
    const [item] = withheld.items;
    expect(item && !item.closed && item.attachments.map((a) => a.name)).toEqual(["Ren.pdf"]);
    const confirmed = applyPrivacy(view(), { key, confirmed: [hash], attachmentScans: scans });
    expect(JSON.stringify(confirmed)).not.toContain("XXXXXX");
    const [open] = confirmed.items;
    expect(open && !open.closed && open.attachments).toHaveLength(2);
  });
});
