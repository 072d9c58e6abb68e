import { desc } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { checkPublicSurfaces } from "../../test/public-view-check.ts";
import {
  blankPdf,
  createWorld,
  decisionVersion,
  itemsOf,
  meetingStatus,
  staffPost,
  type World,
} from "../../test/public-view-world.ts";
import { attachments } from "../db/schema/index.ts";
import { formPost } from "./testing.ts";

/**
 * A model-based test of what the public sees: random sequences of a secretary's actions
 * through the app (plan, add cases, close/open/rename/move/remove items, publish, add bilag,
 * hold, record decisions, publish minutes, correct, approve), and after every step every public
 * surface is checked (test/public-view-check.ts). `npm run fuzz` runs many more sequences;
 * a failure prints its seed and path, and FUZZ_SEED=<seed> FUZZ_PATH=<path> replays it.
 */

const database = useTestDatabase();
const FUZZ = process.env.FUZZ === "1";
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const PATH = process.env.FUZZ_PATH || undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? (FUZZ ? 300 : 24));
const MAX_COMMANDS = FUZZ ? 40 : 20;
/** Documents (PDF, DOCX) are read after every few steps only: rendering is the slow part. */
const DOCUMENTS_EVERY = FUZZ ? 2 : 4;

interface Model {
  /** Steps that changed something (each followed by a check of every surface). */
  steps: number;
  /** The status of each meeting planned so far, in planning order. */
  statuses: string[];
}

/** The status of meeting `m` as the actions pick it (index modulo the meetings planned). */
const statusAt = (model: Model, m: number) =>
  model.statuses.length === 0 ? null : model.statuses[m % model.statuses.length];
const ASSEMBLING = ["planned", "agenda_published"];
const RECORDING = ["agenda_published", "held"];
const MINUTES = ["minutes_published", "minutes_approved"];
/** When an action on meeting `m` can be carried out: the others are not generated. */
const when =
  (statuses: string[]) =>
  (m: number) =>
  (model: Model): boolean =>
    statuses.includes(statusAt(model, m) ?? "");

/** Steps checked in this file's run, reported at the end: a run of no-ops proves nothing. */
let checkedSteps = 0;

interface Real {
  world: World;
}

const MAX_MEETINGS = 3;

async function meetingAt(world: World, index: number): Promise<number | null> {
  if (world.meetingIds.length === 0) return null;
  return world.meetingIds[index % world.meetingIds.length] ?? null;
}

async function itemAt(world: World, m: number, index: number) {
  const meetingId = await meetingAt(world, m);
  if (meetingId === null) return null;
  const items = await itemsOf(world.db, meetingId);
  const item = items[index % Math.max(items.length, 1)];
  return item ? { meetingId, item } : null;
}

/** A redirect (post/redirect/get) is the answer of a change that was made. */
const moved = (status: number) => status === 303;

async function plan(world: World): Promise<boolean> {
  if (world.meetingIds.length >= MAX_MEETINGS) return false;
  const n = world.meetingIds.length;
  const day = String(3 + n * 7).padStart(2, "0");
  const response = await world.app.request(
    "/app/moeder/ny",
    formPost(
      {
        _csrf: world.csrf,
        udvalg: String(world.committee.id),
        dato: `2031-03-${day}`,
        start: "09:00",
        slut: "10:00",
        sted: `Mødelokale ${world.committee.id}-${n}`,
      },
      { cookie: world.cookie },
    ),
  );
  const match = /^\/app\/moeder\/(\d+)/.exec(response.headers.get("location") ?? "");
  if (response.status !== 303 || !match) throw new Error(`planning answered ${response.status}`);
  world.meetingIds.push(Number(match[1]));
  return true;
}

/** A step answers false when it changed nothing (no target, or the app refused it). */
type Step = (world: World) => Promise<boolean>;

/** One staff action: a name for the counterexample and what it does. */
class Action implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly name: string,
    readonly step: Step,
    readonly possible: (model: Model) => boolean = () => true,
  ) {}
  check = (model: Readonly<Model>) => this.possible(model);
  async run(model: Model, real: Real) {
    const changed = await this.step(real.world);
    model.statuses = await Promise.all(
      real.world.meetingIds.map(async (id) => (await meetingStatus(real.world.db, id)) ?? ""),
    );
    if (!changed) return;
    model.steps += 1;
    checkedSteps += 1;
    const leaks = await checkPublicSurfaces(real.world, {
      documents: model.steps % DOCUMENTS_EVERY === 0,
    });
    expect(leaks, `after ${this.name}`).toEqual([]);
  }
  toString = () => this.name;
}

const ix = fc.nat({ max: 9 });

