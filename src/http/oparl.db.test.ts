import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  createAgendaItem,
  createCommittee,
  createMeeting,
  createOrganisation,
} from "../../test/factories.ts";
import { persons, rosterMemberships } from "../db/schema/index.ts";
import { storeAttachment } from "../domain/attachment/store-attachment.ts";
import { refreshPublicView } from "../domain/publication/refresh-public-view.ts";
import { FileSystemStorage } from "../storage/file-system-storage.ts";
import { testApp } from "./testing.ts";

const database = useTestDatabase();
const ROOT = "/oparl/v1.1";
/** The public address; OParl's schemas take only URLs with a domain as ids. */
const ORIGIN = "https://referat.eksempel.dk";
/** Words that must never reach the API: closed, private or unpublished content. */
const CANARIES = [
  "LUKKETINDHOLD",
  "LUKKETBESLUTNING",
  "LUKKETBILAG",
  "PRIVATFELT",
  "PRIVATBILAG",
  "UPUBLICERET",
  "HEMMELIGMAIL",
  "STEDFORTRAEDER",
  "TIDLIGEREMEDLEM",
];
let storage: FileSystemStorage;
const ids = { closedFile: 0, privateFile: 0, openFile: 0, hidden: 0, hiddenFile: 0 };

/** The official OParl 1.1 schemas, each under its id with and without ».json« (their $refs). */
function schemaValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const folder = join(import.meta.dirname, "../../test/fixtures/oparl-schema");
  for (const name of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(join(folder, name), "utf8"));
    ajv.addSchema({ ...schema, $id: schema.$id });
    ajv.addSchema({ ...schema, $id: `${schema.$id}.json` });
  }
  return (object: { type?: unknown }) => {
    const id = String(object.type);
    const validate = ajv.getSchema(id);
    if (!validate) return [`no schema for ${id}`];
    return validate(object)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

const pdf = async (title: string) => {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.addPage();
  return doc.save();
};

beforeAll(async () => {
  storage = new FileSystemStorage(await mkdtemp(join(tmpdir(), "referat-oparl-")));
  const { db } = database.current;
  const org = await createOrganisation(db, { name: "Eksempel Kommune" });
  const committee = await createCommittee(db, { organisationId: org.id, name: "Økonomiudvalget" });
  const base = { organisationId: org.id, committeeId: committee.id };
  const minutes = await createMeeting(db, {
    ...base,
    status: "minutes_approved",
    startsAt: "2025-03-12 16:00:00",
  });
  const open = await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Budgetopfølgning",
    fields: [
      { label: "Sagsfremstilling", text: "Forbruget følger budgettet." },
      { key: "intern", label: "Intern note", text: "PRIVATFELT", public: false },
    ],
    decision: { text: "Taget til efterretning." },
  });
  const closed = await createAgendaItem(db, {
    meetingId: minutes.id,
    title: "Salg af grund",
    closed: true,
    closureReason: "Forhandling om salg af fast ejendom.",
    openDecision: "Salget blev godkendt.",
    fields: [{ label: "Sagsfremstilling", text: "LUKKETINDHOLD" }],
    decision: { text: "LUKKETBESLUTNING" },
  });
  await createMeeting(db, {
    ...base,
    status: "agenda_published",
    startsAt: "2025-04-09 16:00:00",
  }).then((m) => createAgendaItem(db, { meetingId: m.id, title: "Orientering" }));
  // Today's formand; a substitute and a member whose membership has ended are not shown.
  for (const [name, role, endsOn] of [
    ["Anne Hansen", "chair", null],
    ["STEDFORTRAEDER", "substitute", null],
    ["TIDLIGEREMEDLEM", "member", "2020-12-31"],
  ] as const) {
    const [person] = await db
      .insert(persons)
      .values({ organisationId: org.id, name, title: "Borgmester", email: "HEMMELIGMAIL@k.dk" })
      .returning();
    await db.insert(rosterMemberships).values({
      ...base,
      personId: person?.id ?? 0,
      role,
      startsOn: "2018-01-01",
      endsOn,
    });
  }
  const hidden = await createMeeting(db, {
    ...base,
    status: "planned",
    startsAt: "2025-05-07 16:00:00",
  });
  const hiddenItem = await createAgendaItem(db, { meetingId: hidden.id, title: "UPUBLICERET" });
  const store = async (agendaItemId: number, name: string, isPublic = true) => {
    const result = await storeAttachment(db, storage, {
      organisationId: org.id,
      actorId: null,
      agendaItemId,
      name,
      bytes: await pdf(name),
      public: isPublic,
    });
    if (!result.ok) throw new Error(result.message);
    return result.attachment.id;
  };
  Object.assign(ids, {
    openFile: await store(open.id, "Budget 2025.pdf"),
    privateFile: await store(open.id, "PRIVATBILAG.pdf", false),
    closedFile: await store(closed.id, "LUKKETBILAG.pdf"),
    hidden: hidden.id,
    hiddenFile: await store(hiddenItem.id, "UPUBLICERET.pdf"),
  });
});

