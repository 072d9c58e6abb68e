import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asc, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import type { Db } from "../src/db/client.ts";
import {
  agendaItems,
  caseFields,
  cases,
  decisions,
  meetings,
  standingItems,
} from "../src/db/schema/index.ts";
import { formPost, sessionCookie, testApp } from "../src/http/testing.ts";
import { FileSystemStorage } from "../src/storage/file-system-storage.ts";
import {
  createCommittee,
  createOrganisation,
  createSession,
  createUser,
  docFromText,
} from "./factories.ts";

/**
 * A committee for model-based tests of what the public sees: a secretary logged in to the app,
 * a standing item that approves minutes, and a pool of approved cases whose every field holds
 * a unique canary word. Every word planted anywhere is registered with what it is, so a check
 * can tell which of them the public may read.
 */

/** What a canary word stands for. */
export type CanaryKind =
  | "title" // an item's title
  | "field" // a public case field
  | "private_field" // a non-public case field
  | "decision_field" // a public case field named "Beslutning"
  | "closure_reason"
  | "open_decision"
  | "attachment" // a bilag's file name
  | "decision"; // a decision's text (recorded or corrected)

export interface Canary {
  word: string;
  kind: CanaryKind;
  caseId: number | null;
  itemId: number | null;
}

let counter = 0;
/** A word no stemmer changes and no other canary begins with: "zq" + kind + 5 digits + "w". */
function wordOf(code: string): string {
  counter += 1;
  return `zq${code}${String(counter).padStart(5, "0")}w`;
}

/** The fields of each case: three public, one private, one public field named "Beslutning". */
const FIELDS = [
  { key: "indstilling", label: "Indstilling", kind: "field", code: "ind", public: true },
  { key: "resume", label: "Resumé", kind: "field", code: "res", public: true },
  { key: "sagsfremstilling", label: "Sagsfremstilling", kind: "field", code: "sag", public: true },
  { key: "noter", label: "Interne noter", kind: "private_field", code: "not", public: false },
  { key: "beslutning", label: "Beslutning", kind: "decision_field", code: "bes", public: true },
] as const;

export interface World {
  db: Db;
  app: ReturnType<typeof testApp>;
  committee: { id: number; slug: string };
  /** Approved cases, in creation order. */
  caseIds: number[];
  meetingIds: number[];
  attachmentIds: number[];
  canaries: Canary[];
  cookie: string;
  csrf: string;
  plant(kind: CanaryKind, code: string, at: { caseId?: number; itemId?: number }): string;
}

export const CASES_PER_WORLD = 4;

/**
 * A committee with its secretary logged in, a standing item that approves minutes and
 * CASES_PER_WORLD approved cases (written straight to the tables: how a case is written and
 * approved is not what these tests are about).
 */
export async function createWorld(db: Db): Promise<World> {
  const organisation = await createOrganisation(db);
  const committee = await createCommittee(db, { organisationId: organisation.id });
  const secretary = await createUser(db, {
    organisationId: organisation.id,
    roles: [{ role: "secretary", committeeId: committee.id }],
    password: null,
  });
  await db.insert(standingItems).values({
    committeeId: committee.id,
    placement: "first",
    position: 0,
    title: "Godkendelse af dagsorden og referat",
    approvesMinutes: true,
  });
  const storage = new FileSystemStorage(await mkdtemp(join(tmpdir(), "referat-gate-")));
  const session = await createSession(db, secretary.id);
  const world: World = {
    db,
    app: testApp(db, {}, { storage }),
    committee,
    caseIds: [],
    meetingIds: [],
    attachmentIds: [],
    canaries: [],
    cookie: sessionCookie(session.token),
    csrf: session.csrfToken,
    plant(kind, code, at) {
      const word = wordOf(code);
      this.canaries.push({ word, kind, caseId: at.caseId ?? null, itemId: at.itemId ?? null });
      return word;
    },
  };
  for (let i = 0; i < CASES_PER_WORLD; i++) {
    const [kase] = await db
      .insert(cases)
      .values({
        organisationId: organisation.id,
        committeeId: committee.id,
        title: `Sag ${i + 1}`,
        status: "approved",
      })
      .returning({ id: cases.id });
    if (!kase) throw new Error("no case");
    const at = { caseId: kase.id };
    await db
      .update(cases)
      .set({ title: `Beslutning om ${world.plant("title", "tit", at)}` })
      .where(eq(cases.id, kase.id));
    await db.insert(caseFields).values(
      FIELDS.map((f, position) => {
        const text = `${f.label}: ${world.plant(f.kind, f.code, at)}.`;
        return {
          caseId: kase.id,
          position,
          key: f.key,
          label: f.label,
          public: f.public,
          text,
          doc: docFromText(text),
        };
      }),
    );
    world.caseIds.push(kase.id);
  }
  return world;
}

/** A POST by the logged-in secretary (multipart when a file is given); answers the status. */
export async function staffPost(
  world: World,
  path: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
): Promise<number> {
  let init: RequestInit;
  if (file) {
    const body = new FormData();
    body.set("_csrf", world.csrf);
    for (const [k, v] of Object.entries(fields)) body.set(k, v);
    body.set("fil", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
    init = {
      method: "POST",
      body,
      headers: { cookie: world.cookie, origin: "http://localhost" },
    };
  } else {
    init = formPost({ _csrf: world.csrf, ...fields }, { cookie: world.cookie });
  }
  const response = await world.app.request(path, init);
  const status = response.status;
  await response.arrayBuffer();
  if (status >= 500) throw new Error(`${path} answered ${status}`);
  return status;
}

/** The items of a meeting in agenda order, as stored. */
export function itemsOf(db: Db, meetingId: number) {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

export async function decisionVersion(db: Db, itemId: number): Promise<number> {
  const [row] = await db
    .select({ version: decisions.version })
    .from(decisions)
    .where(eq(decisions.agendaItemId, itemId));
  return row?.version ?? 0;
}

export async function meetingStatus(db: Db, meetingId: number) {
  const [row] = await db
    .select({ status: meetings.status })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  return row?.status ?? null;
}

let blank: Uint8Array | null = null;
/** A one-page PDF to upload as a bilag. */
export async function blankPdf(): Promise<Uint8Array> {
  if (!blank) {
    const doc = await PDFDocument.create();
    doc.addPage([200, 200]);
    blank = await doc.save();
  }
  return blank;
}