const addCase = (m: number, c: number) =>
  new Action(
    `addCase(${m},${c})`,
    async (w) => {
      const meetingId = await meetingAt(w, m);
      const caseId = w.caseIds[c % w.caseIds.length];
      if (meetingId === null || caseId === undefined) return false;
      return moved(
        await staffPost(w, `/app/moeder/${meetingId}/dagsorden/sager`, { sag: String(caseId) }),
      );
    },
    when(ASSEMBLING)(m),
  );

const setClosed = (m: number, i: number, closed: boolean) =>
  new Action(
    `${closed ? "close" : "open"}(${m},${i})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      const { meetingId, item } = at;
      const on = { itemId: item.id };
      return moved(
        await staffPost(w, `/app/moeder/${meetingId}/dagsorden/punkter/${item.id}`, {
          titel: item.title,
          minutter: item.durationMinutes === null ? "" : String(item.durationMinutes),
          lukket: closed ? "1" : "",
          begrundelse: closed ? `Lukket ${w.plant("closure_reason", "beg", on)}` : "",
          aaben_beslutning: `Åben ${w.plant("open_decision", "aab", on)}`,
        }),
      );
    },
    when(ASSEMBLING)(m),
  );

const rename = (m: number, i: number) =>
  new Action(
    `rename(${m},${i})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      const { meetingId, item } = at;
      return moved(
        await staffPost(w, `/app/moeder/${meetingId}/dagsorden/punkter/${item.id}`, {
          titel: `Orientering om ${w.plant("title", "tit", { itemId: item.id })}`,
          minutter: item.durationMinutes === null ? "" : String(item.durationMinutes),
          lukket: item.closed ? "1" : "",
          begrundelse: item.closureReason ?? "",
          aaben_beslutning: item.openDecision ?? "",
        }),
      );
    },
    when(ASSEMBLING)(m),
  );

const move = (m: number, i: number, up: boolean) =>
  new Action(
    `move(${m},${i},${up ? "op" : "ned"})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      return moved(
        await staffPost(w, `/app/moeder/${at.meetingId}/dagsorden/punkter/${at.item.id}/flyt`, {
          retning: up ? "op" : "ned",
        }),
      );
    },
    when(ASSEMBLING)(m),
  );

const remove = (m: number, i: number) =>
  new Action(
    `remove(${m},${i})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      return moved(
        await staffPost(w, `/app/moeder/${at.meetingId}/dagsorden/punkter/${at.item.id}/fjern`, {}),
      );
    },
    when(["planned", "agenda_published"])(m),
  );

const publish = (m: number) =>
  new Action(
    `publish(${m})`,
    async (w) => {
      const meetingId = await meetingAt(w, m);
      return (
        meetingId !== null &&
        moved(await staffPost(w, `/app/moeder/${meetingId}/dagsorden/udsend`, {}))
      );
    },
    when(ASSEMBLING)(m),
  );

