import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import {
  type AuthoringCommittee,
  createAuthoringCommittee,
  createSession,
  createWrittenCase,
  docFromText,
} from "../../test/factories.ts";
import { auditLog, caseFields, cases, comments, revisions } from "../db/schema/index.ts";
import { HANDED_ON_PAGE_SIZE } from "../domain/case/list-my-cases.ts";
import { ORIGIN, sessionCookie, testApp } from "./testing.ts";

const database = useTestDatabase();
let world: AuthoringCommittee;
const app = () => testApp(database.current.db);

beforeAll(async () => {
  world = await createAuthoringCommittee(database.current.db);
});

type Who = { cookie: string; csrf: string };

async function as(user: { id: number }): Promise<Who> {
  const s = await createSession(database.current.db, user.id);
  return { cookie: sessionCookie(s.token), csrf: s.csrfToken };
}

function get(who: Who, path: string) {
  return app().request(path, { headers: { cookie: who.cookie } });
}

function post(who: Who, path: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  body.set("_csrf", who.csrf);
  for (const [k, v] of Object.entries(fields)) {
    for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
  }
  return app().request(path, {
    method: "POST",
    headers: {
      cookie: who.cookie,
      origin: ORIGIN,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: body.toString(),
  });
}

async function newCase(title = "Beslutning om nye cykelstier", purpose = "decision") {
  const author = await as(world.author);
  const res = await post(author, "/app/sager", {
    udvalg: String(world.committee.id),
    formaal: purpose,
    titel: title,
  });
  expect(res.status).toBe(303);
  const id = Number(/\/app\/sager\/(\d+)$/.exec(res.headers.get("location") ?? "")?.[1]);
  return { id, author };
}

async function fieldsOf(caseId: number) {
  const rows = await database.current.db
    .select()
    .from(caseFields)
    .where(eq(caseFields.caseId, caseId));
  return Object.fromEntries(rows.map((r) => [r.key, r]));
}

async function revisionCount(caseId: number) {
  return (await database.current.db.select().from(revisions).where(eq(revisions.caseId, caseId)))
    .length;
}

async function versionOf(caseId: number) {
  const [row] = await database.current.db.select().from(cases).where(eq(cases.id, caseId));
  return row?.version ?? 0;
}

/** A complete save of the case form as the browser sends it without the editor. */
function form(version: number, extra: Record<string, string | string[]> = {}) {
  return {
    version: String(version),
    titel: "Beslutning om nye cykelstier",
    formaal: "decision",
    journalnummer: "",
    tidsforbrug: "",
    begrundelse: "",
    aaben_beslutning: "",
    ...extra,
  };
}

describe("the case desk and a new case", () => {
  it("lists my cases and those to approve, and starts a case in the committee's template", async () => {
    const { id, author } = await newCase("Orientering om status på cykelstier", "orientation");
    const list = await (await get(author, "/app/sager")).text();
    expect(list).toContain("Mine sager");
    expect(list).toContain(`href="/app/sager/${id}"`);
    const page = await (await get(author, `/app/sager/${id}`)).text();
    expect(page).toContain("<h1>Orientering om status på cykelstier</h1>");
    // One editor per template field, with label, guidance and the textarea fallback.
    expect(page).toContain('name="tekst-resume"');
    expect(page).toContain("Højst fem linjer.");
    expect(page).toContain('name="punkt-indstilling"');
    expect(page).toContain('<script type="module" src="/assets/js/case-editor.js');
  });

  it("pages the cases on agendas by ?side=: past the end is the last page, no number the first", async () => {
    const { db } = database.current;
    const own = await createAuthoringCommittee(db, { organisationId: world.organisationId });
    const handedOn: number[] = [];
    for (let n = 0; n < HANDED_ON_PAGE_SIZE + 1; n++) {
      handedOn.push((await createWrittenCase(db, own, { title: `Beslutning om sag ${n}` })).id);
    }
    await db.update(cases).set({ status: "scheduled" }).where(inArray(cases.id, handedOn));
    const author = await as(own.author);
    const listed = async (side: string) => {
      const res = await get(author, `/app/sager?side=${side}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      return handedOn.filter((id) => html.includes(`href="/app/sager/${id}"`));
    };
    const [oldest, ...newer] = handedOn;
    // Newest first: the second page holds only the oldest case.
    expect(await listed("1")).toEqual(newer);
    expect(await listed("2")).toEqual([oldest]);
    expect(await listed("3")).toEqual([oldest]);
    for (const side of ["0", "-3", "abc", "2.5", "99999999999999999999"]) {
      expect(await listed(side)).toEqual(newer);
    }
  });

  it("refuses a new case without a title or in a committee without the author role (Danish, 4xx)", async () => {
    const author = await as(world.author);
    const empty = await post(author, "/app/sager", {
      udvalg: String(world.committee.id),
      titel: "  ",
    });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Skriv en titel.");
    const stranger = await as(world.strangerAuthor);
    const res = await post(stranger, "/app/sager", {
      udvalg: String(world.committee.id),
      titel: "Beslutning om noget",
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Du kan ikke oprette sager i dette udvalg");
  });
});

describe("saving the case form", () => {
  it("saves plain text without JavaScript (lists from '- ' lines), facts and recommendation points", async () => {
    const { id, author } = await newCase();
    const res = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), {
        journalnummer: "00.01.00-A21-2-20",
        tidsforbrug: "15",
        "tekst-sagsfremstilling": "Baggrund for sagen.\n- Egeskolen\n- Søskolen",
        "indledning-indstilling": "Direktøren indstiller,",
        "punkt-indstilling": ["at forslaget godkendes", "", "at der følges op"],
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("besked=gemt&v=2");
    const fields = await fieldsOf(id);
    expect(fields.sagsfremstilling?.doc).toMatchObject({
      content: [{ type: "paragraph" }, { type: "bulletList" }],
    });
    expect(fields.indstilling?.text).toBe(
      "Direktøren indstiller,\n\n1. at forslaget godkendes\n2. at der følges op",
    );
    const [row] = await database.current.db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ journalNumber: "00.01.00-A21-2-20", durationMinutes: 15 });
    const page = await (await get(author, `/app/sager/${id}?besked=gemt&v=2`)).text();
    expect(page).toContain("Sagen er gemt som version 2.");
  });

  it("keeps the formatting of a field the no-script form sent back unchanged", async () => {
    const { id, author } = await newCase();
    const rich = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Baggrund" }] },
        { type: "paragraph", content: [{ type: "text", text: "Tekst." }] },
      ],
    };
    await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { "doc-resume": JSON.stringify(rich) }),
    );
    const before = await revisionCount(id);
    const text = (await fieldsOf(id)).resume?.text ?? "";
    const res = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { "tekst-resume": text }),
    );
    expect(res.headers.get("location")).toContain("besked=uaendret");
    expect(await revisionCount(id)).toBe(before);
    expect((await fieldsOf(id)).resume?.doc).toEqual(rich);
  });

  it("sanitises pasted Word content: styles, scripts and iframes are dropped and named", async () => {
    const { id, author } = await newCase();
    const pasted = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          attrs: { style: "mso-margin-top-alt:auto;color:red" },
          content: [
            {
              type: "text",
              text: "Synlig tekst",
              marks: [{ type: "textStyle", attrs: { style: "font-family:Calibri" } }],
            },
            {
              type: "text",
              text: " med link",
              marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }],
            },
          ],
        },
        { type: "script", content: [{ type: "text", text: "alert(1)" }] },
        { type: "iframe", attrs: { src: "https://evil.example" } },
      ],
    };
    const res = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), {
        "doc-sagsfremstilling": JSON.stringify(pasted),
      }),
    );
    expect(res.status).toBe(303);
    const location = decodeURIComponent(res.headers.get("location") ?? "");
    expect(location).toContain("fjernet=sagsfremstilling");
    const stored = JSON.stringify((await fieldsOf(id)).sagsfremstilling?.doc);
    expect(stored).toContain("Synlig tekst");
    for (const bad of ["style", "script", "iframe", "javascript", "textStyle", "evil"]) {
      expect(stored).not.toContain(bad);
    }
    const page = await (await get(author, res.headers.get("location") ?? "")).text();
    expect(page).toContain("Noget indhold kunne ikke gemmes og er fjernet fra »Sagsfremstilling«");
  });

  it("refuses a 10 000-character word with a Danish message, stores nothing and keeps what was typed", async () => {
    const { id, author } = await newCase();
    const before = await revisionCount(id);
    const word = "a".repeat(10_000);
    const res = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), {
        "tekst-sagsfremstilling": `Indledning ${word}`,
        "tekst-resume": "Resumé der ikke må gå tabt",
      }),
    );
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain("indeholder et ord på 10.000 tegn");
    expect(page).toContain("Resumé der ikke må gå tabt");
    expect(await revisionCount(id)).toBe(before);
    expect((await fieldsOf(id)).resume?.text).toBe("");
  });

  it("refuses a 200-page paste: too big to send (413) or too long to store (400), Danish, nothing stored", async () => {
    const { id, author } = await newCase();
    const before = await revisionCount(id);
    const page =
      "Dette er en linje tekst fra et meget langt dokument om kommunens økonomi. ".repeat(40);
    const huge = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), {
        "tekst-sagsfremstilling": page.repeat(200),
      }),
    );
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain("for stort");
    // Under the request limit but over what a field may hold: the field's own message.
    const doc = docFromText(page.repeat(80));
    const long = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), {
        "doc-sagsfremstilling": JSON.stringify({ ...doc, content: doc.content }),
      }),
    );
    if (long.status === 413) {
      expect(await long.text()).toContain("for stort");
    } else {
      expect(long.status).toBe(400);
      expect(await long.text()).toContain("er for langt");
    }
    expect(await revisionCount(id)).toBe(before);
  });

  it("refuses a bad journal number and a closed item without a reason, in Danish", async () => {
    const { id, author } = await newCase();
    const journal = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { journalnummer: "123" }),
    );
    expect(journal.status).toBe(400);
    const refused = await journal.text();
    expect(refused).toContain("har ikke KLE-formen");
    // The problem links to its field, marked invalid; the heading keeps the stored title,
    // and the page says (and the form knows) that what it shows is not saved.
    expect(refused).toMatch(/<a href="#sag-journal">Journalnummeret »123«/);
    expect(refused).toMatch(/<input[^>]*id="sag-journal"[^>]*aria-invalid="true"/);
    expect(refused).toContain("Ændringer er ikke gemt");
    expect(refused).toMatch(/<form[^>]*data-unsaved=""/);
    const long = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { titel: `Beslutning om ${"meget ".repeat(40)}` }),
    );
    expect(long.status).toBe(400);
    expect(await long.text()).toMatch(/<h1>Beslutning om nye cykelstier<\/h1>/);
    const closed = await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { lukket: "1" }),
    );
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain("Styrelsesloven § 10");
  });

  it("says a clash with one's own save in another tab is one's own", async () => {
    const { id, author } = await newCase();
    const version = await versionOf(id);
    await post(author, `/app/sager/${id}`, form(version, { "tekst-resume": "Fra fane A." }));
    const second = await post(
      author,
      `/app/sager/${id}`,
      form(version, { "tekst-resume": "Fra fane B." }),
    );
    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain("<h1>Sagen er ændret i en anden fane</h1>");
    expect(page).toContain("Du har selv gemt sagen i en anden fane");
    expect(page).not.toContain("af en anden");
  });

  it("gives the second of two saves of the same field a conflict page with both versions; nothing is lost", async () => {
    const { id, author } = await newCase();
    const coAuthor = await as(world.coAuthor);
    await database.current.db
      .insert((await import("../db/schema/index.ts")).caseShares)
      .values({ caseId: id, userId: world.coAuthor.id, sharedById: world.author.id });
    const version = await versionOf(id);
    const first = await post(
      author,
      `/app/sager/${id}`,
      form(version, { "tekst-resume": "Forfatterens resumé." }),
    );
    expect(first.status).toBe(303);
    const second = await post(
      coAuthor,
      `/app/sager/${id}`,
      form(version, { "tekst-resume": "Medforfatterens resumé." }),
    );
    expect(second.status).toBe(409);
    const page = await second.text();
    expect(page).toContain("Sagen er ændret af en anden");
    expect(page).toContain("Forfatterens resumé.");
    expect(page).toContain("Medforfatterens resumé.");
    expect(page).toContain(`name="version" value="${version + 1}"`);
    expect((await fieldsOf(id)).resume?.text).toBe("Forfatterens resumé.");
    // "Gem min version alligevel" posts the attempt with the stored version: it goes through.
    const doc = /name="doc-resume" value="([^"]+)"/.exec(page)?.[1] ?? "";
    const keep = await post(coAuthor, `/app/sager/${id}`, {
      ...form(version + 1),
      "doc-resume": doc.replaceAll("&quot;", '"').replaceAll("&amp;", "&"),
    });
    expect(keep.status).toBe(303);
    expect((await fieldsOf(id)).resume?.text).toBe("Medforfatterens resumé.");
  });
});

describe("sharing", () => {
  it("lets the author share with a colleague on the committee, who then edits; and stop again", async () => {
    const { id, author } = await newCase();
    const page = await (await get(author, `/app/sager/${id}`)).text();
    expect(page).toContain(`<option value="${world.coAuthor.id}">`);
    expect(page).not.toContain(`<option value="${world.outsider.id}">`);
    const shared = await post(author, `/app/sager/${id}/deling`, {
      bruger: String(world.coAuthor.id),
    });
    expect(shared.status).toBe(303);
    const coAuthor = await as(world.coAuthor);
    expect(await (await get(coAuthor, "/app/sager")).text()).toContain(`href="/app/sager/${id}"`);
    const saved = await post(
      coAuthor,
      `/app/sager/${id}`,
      form(await versionOf(id), { "tekst-resume": "Fra medforfatteren." }),
    );
    expect(saved.status).toBe(303);
    const outsider = await post(author, `/app/sager/${id}/deling`, {
      bruger: String(world.outsider.id),
    });
    expect(outsider.status).toBe(400);
    expect(await outsider.text()).toContain(
      "Sagen kan kun deles med personer, der har en rolle i udvalget.",
    );
    expect(
      (await post(coAuthor, `/app/sager/${id}/deling`, { bruger: String(world.secretary.id) }))
        .status,
    ).toBe(403);
    const stop = await post(author, `/app/sager/${id}/deling/${world.coAuthor.id}/stop`, {});
    expect(stop.status).toBe(303);
    expect([403, 404]).toContain((await get(coAuthor, `/app/sager/${id}`)).status);
  });
});

describe("the approval flow", () => {
  it("sends, returns with a comment showing the approver's changes, and approves; the author may not edit an approved case", async () => {
    const written = await createWrittenCase(database.current.db, world);
    const author = await as(world.author);
    const approver = await as(world.approver);
    const page = await (await get(author, `/app/sager/${written.id}`)).text();
    const approvers = /<select id="sag-godkender"[\s\S]*?<\/select>/.exec(page)?.[0] ?? "";
    expect(approvers).toContain(`<option value="${world.approver.id}"`);
    expect(approvers).not.toContain(`<option value="${world.author.id}"`);

    const noApprover = await post(
      author,
      `/app/sager/${written.id}/send`,
      form(written.version, { godkender: "" }),
    );
    expect(noApprover.status).toBe(400);
    // The panel that asks for the approver opens again and says why above its field, which
    // has focus; the panel lies over the top of the page, so nothing is told there.
    const noApproverPage = await noApprover.text();
    expect(noApproverPage).toMatch(
      /<details class="case-bar-panel" open="">\s*<summary class="button case-secondary">Send til godkendelse …<\/summary>/,
    );
    expect(noApproverPage).toMatch(
      /<p class="case-point-error" id="sag-godkender-fejl" role="alert">Vælg en godkender.<\/p>\s*<select id="sag-godkender"[^>]*aria-describedby="sag-godkender-fejl send-hint" aria-invalid="true" autofocus=""/,
    );
    expect(noApproverPage).not.toContain('class="error-summary');

    // Each problem of a refused send links to its place in the form.
    const noPurposeInTitle = await post(
      author,
      `/app/sager/${written.id}/send`,
      form(await versionOf(written.id), {
        titel: "Nye cykelstier",
        godkender: String(world.approver.id),
      }),
    );
    expect(noPurposeInTitle.status).toBe(400);
    const refusal = await noPurposeInTitle.text();
    const summary = /<div class="error-summary[\s\S]*?<\/div>/.exec(refusal)?.[0];
    expect(summary).toContain("Sagen kan ikke sendes til godkendelse. Ret dette først:");
    expect(summary).toMatch(/<li><a href="#sag-titel">Titlen skal begynde med sagens formål/);
    expect(refusal).toContain('id="sag-titel"');

    const sent = await post(
      author,
      `/app/sager/${written.id}/send`,
      form(await versionOf(written.id), {
        godkender: String(world.approver.id),
      }),
    );
    expect(sent.status).toBe(303);
    const list = await (await get(approver, "/app/sager")).text();
    expect(list).toContain("Til godkendelse");
    expect(list).toContain(`href="/app/sager/${written.id}"`);
    const dashboard = await (await get(approver, "/app")).text();
    expect(dashboard).toContain("til din godkendelse");
    // Opening the case reads its notifications: the dashboard no longer lists them.
    await get(approver, `/app/sager/${written.id}`);
    expect(await (await get(approver, "/app")).text()).not.toContain("til din godkendelse");

    // The author cannot change it now.
    const locked = await post(
      author,
      `/app/sager/${written.id}`,
      form(await versionOf(written.id), { "tekst-resume": "Ny" }),
    );
    expect(locked.status).toBe(403);
    expect(await locked.text()).toContain("Kun den valgte godkender kan ændre den nu");

    // Returning needs a comment; nothing is saved without it.
    const before = await revisionCount(written.id);
    const bare = await post(
      approver,
      `/app/sager/${written.id}/retur`,
      form(await versionOf(written.id), {
        "tekst-sagsfremstilling": "Baggrund og vurdering. Godkenderens tilføjelse.",
        retur_kommentar: " ",
      }),
    );
    expect(bare.status).toBe(400);
    const barePage = await bare.text();
    expect(barePage).toMatch(
      /<details class="case-bar-panel" open="">\s*<summary[^>]*>Send retur …/,
    );
    expect(barePage).toMatch(
      /<p class="case-point-error" id="sag-retur-fejl" role="alert">Skriv en kommentar, der forklarer[^<]*<\/p>\s*<textarea id="sag-retur"[^>]*aria-invalid="true" autofocus=""/,
    );
    expect(await revisionCount(written.id)).toBe(before);
    const returned = await post(
      approver,
      `/app/sager/${written.id}/retur`,
      form(await versionOf(written.id), {
        "tekst-sagsfremstilling": "Baggrund og vurdering. Godkenderens tilføjelse.",
        retur_kommentar: "Uddyb vurderingen.",
      }),
    );
    expect(returned.status).toBe(303);
    const back = await (await get(author, `/app/sager/${written.id}`)).text();
    expect(back).toContain("Ændringer, siden du sendte sagen");
    expect(back).toMatch(/<ins><span class="visually-hidden">Indsat: <\/span>[^<]*Godkenderens/);
    expect(back).toContain("Uddyb vurderingen.");
    // The approver who returned it never sent it: the author's summary is not theirs.
    const theirs = await get(approver, `/app/sager/${written.id}`);
    expect(theirs.status).toBe(200);
    expect(await theirs.text()).not.toContain("siden du sendte sagen");

    const resent = await post(
      author,
      `/app/sager/${written.id}/send`,
      form(await versionOf(written.id), {
        godkender: String(world.approver.id),
      }),
    );
    expect(resent.status).toBe(303);
    const approved = await post(
      approver,
      `/app/sager/${written.id}/godkend`,
      form(await versionOf(written.id)),
    );
    expect(approved.status).toBe(303);
    const steps = await database.current.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "case"), eq(auditLog.entityId, written.id)));
    expect(steps.map((s) => s.action)).toEqual(
      expect.arrayContaining(["case.submitted", "case.returned", "case.approved"]),
    );

    const edit = await post(
      author,
      `/app/sager/${written.id}`,
      form(await versionOf(written.id), { "tekst-resume": "Efter godkendelse" }),
    );
    expect(edit.status).toBe(403);
    expect(await edit.text()).toContain("Sagen er godkendt og låst");
    const view = await (await get(author, `/app/sager/${written.id}`)).text();
    expect(view).not.toContain('name="tekst-resume"');
    expect(view).toContain("godkendt og låst");
    // Guidance and »skal udfyldes« are for writing: the locked case shows its text alone.
    expect(page).toContain("(skal udfyldes)");
    expect(page).toContain('class="case-guidance"');
    expect(view).not.toContain("(skal udfyldes)");
    expect(view).not.toContain('class="case-guidance"');
  });

  it("hides a draft from approvers and people outside the case", async () => {
    const { id } = await newCase();
    for (const user of [world.approver, world.outsider, world.strangerAuthor]) {
      const res = await get(await as(user), `/app/sager/${id}`);
      expect([403, 404]).toContain(res.status);
      // Said as what it is: the case cannot be shown, not that a save failed.
      const page = await res.text();
      expect(page).not.toContain("ikke gemt");
    }
    const missing = await get(await as(world.author), "/app/sager/999999");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("<h1>Sagen kan ikke vises</h1>");
  });
});

describe("comments", () => {
  it("adds a thread on a field, a reply, resolves and reopens it; mentions notify", async () => {
    const written = await createWrittenCase(database.current.db, world, {
      submitTo: world.approver,
    });
    const approver = await as(world.approver);
    const author = await as(world.author);
    const res = await post(approver, `/app/sager/${written.id}/kommentarer`, {
      felt: "resume",
      tekst: `Uddyb her, @${world.author.email}`,
    });
    expect(res.status).toBe(303);
    const [thread] = await database.current.db
      .select()
      .from(comments)
      .where(eq(comments.caseId, written.id));
    expect(thread).toMatchObject({ fieldKey: "resume", authorId: world.approver.id });
    const dashboard = await (await get(author, "/app")).text();
    expect(dashboard).toContain("nævnte dig i en kommentar");
    const reply = await post(author, `/app/sager/${written.id}/kommentarer`, {
      svar_til: String(thread?.id),
      tekst: "Det gør jeg.",
    });
    expect(reply.status).toBe(303);
    // The page opens at the notice, in the thread the reply went to.
    const to = reply.headers.get("location") ?? "";
    expect(to).toBe(
      `/app/sager/${written.id}?besked=kommentar&traad=${thread?.id}#kommentar-besked`,
    );
    const told = await (await get(author, to.replace(/#.*/, ""))).text();
    expect(told).toMatch(
      new RegExp(
        `id="kommentar-${thread?.id}"(?:(?!</li>).)*Det gør jeg.(?:(?!</li>).)*` +
          `<p class="case-notice outcome" role="status" tabindex="-1" autofocus="" ` +
          `id="kommentar-besked">Kommentaren er gemt.</p>`,
        "s",
      ),
    );
    const resolve = await post(author, `/app/kommentarer/${thread?.id}/loes`, {
      sag: String(written.id),
    });
    expect(resolve.headers.get("location")).toBe(
      `/app/sager/${written.id}#kommentar-${thread?.id}`,
    );
    let page = await (await get(author, `/app/sager/${written.id}`)).text();
    expect(page).toContain("Det gør jeg.");
    expect(page).toContain("Løst af");
    // Telling someone on the case by ticking them: the approver gets a notification.
    expect(page).toContain(`name="naevn" value="${world.approver.id}"`);
    expect(page).not.toContain(`name="naevn" value="${world.author.id}"`);
    // Nobody is ticked for the author: the approver is told only when the author says so.
    expect(page).not.toMatch(new RegExp(`value="${world.approver.id}" checked`));
    await post(author, `/app/sager/${written.id}/kommentarer`, {
      tekst: "Se venligst igen.",
      naevn: String(world.approver.id),
    });
    expect(await (await get(approver, "/app")).text()).toContain("nævnte dig i en kommentar");
    await post(author, `/app/kommentarer/${thread?.id}/genaabn`, { sag: String(written.id) });
    page = await (await get(author, `/app/sager/${written.id}`)).text();
    expect(page).not.toContain("Løst af");
    expect(page).toContain(`Svar til ${world.approver.name}`);
    // The approver is offered to tell the author, ticked, and adds to their own thread.
    const approverPage = await (await get(approver, `/app/sager/${written.id}`)).text();
    expect(approverPage).toMatch(new RegExp(`name="naevn" value="${world.author.id}" checked`));
    expect(approverPage).toContain("Skriv mere i tråden");
    expect(approverPage).not.toContain(`Svar til ${world.approver.name}`);
    const empty = await post(author, `/app/sager/${written.id}/kommentarer`, { tekst: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Skriv en kommentar.");
  });

  it("anchors a comment to a marked range; a marked document that changes the text is refused", async () => {
    const written = await createWrittenCase(database.current.db, world, {
      submitTo: world.approver,
    });
    const approver = await as(world.approver);
    const marked = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Kort", marks: [{ type: "comment", attrs: { id: "k1" } }] },
            { type: "text", text: " resumé." },
          ],
        },
      ],
    };
    const version = await versionOf(written.id);
    const ok = await post(approver, `/app/sager/${written.id}/kommentarer`, {
      felt: "resume",
      anker: "k1",
      markeret: JSON.stringify(marked),
      version: String(version),
      tekst: "Hvor kort?",
    });
    expect(ok.status).toBe(303);
    const page = await (await get(approver, `/app/sager/${written.id}`)).text();
    expect(page).toMatch(/<blockquote class="case-thread-quote">.*Kort<\/blockquote>/s);
    const changed = structuredClone(marked);
    (changed.content[0]?.content[1] as { text: string }).text = " ændret.";
    const bad = await post(approver, `/app/sager/${written.id}/kommentarer`, {
      felt: "resume",
      anker: "k2",
      markeret: JSON.stringify(changed),
      version: String(await versionOf(written.id)),
      tekst: "Og her?",
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Teksten er ændret");
  });
});

describe("versions and the live check", () => {
  it("shows the changes between two versions per field and restores an old one as a new version", async () => {
    const { id, author } = await newCase();
    await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { "tekst-resume": "Første udgave." }),
    );
    await post(
      author,
      `/app/sager/${id}`,
      form(await versionOf(id), { "tekst-resume": "Anden udgave." }),
    );
    const diff = await (await get(author, `/app/sager/${id}/versioner?fra=2&til=3`)).text();
    expect(diff).toContain("Ændringer fra version 2 til 3");
    expect(diff).toMatch(/<del><span class="visually-hidden">Slettet: <\/span>Første/);
    expect(diff).toMatch(/<ins><span class="visually-hidden">Indsat: <\/span>Anden/);
    const same = await get(author, `/app/sager/${id}/versioner?fra=2&til=2`);
    expect(same.status).toBe(400);
    const restore = await post(author, `/app/sager/${id}/versioner/2/gendan`, {
      version: String(await versionOf(id)),
    });
    expect(restore.status).toBe(303);
    expect((await fieldsOf(id)).resume?.text).toBe("Første udgave.");
    expect(await revisionCount(id)).toBe(4);
    const stale = await post(author, `/app/sager/${id}/versioner/3/gendan`, { version: "1" });
    expect(stale.status).toBe(400);
  });

  it("checks a field live: fake heading, LIX with the scale word, unknown words; CSRF header required", async () => {
    const { id, author } = await newCase();
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "Baggrund", marks: [{ type: "bold" }] }],
        },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "Kommunen har en plan. Den er god og klar til byrådsmødet. Vi skrver den.",
            },
          ],
        },
      ],
    };
    const request = (headers: Record<string, string>) =>
      app().request(`/app/sager/${id}/skrivetjek`, {
        method: "POST",
        headers: {
          cookie: author.cookie,
          origin: ORIGIN,
          "content-type": "application/json",
          ...headers,
        },
        body: JSON.stringify({
          key: "sagsfremstilling",
          doc,
          others: [{ words: 10, sentences: 2, longWords: 1 }],
        }),
      });
    expect((await request({})).status).toBe(403);
    const res = await request({ "x-csrf-token": author.csrf });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      field: {
        lix: number;
        scale: string;
        applies: boolean;
        words: number;
        spelling: string[];
        accessibility: { rule: string }[];
      };
      caseLix: { words: number };
    };
    expect(body.field.accessibility.map((a) => a.rule)).toContain("fake-heading");
    expect(body.field.spelling).toContain("skrver");
    expect(body.field.spelling).not.toContain("byrådsmødet");
    expect(["meget let", "let", "middel", "svær", "meget svær"]).toContain(body.field.scale);
    expect(body.caseLix.words).toBe(body.field.words + 10);
    expect(body.field.applies).toBe(false);
    const bad = await app().request(`/app/sager/${id}/skrivetjek`, {
      method: "POST",
      headers: {
        cookie: author.cookie,
        origin: ORIGIN,
        "content-type": "application/json",
        "x-csrf-token": author.csrf,
      },
      body: JSON.stringify({
        key: "x",
        doc: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "b".repeat(5000) }] }],
        },
      }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("Et ord må højst være");
  });
});

describe("a case with no recorded steps", () => {
  it("says so under Sagens forløb instead of showing an empty heading", async () => {
    // Approved outside the authoring flow, as imported or generated cases are.
    const [row] = await database.current.db
      .insert(cases)
      .values({
        organisationId: world.organisationId,
        committeeId: world.committee.id,
        title: "Orientering om en sag uden forløb",
        status: "approved",
      })
      .returning({ id: cases.id });
    const html = await (await get(await as(world.secretary.user), `/app/sager/${row?.id}`)).text();
    const history = html.slice(html.indexOf('id="sagens-forloeb"'));
    expect(history).toContain("Sagen har ingen registrerede skridt endnu.");
    expect(history).not.toContain('<ol class="case-event-list">');
  });
});