const app = () => testApp(database.current.db, { REFERAT_PUBLIC_URL: ORIGIN }, { storage });
const get = (path: string) => app().request(path);
const pathOf = (url: string) => url.slice(ORIGIN.length);

/** Every string in an answer that is an address on this site. */
function linksIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === "string" && value.startsWith(`${ORIGIN}/`)) found.add(value);
  else if (Array.isArray(value)) for (const v of value) linksIn(v, found);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) linksIn(v, found);
  return found;
}

/** Every object in an answer that has an OParl type, itself and the ones inside it. */
function objectsIn(value: unknown, found: { id?: unknown; type?: unknown }[] = []) {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, found);
  else if (value && typeof value === "object") {
    const o = value as { type?: unknown };
    if (typeof o.type === "string" && o.type.startsWith("https://schema.oparl.org/")) found.push(o);
    for (const v of Object.values(value)) objectsIn(v, found);
  }
  return found;
}

describe("the OParl API", () => {
  it("reaches every public object from the system, each valid, resolvable and without leaks", async () => {
    const validate = schemaValidator();
    const queue = [`${ORIGIN}${ROOT}`];
    const seen = new Set(queue);
    const problems: string[] = [];
    const answers: Record<string, unknown> = {};
    while (queue.length > 0) {
      const url = queue.shift() as string;
      const response = await get(pathOf(url));
      if (response.status !== 200) {
        problems.push(`${url}: ${response.status}`);
        continue;
      }
      if (!pathOf(url).startsWith(ROOT)) {
        await response.arrayBuffer();
        continue;
      }
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const text = await response.text();
      for (const word of CANARIES) if (text.includes(word)) problems.push(`${url}: ${word}`);
      const body = JSON.parse(text);
      answers[url] = body;
      // An object is where its id says; a list holds objects.
      if (body.type && body.id !== url) problems.push(`${url}: id ${body.id}`);
      for (const o of objectsIn(body)) {
        for (const p of validate(o)) problems.push(`${String(o.id)}: ${p}`);
      }
      for (const link of linksIn(body)) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
      }
    }
    expect(problems).toEqual([]);
    const fetched = Object.keys(answers).map(pathOf);
    // The crawl cannot pass on an empty API: it met both meetings, their items and the bilag.
    expect(fetched.filter((p) => /\/meeting\/\d+$/.test(p))).toHaveLength(2);
    expect(fetched).toContain(`${ROOT}/file/${ids.openFile}`);
    const people = answers[`${ORIGIN}${ROOT}/body/1/person`] as { data: Record<string, unknown>[] };
    expect(people.data).toEqual([
      expect.objectContaining({ name: "Anne Hansen", status: ["Borgmester"] }),
    ]);
    expect(people.data[0]?.membership).toEqual([
      expect.objectContaining({ role: "Formand", votingRight: true }),
    ]);
    expect(fetched.filter((p) => /\/(person|membership)\/\d+$/.test(p))).toHaveLength(2);
    // The membership's dates are not on the portal, so not in the API either.
    expect(JSON.stringify(people)).not.toContain("2018-01-01");
    expect(fetched.some((p) => p.includes(`/meeting/${ids.hidden}`))).toBe(false);
  });

  it("shows a closed item's number, title and open decision only", async () => {
    const body = await (await get(`${ROOT}/body/1/meeting`)).json();
    const minutes = body.data.find((m: { resultsProtocol?: unknown }) => m.resultsProtocol);
    const closed = minutes.agendaItem.find((i: { public: boolean }) => !i.public);
    expect(Object.keys(closed).sort()).toEqual(
      [
        "id",
        "type",
        "meeting",
        "number",
        "order",
        "name",
        "web",
        "public",
        "resolutionText",
      ].sort(),
    );
    expect(closed).toMatchObject({
      name: "Salg af grund",
      resolutionText: "Salget blev godkendt.",
    });
    const open = minutes.agendaItem.find((i: { public: boolean }) => i.public);
    expect(open).toMatchObject({ result: "Besluttet", resolutionText: "Taget til efterretning." });
    expect(open.auxiliaryFile.map((f: { name: string }) => f.name)).toEqual(["Budget 2025"]);
  });

  it("answers 404 in Danish for what is not public, and 400 for a page that is no number", async () => {
    for (const path of [
      `${ROOT}/meeting/${ids.hidden}`,
      `${ROOT}/meeting/${ids.hidden}/agendaitem/1`,
      `${ROOT}/file/${ids.closedFile}`,
      `${ROOT}/file/${ids.privateFile}`,
      `${ROOT}/file/${ids.hiddenFile}`,
      `${ROOT}/file/999999`,
      `${ROOT}/body/999`,
      `${ROOT}/organization/999999`,
      `${ROOT}/organization/999999/meeting`,
      `${ROOT}/person/999999`,
      `${ROOT}/membership/999999`,
      `${ROOT}/meeting/x`,
      `${ROOT}/body/1/legislativeterm/2010`,
      // Paths the API has not answer as its objects do, in JSON.
      `${ROOT}/nope`,
      `${ROOT}/legislativeterm/2026`,
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect((await response.json()).error).toBe(
        "Objektet findes ikke, eller det er ikke offentligt.",
      );
    }
    for (const page of ["0", "-1", "x", "1.5"]) {
      const response = await get(`${ROOT}/body/1/meeting?page=${page}`);
      expect(response.status, page).toBe(400);
      expect((await response.json()).error).toMatch(/^Sidetallet skal være et helt tal/);
    }
    // Without the version, a client is sent to the system object.
    const unversioned = await get("/oparl");
    expect(unversioned.status).toBe(302);
    expect(unversioned.headers.get("location")).toBe(ROOT);
    const beyond = await get(`${ROOT}/body/1/meeting?page=2`);
    expect(beyond.status).toBe(404);
    expect((await beyond.json()).error).toBe("Listen har 1 side.");
  });
});