const addBilag = (m: number, i: number, open: boolean) =>
  new Action(
    `addBilag(${m},${i},${open ? "offentlig" : "intern"})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      const name = `Bilag ${w.plant("attachment", "bil", { itemId: at.item.id })}.pdf`;
      const path = `/app/punkter/${at.item.id}/bilag`;
      const fields: Record<string, string> = open ? { offentlig: "1" } : {};
      const status = await staffPost(w, path, fields, { name, bytes: await blankPdf() });
      if (status !== 303) return false;
      const [row] = await w.db
        .select({ id: attachments.id })
        .from(attachments)
        .orderBy(desc(attachments.id))
        .limit(1);
      if (row) w.attachmentIds.push(row.id);
      return true;
    },
    when([...ASSEMBLING, "held"])(m),
  );

const hold = (m: number) =>
  new Action(
    `hold(${m})`,
    async (w) => {
      const meetingId = await meetingAt(w, m);
      return (
        meetingId !== null &&
        moved(await staffPost(w, `/app/moeder/${meetingId}/afvikling/afslut`, {}))
      );
    },
    when(["agenda_published"])(m),
  );

const decide = (m: number, all: boolean) =>
  new Action(
    `decide(${m},${all ? "alle" : "første"})`,
    async (w) => {
      const meetingId = await meetingAt(w, m);
      if (meetingId === null) return false;
      let changed = false;
      for (const item of await itemsOf(w.db, meetingId)) {
        const version = await decisionVersion(w.db, item.id);
        if (version > 0 && !all) continue;
        const tekst = `Vedtaget ${w.plant("decision", "dec", { itemId: item.id })}.`;
        const path = `/app/moeder/${meetingId}/afvikling/punkt/${item.id}/beslutning`;
        changed =
          moved(await staffPost(w, path, { version: String(version), udfald: "decided", tekst })) ||
          changed;
        if (!all) break;
      }
      return changed;
    },
    when(RECORDING)(m),
  );

const publishMinutes = (m: number) =>
  new Action(
    `publishMinutes(${m})`,
    async (w) => {
      const meetingId = await meetingAt(w, m);
      if (meetingId === null) return false;
      return moved(await staffPost(w, `/app/moeder/${meetingId}/referat/offentliggoer`, {}));
    },
    when(["held"])(m),
  );

const correct = (m: number, i: number) =>
  new Action(
    `correct(${m},${i})`,
    async (w) => {
      const at = await itemAt(w, m, i);
      if (!at) return false;
      return moved(
        await staffPost(w, `/app/moeder/${at.meetingId}/referat/ret`, {
          punkt: String(at.item.id),
          tekst: `Rettet ${w.plant("decision", "ret", { itemId: at.item.id })}.`,
          begrundelse: "Skrivefejl i beslutningen.",
        }),
      );
    },
    when(MINUTES)(m),
  );

/** The next meeting approves the minutes of meeting m under its standing item. */
const approve = (m: number) =>
  new Action(
    `approve(${m})`,
    async (w) => {
      const meetingId = await meetingAt(w, m + 1);
      if (meetingId === null) return false;
      const status = await meetingStatus(w.db, meetingId);
      if (status !== "agenda_published" && status !== "held") return false;
      const [first] = await itemsOf(w.db, meetingId);
      if (!first) return false;
      return moved(
        await staffPost(
          w,
          `/app/moeder/${meetingId}/afvikling/punkt/${first.id}/godkend-referat`,
          {},
        ),
      );
    },
    (model) =>
      statusAt(model, m) === "minutes_published" &&
      RECORDING.includes(statusAt(model, m + 1) ?? ""),
  );

const plan_ = () => new Action("plan", plan);

const closeOrOpen = fc.tuple(ix, ix, fc.boolean()).map(([m, i, c]) => setClosed(m, i, c));
const publishing = ix.map(publish);

/** Publishing and closing weigh double: the changes of openness after publication matter most. */
const actions = [
  fc.constant(plan_()),
  fc.tuple(ix, ix).map(([m, c]) => addCase(m, c)),
  closeOrOpen,
  closeOrOpen,
  publishing,
  fc.tuple(ix, ix).map(([m, i]) => rename(m, i)),
  fc.tuple(ix, ix, fc.boolean()).map(([m, i, up]) => move(m, i, up)),
  fc.tuple(ix, ix).map(([m, i]) => remove(m, i)),
  publishing,
  fc.tuple(ix, ix, fc.boolean()).map(([m, i, open]) => addBilag(m, i, open)),
  ix.map(hold),
  fc.tuple(ix, fc.boolean()).map(([m, all]) => decide(m, all)),
  ix.map(publishMinutes),
  fc.tuple(ix, ix).map(([m, i]) => correct(m, i)),
  ix.map(approve),
];

/** A new world with a planned meeting and two cases on its agenda. */
async function startWorld(): Promise<World> {
  const world = await createWorld(database.current.db);
  await plan(world);
  const meetingId = world.meetingIds[0] as number;
  for (const caseId of world.caseIds.slice(0, 2)) {
    await staffPost(world, `/app/moeder/${meetingId}/dagsorden/sager`, { sag: String(caseId) });
  }
  return world;
}

async function runScript(script: Action[]): Promise<void> {
  const world = await startWorld();
  const model = { steps: 0, statuses: ["planned"] };
  for (const action of script) await action.run(model, { world });
}

describe("what the public sees through every change (model-based)", () => {
  it("hides an item closed after its agenda went out, everywhere", async () => {
    await runScript([publish(0), setClosed(0, 1, true), addBilag(0, 1, true)]);
  }, 300_000);

  it("keeps corrected and approved minutes to what the policy shows", async () => {
    await runScript([
      addBilag(0, 2, false),
      publish(0),
      plan_(),
      addCase(1, 3),
      publish(1),
      setClosed(0, 2, true),
      hold(0),
      decide(0, true),
      publishMinutes(0),
      correct(0, 1),
      approve(0),
      correct(0, 2),
    ]);
  }, 300_000);

  it("never shows closed, private or unsent content on any public surface", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(actions, { maxCommands: MAX_COMMANDS, size: "+1" }),
        async (commands) => {
          const world = await startWorld();
          const model = { steps: 0, statuses: ["planned"] };
          await fc.asyncModelRun(() => ({ model, real: { world } }), commands);
        },
      ),
      {
        numRuns: RUNS,
        ...(SEED !== undefined ? { seed: SEED } : {}),
        ...(PATH ? { path: PATH, endOnFailure: true } : {}),
        verbose: 1,
      },
    );
    // The sequences must reach states worth checking, not only refused actions.
    expect(checkedSteps).toBeGreaterThan(RUNS * 3);
    console.info(`public view model: ${checkedSteps} steps checked in ${RUNS} sequences`);
  }, 1_200_000);
});
