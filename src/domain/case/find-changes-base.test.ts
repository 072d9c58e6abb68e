import { describe, expect, it } from "vitest";
import type { Principal } from "../access/access.policy.ts";
import type { CaseStatus } from "./case.policy.ts";
import { findChangesBase } from "./find-changes-base.ts";
import type { HistoryEvent } from "./get-case-history.ts";
import type { CaseRecord } from "./load-case.ts";

const person = (id: number) => ({ id, name: `Person ${id}` });
const principal = (id: number): Principal => ({
  user: { id, organisationId: 1, email: `${id}@eksempel.dk`, name: `Person ${id}`, title: null },
  roles: [],
});
const AUTHOR = 1;
const APPROVER = 2;
const CO_AUTHOR = 3;
const OTHER = 4;

const kase = (status: CaseStatus) =>
  ({
    id: 9,
    organisationId: 1,
    committeeId: 1,
    status,
    authorId: AUTHOR,
    approverId: APPROVER,
    sharedWith: [CO_AUTHOR],
  }) as unknown as CaseRecord;

const step = (s: "submitted" | "returned", revision: number, actor: number): HistoryEvent => ({
  at: new Date(),
  actor: person(actor),
  kind: "status",
  step: s,
  revision,
  approver: person(APPROVER),
  commentId: null,
});

const events = [step("submitted", 2, AUTHOR), step("returned", 3, APPROVER)];

const revision = (number: number, actor: number): HistoryEvent => ({
  at: new Date(),
  actor: person(actor),
  kind: "revision",
  number,
  restoredFrom: null,
});

describe("findChangesBase", () => {
  it("counts a revision the viewer saved as seen: their own save is no change to show", () => {
    const saved = [revision(1, AUTHOR), revision(2, AUTHOR), revision(3, AUTHOR)];
    const author = principal(AUTHOR);
    expect(
      findChangesBase(author, kase("submitted"), { events: saved, lastSeen: 2, latest: 3 }),
    ).toBeNull();
    // A co-author's later revision is still shown, from the author's own last one.
    const after = [...saved, revision(4, CO_AUTHOR)];
    expect(
      findChangesBase(author, kase("draft"), { events: after, lastSeen: 2, latest: 4 }),
    ).toEqual({ number: 3, reason: "seen" });
  });

  it("compares for the approver from the later of their return and their last view", () => {
    const me = principal(APPROVER);
    const submitted = kase("submitted");
    expect(findChangesBase(me, submitted, { events, lastSeen: null, latest: 5 })).toEqual({
      number: 3,
      reason: "returned_by_me",
    });
    expect(findChangesBase(me, submitted, { events, lastSeen: 4, latest: 5 })).toEqual({
      number: 4,
      reason: "seen",
    });
    expect(findChangesBase(me, submitted, { events, lastSeen: 5, latest: 5 })).toBeNull();
  });

  it("compares for the author and co-authors of a returned case from the return", () => {
    for (const id of [AUTHOR, CO_AUTHOR]) {
      expect(
        findChangesBase(principal(id), kase("returned"), { events, lastSeen: 5, latest: 6 }),
      ).toEqual({ number: 3, reason: "returned_to_me" });
    }
    // Once sent again, the author's own last view counts.
    expect(
      findChangesBase(principal(AUTHOR), kase("submitted"), { events, lastSeen: 5, latest: 6 }),
    ).toEqual({ number: 5, reason: "seen" });
  });

  it("compares for anyone else from their last view, and offers nothing when nothing is newer", () => {
    const other = principal(OTHER);
    expect(findChangesBase(other, kase("approved"), { events, lastSeen: 2, latest: 6 })).toEqual({
      number: 2,
      reason: "seen",
    });
    expect(findChangesBase(other, kase("approved"), { events, lastSeen: null, latest: 6 })).toBe(
      null,
    );
    expect(
      findChangesBase(principal(AUTHOR), kase("returned"), { events, lastSeen: 3, latest: 3 }),
    ).toBeNull();
  });
});
