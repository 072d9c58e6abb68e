import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../test/db.ts";
import { createAuthoringCommittee, docFromText } from "../../../test/factories.ts";
import { auditLog } from "../../db/schema/index.ts";
import { CaseConflictError } from "./case-errors.ts";
import { createCase } from "./create-case.ts";
import { getCase } from "./get-case.ts";
import { listRevisions } from "./list-revisions.ts";
import { saveCase } from "./save-case.ts";
import { shareCase } from "./share-case.ts";

const database = useTestDatabase();
let world: Awaited<ReturnType<typeof createAuthoringCommittee>>;

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

async function newCase(title = "Beslutning om nye åbningstider") {
  return createCase(database.current.db, world.author, { committeeId: world.committee.id, title });
}

describe("saveCase", () => {
  it("writes facts, fields and derived text, a revision by the author, a new version and an audit entry", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    const result = await saveCase(db, world.author, {
      caseId: id,
      version: 1,
      title: "Orientering om nye åbningstider",
      journalNumber: " 00.01.00-A21-2-20 ",
      durationMinutes: 15,
      closed: true,
      closureReason: "Personsag",
      fields: [{ key: "resume", doc: docFromText("Længere åbent om torsdagen.") }],
    });
    expect(result).toEqual({
      version: 2,
      revision: 2,
      changedFields: ["resume"],
      changedFacts: [
        "title",
        "purpose",
        "journalNumber",
        "closed",
        "closureReason",
        "durationMinutes",
      ],
      removed: [],
    });
    const view = await getCase(db, world.author, id);
    expect(view).toMatchObject({
      version: 2,
      title: "Orientering om nye åbningstider",
      purpose: "orientation",
      journalNumber: "00.01.00-A21-2-20",
      durationMinutes: 15,
      closed: true,
      closureReason: "Personsag",
    });
    expect(view.fields.find((f) => f.key === "resume")?.text).toBe("Længere åbent om torsdagen.");
    const revisions = await listRevisions(db, world.author, id);
    expect(revisions.map((r) => [r.number, r.author?.name])).toEqual([
      [2, world.author.name],
      [1, world.author.name],
    ]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "case"), eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(["case.created", "case.saved"]);
    expect(audit[1]?.data).toMatchObject({ version: 2, revision: 2, fields: ["resume"] });
  });

  it("sanitises pasted content and says what it left out", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    const doc = {
      type: "doc",
      content: [
        { type: "iframe", attrs: { src: "https://evil.example" } },
        {
          type: "paragraph",
          attrs: { style: "font-size:40px" },
          content: [
            {
              type: "text",
              text: "Klik her",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
      ],
    };
    const result = await saveCase(db, world.author, {
      caseId: id,
      version: 1,
      fields: [{ key: "sagsfremstilling", doc }],
    });
    expect(result.removed).toEqual([{ key: "sagsfremstilling", items: ["iframe", "link"] }]);
    const field = (await getCase(db, world.author, id)).fields.find(
      (f) => f.key === "sagsfremstilling",
    );
    expect(field?.doc).toEqual(docFromText("Klik her"));
  });

  it("answers a stale version with a conflict carrying both versions, and writes nothing", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
    await saveCase(db, world.coAuthor, {
      caseId: id,
      version: 1,
      fields: [{ key: "resume", doc: docFromText("Medforfatterens tekst.") }],
    });
    const attempt = saveCase(db, world.author, {
      caseId: id,
      version: 1,
      title: "Beslutning om andre åbningstider",
      fields: [{ key: "resume", doc: docFromText("Forfatterens tekst.") }],
    });
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseConflictError);
    const conflict = error as CaseConflictError;
    expect(conflict.status).toBe(409);
    expect(conflict.message).toMatch(
      new RegExp(`gemt af ${world.coAuthor.name}, efter du begyndte`),
    );
    expect(conflict.stored.version).toBe(2);
    expect(conflict.stored.savedBy?.id).toBe(world.coAuthor.id);
    expect(conflict.stored.content.fields.find((f) => f.key === "resume")?.text).toBe(
      "Medforfatterens tekst.",
    );
    expect(conflict.attempted.fields?.[0]?.doc).toEqual(docFromText("Forfatterens tekst."));
    // Only the field both changed clashes; the title was changed by the author alone.
    expect(conflict.fieldKeys).toEqual(["resume"]);
    const view = await getCase(db, world.author, id);
    expect(view.version).toBe(2);
    expect(view.title).toBe("Beslutning om nye åbningstider");
    expect(await listRevisions(db, world.author, id)).toHaveLength(2);
  });

  it("merges two writers' saves of one version field by field; only a real clash is a conflict", async () => {
    const { db } = database.current;
    // Per key, a writer leaves it as it was (null) or writes one of two values.
    const keys = ["resume", "sagsfremstilling", "noter", "journalNumber", "openDecision"] as const;
    type Edit = Partial<Record<(typeof keys)[number], 0 | 1>>;
    const edit: fc.Arbitrary<Edit> = fc.record(
      Object.fromEntries(keys.map((k) => [k, fc.constantFrom(0, 1)])) as Record<
        (typeof keys)[number],
        fc.Arbitrary<0 | 1>
      >,
      { requiredKeys: [] },
    );
    const value = (key: string, v: 0 | 1) =>
      key === "journalNumber" ? `00.01.00-A21-${v + 1}-24` : `${key} ${v}`;
    await fc.assert(
      fc.asyncProperty(edit, edit, async (a, b) => {
        const { id } = await newCase();
        await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
        const base = await getCase(db, world.author, id);
        // The editor sends every field and fact, changed or not.
        const save = (e: Edit) => {
          const text = (key: string) => {
            const v = e[key as keyof Edit];
            return v === undefined
              ? (base.fields.find((f) => f.key === key)?.text ?? "")
              : value(key, v);
          };
          return {
            caseId: id,
            version: base.version,
            title: base.title,
            journalNumber:
              e.journalNumber === undefined ? "" : value("journalNumber", e.journalNumber),
            openDecision: e.openDecision === undefined ? "" : value("openDecision", e.openDecision),
            fields: ["resume", "sagsfremstilling", "noter"].map((key) => ({
              key,
              doc: docFromText(text(key)),
            })),
          };
        };
        await saveCase(db, world.author, save(a));
        const second = await saveCase(db, world.coAuthor, save(b)).catch((e: unknown) => e);
        const clash = keys.filter((k) => a[k] !== undefined && b[k] !== undefined && a[k] !== b[k]);
        const view = await getCase(db, world.author, id);
        const shown = (key: string) =>
          key === "journalNumber" || key === "openDecision"
            ? (view[key] ?? "")
            : (view.fields.find((f) => f.key === key)?.text ?? "");
        for (const key of keys) {
          const written = clash.length === 0 ? (b[key] ?? a[key]) : a[key];
          const expected =
            written === undefined
              ? key === "journalNumber" || key === "openDecision"
                ? ""
                : (base.fields.find((f) => f.key === key)?.text ?? "")
              : value(key, written);
          expect(shown(key)).toBe(expected);
        }
        if (clash.length > 0) {
          expect(second).toBeInstanceOf(CaseConflictError);
          expect([...(second as CaseConflictError).fieldKeys].sort()).toEqual([...clash].sort());
        } else {
          expect(second).not.toBeInstanceOf(Error);
        }
      }),
      { numRuns: 12 },
    );
  });

  it("keeps what others changed elsewhere when a writer saves their own text over a clash", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
    const doc = (text: string) => docFromText(text);
    await saveCase(db, world.coAuthor, {
      caseId: id,
      version: 1,
      fields: [
        { key: "resume", doc: doc("Medforfatterens resumé.") },
        { key: "sagsfremstilling", doc: doc("Medforfatterens fremstilling.") },
      ],
    });
    const mine = {
      caseId: id,
      version: 1,
      fields: [
        { key: "resume", doc: doc("Forfatterens resumé.") },
        { key: "sagsfremstilling", doc: doc("") },
      ],
    };
    const clash = await saveCase(db, world.author, mine).catch((e: unknown) => e);
    expect((clash as CaseConflictError).fieldKeys).toEqual(["resume"]);
    // »Gem min version alligevel«: the stored version, and the one the text was written on.
    await saveCase(db, world.author, { ...mine, version: 2, baseVersion: 1 });
    const view = await getCase(db, world.author, id);
    const text = (key: string) => view.fields.find((f) => f.key === key)?.text;
    expect(text("resume")).toBe("Forfatterens resumé.");
    expect(text("sagsfremstilling")).toBe("Medforfatterens fremstilling.");
  });

  it("lets only one of two simultaneous saves of the same version through", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
    const save = (who: typeof world.author, text: string) =>
      saveCase(db, who, {
        caseId: id,
        version: 1,
        fields: [{ key: "resume", doc: docFromText(text) }],
      });
    const results = await Promise.allSettled([save(world.author, "A"), save(world.coAuthor, "B")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(CaseConflictError);
    expect((await getCase(db, world.author, id)).version).toBe(2);
  });

  it("refuses bad facts and fields in Danish and stores nothing of the save", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    const base = { caseId: id, version: 1, title: "Beslutning om noget andet" };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ journalNumber: "12345" }, /Journalnummeret »12345« har ikke KLE-formen/],
      [{ closed: true }, /Skriv begrundelsen for, at punktet er lukket/],
      [{ durationMinutes: 0 }, /Tidsforbruget skal være et helt antal minutter/],
      [
        { fields: [{ key: "findes-ikke", doc: docFromText("x") }] },
        /Feltet »findes-ikke« findes ikke/,
      ],
      [{ fields: [{ key: "resume", doc: "<p>html</p>" }] }, /feltet »Resumé« kunne ikke læses/],
      [
        { fields: [{ key: "sagsfremstilling", doc: docFromText("Ord ".repeat(70_000)) }] },
        /Feltet »Sagsfremstilling« er for langt/,
      ],
      [
        { fields: [{ key: "resume", doc: docFromText("x".repeat(10_000)) }] },
        /ord på 10\.000 tegn/,
      ],
    ];
    for (const [patch, message] of cases) {
      await expect(saveCase(db, world.author, { ...base, ...patch })).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(message),
      });
    }
    const view = await getCase(db, world.author, id);
    expect(view).toMatchObject({ version: 1, title: "Beslutning om nye åbningstider" });
    expect(await listRevisions(db, world.author, id)).toHaveLength(1);
  });

  it("makes no revision when nothing changed, also for content read back from the database", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Baggrund" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Se " },
            {
              marks: [{ attrs: { href: "https://x.dk" }, type: "link" }],
              text: "her",
              type: "text",
            },
          ],
        },
      ],
    };
    const first = await saveCase(db, world.author, {
      caseId: id,
      version: 1,
      fields: [{ key: "resume", doc }],
    });
    const again = await saveCase(db, world.author, {
      caseId: id,
      version: first.version,
      title: "Beslutning om nye åbningstider",
      fields: [{ key: "resume", doc }],
    });
    expect(again).toMatchObject({ version: first.version, revision: null, changedFields: [] });
  });

  it("hides drafts from everyone but the author and co-authors", async () => {
    const { db } = database.current;
    const { id } = await newCase();
    for (const who of [world.approver, world.secretary, world.outsider, world.strangerAuthor]) {
      await expect(
        saveCase(db, who, { caseId: id, version: 1, title: "Beslutning om x" }),
      ).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/findes ikke/) });
    }
    await shareCase(db, world.author, { caseId: id, userId: world.coAuthor.id });
    const result = await saveCase(db, world.coAuthor, {
      caseId: id,
      version: 1,
      durationMinutes: 5,
    });
    expect(result.version).toBe(2);
  });
});