describe("OParl's time filters", () => {
  type Listed = { id: string; created?: string; modified?: string };
  const list = async (query: string): Promise<{ data: Listed[]; links: { first: string } }> => {
    const response = await get(`${ROOT}/body/1/meeting${query}`);
    expect(response.status, query).toBe(200);
    return response.json();
  };

  it("list exactly the meetings created or modified within the span; page links keep the filters", async () => {
    const { db } = database.current;
    const before = new Date();
    // The one gate stamps a public change: one meeting is now modified later than created.
    const [first] = (await list("")).data;
    const changedId = Number(first?.id.split("/").pop());
    await refreshPublicView(db, {
      kind: "minutes_corrected",
      meetingIds: [changedId],
      actorId: null,
    });
    const all = (await list("")).data;
    const changed = all.find((m) => m.id === first?.id);
    expect(Date.parse(changed?.modified ?? "")).toBeGreaterThanOrEqual(before.getTime());
    expect(all.every((m) => m.created && m.modified && m.created <= m.modified)).toBe(true);

    // Mostly the listed times themselves and a millisecond either side: the edges of a span.
    const instants = [
      ...new Set(all.flatMap((m) => [m.created, m.modified]).map((t) => Date.parse(t ?? ""))),
    ];
    const moment = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(...instants).chain((t) => fc.constantFrom(t - 1, t, t + 1)),
      },
      { weight: 1, arbitrary: fc.constantFrom(0, Date.parse("2100-01-01T00:00:00Z")) },
    );
    const bound = fc.option(moment, { nil: undefined });
    await fc.assert(
      fc.asyncProperty(bound, bound, bound, bound, async (cs, cu, ms, mu) => {
        const given = {
          created_since: cs,
          created_until: cu,
          modified_since: ms,
          modified_until: mu,
        };
        const query = Object.entries(given)
          .filter(([, t]) => t !== undefined)
          .map(([name, t]) => `${name}=${encodeURIComponent(new Date(t as number).toISOString())}`)
          .join("&");
        const inside = (at: string | undefined, since?: number, until?: number) => {
          const t = Date.parse(at ?? "");
          return (since === undefined || t >= since) && (until === undefined || t <= until);
        };
        const expected = all
          .filter((m) => inside(m.created, cs, cu) && inside(m.modified, ms, mu))
          .map((m) => m.id);
        const answer = await list(query ? `?${query}` : "");
        expect(answer.data.map((m) => m.id)).toEqual(expected);
        for (const name of Object.keys(given).filter((k) => query.includes(`${k}=`))) {
          expect(answer.links.first).toContain(`${name}=`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("refuse a time without a zone in Danish, and read an unencoded »+« as one", async () => {
    for (const value of ["2026-01-01", "2026-01-01T00:00:00", "igår", "2026-13-01T00:00:00Z"]) {
      for (const path of [`${ROOT}/body/1/meeting`, `${ROOT}/bodies`, `${ROOT}/body/1/person`]) {
        const response = await get(`${path}?modified_since=${value}`);
        expect(response.status, `${path} ${value}`).toBe(400);
        expect((await response.json()).error).toMatch(/^»modified_since« skal være et tidspunkt/);
      }
    }
    const plus = await get(`${ROOT}/body/1/meeting?created_since=2000-01-01T00:00:00+01:00`);
    expect(plus.status).toBe(200);
    const body = await plus.json();
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.links.first).toContain("created_since=2000-01-01T00%3A00%3A00%2B01%3A00");
  });
});
