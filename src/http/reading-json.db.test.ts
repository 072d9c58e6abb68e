import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createUser,
  createWrittenCase,
  docFromText,
} from "../../test/factories.ts";
import { addCasesToAgenda } from "../domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../domain/agenda/publish-agenda.ts";
import { approveCase } from "../domain/case/approve-case.ts";
import { saveCase } from "../domain/case/save-case.ts";
import { submitCase } from "../domain/case/submit-case.ts";
import { planMeeting } from "../domain/meeting/plan-meeting.ts";
import { formPost, getAs, sessionOf, testApp, type Who } from "./testing.ts";

const database = useTestDatabase();
const app = () => testApp(database.current.db);
let world: AuthoringCommittee;
let member: Who;
let outsider: Who;
let meetingId = 0;
let itemIds: number[] = [];

/** A script's POST: the session's CSRF token in a header, JSON asked for. */
const postJson = (path: string, who: Who, fields: Record<string, string> = {}) =>
  app().request(
    path,
    formPost(fields, { cookie: who.cookie, "x-csrf-token": who.csrf, accept: "application/json" }),
  );

beforeAll(async () => {
  const { db } = database.current;
  world = await createAuthoringCommittee(db);
  const other = await createAuthoringCommittee(db);
  const roles = [{ role: "member" as const, committeeId: world.committee.id }];
  member = await sessionOf(
    db,
    (await createUser(db, { organisationId: world.organisationId, roles })).id,
  );
  outsider = await sessionOf(db, other.secretary.user.id);
  const planned = await planMeeting(db, world.secretary, {
    committeeId: world.committee.id,
    date: "2031-05-14",
    start: "09:00",
    end: "10:00",
    location: "Lokale J",
    guests: "",
  });
  meetingId = planned.meetingId;
  const caseIds: number[] = [];
  for (const title of ["Beslutning om A", "Beslutning om B"]) {
    const written = await createWrittenCase(db, world, { title });
    await saveCase(db, world.author, {
      caseId: written.id,
      version: written.version,
      fields: [{ key: "sagsfremstilling", doc: docFromText("Tekst.") }],
    });
    await submitCase(db, world.author, { caseId: written.id, approverId: world.approver.user.id });
    await approveCase(db, world.approver, { caseId: written.id });
    caseIds.push(written.id);
  }
  await addCasesToAgenda(db, world.secretary, { meetingId, caseIds });
  await publishAgenda(db, world.secretary, { meetingId });
  const page = await (await getAs(app(), `/app/moeder/${meetingId}`, member)).text();
  itemIds = [...page.matchAll(/data-item-id="(\d+)"/g)].map((m) => Number(m[1]));
});

// Notes saved from a script: member-note-json.db.test.ts.
describe("the member's reading from a script (JSON)", () => {
  it("records opened items and answers read once the last one is opened", async () => {
    expect(itemIds.length).toBeGreaterThanOrEqual(2);
    const answers = [];
    for (const id of itemIds) {
      const r = await postJson(`/app/moeder/${meetingId}/dagsorden/punkter/${id}/aabnet`, member);
      expect(r.status).toBe(200);
      answers.push(await r.json());
    }
    expect(answers.at(-1)).toEqual({ ok: true, read: true });
    expect(answers.slice(0, -1).every((a) => a.read === false)).toBe(true);
    const page = await (await getAs(app(), `/app/moeder/${meetingId}`, member)).text();
    expect(page).toContain("Du markerede sidst mødet som læst");
  });

  it("answers another organisation's user with a JSON 404 and records nothing", async () => {
    const r = await postJson(
      `/app/moeder/${meetingId}/dagsorden/punkter/${itemIds[0]}/aabnet`,
      outsider,
    );
    expect(r.status).toBe(404);
    expect((await r.json()).error).toBeTruthy();
  });
});
