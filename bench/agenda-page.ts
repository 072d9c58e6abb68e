import { pathToFileURL } from "node:url";
import { and, asc, eq } from "drizzle-orm";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { caseFields, cases, committees, sessions, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { addCasesToAgenda } from "../src/domain/agenda/add-cases-to-agenda.ts";
import { publishAgenda } from "../src/domain/agenda/publish-agenda.ts";
import { hashToken, newToken } from "../src/domain/auth/session-token.ts";
import { generateDemoData } from "../src/domain/demo/generate-demo-data.ts";
import { planMeeting } from "../src/domain/meeting/plan-meeting.ts";
import { richTextFrom } from "../src/domain/richtext/rich-text-from.ts";
import { createApp } from "../src/http/app.ts";
import { cookieNames } from "../src/http/cookies.ts";
import { createLogger } from "../src/logger.ts";
import { FileSystemStorage } from "../src/storage/file-system-storage.ts";
import { type Figure, printTable } from "./lib/table.ts";

/**
 * The agenda page (/app/moeder/:id) as a member opens it: a published 15-item agenda of
 * Økonomiudvalget on the demo data (PGlite in memory), warm, through app.request().
 * Run: npx tsx bench/agenda-page.ts [requests]
 */
/** The member's agenda page, warm: one figure for `npm run bench`. */
export async function agendaPageTimes(requests = 40): Promise<Figure> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  const { db } = database;
  const storage = new FileSystemStorage(`/tmp/referat-bench-agenda-${process.pid}`);
  await generateDemoData(db, storage, { years: 1, committees: 4 });
  const userId = async (email: string) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id as number;
  const secretary = await loadPrincipal(db, await userId("sekretaer@eksempel.dk"));
  const [committee] = await db
    .select()
    .from(committees)
    .where(eq(committees.name, "Økonomiudvalget"));
  if (!secretary || !committee) throw new Error("demo data missing");
  const { meetingId } = await planMeeting(db, secretary, {
    committeeId: committee.id,
    date: "2031-03-12",
    start: "16:00",
    end: "19:00",
    location: "Bench-lokale",
  });
  // Seven more approved cases next to the demo's six: 13 cases and 2 standing items.
  for (let i = 1; i <= 7; i++) {
    const [kase] = await db
      .insert(cases)
      .values({
        organisationId: committee.organisationId,
        committeeId: committee.id,
        title: `Beslutning om målepunkt ${i}`,
        status: "approved",
        durationMinutes: 10,
      })
      .returning({ id: cases.id });
    const text = "Forvaltningen anbefaler forslaget. ".repeat(40);
    await db.insert(caseFields).values(
      ["Indstilling", "Resumé", "Sagsfremstilling", "Økonomi"].map((label, position) => ({
        caseId: kase?.id as number,
        position,
        key: label.toLowerCase(),
        label,
        ...richTextFrom(text),
      })),
    );
  }
  const ready = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, "approved"), eq(cases.committeeId, committee.id)))
    .orderBy(asc(cases.id))
    .limit(13);
  await addCasesToAgenda(db, secretary, { meetingId, caseIds: ready.map((r) => r.id) });
  await publishAgenda(db, secretary, { meetingId });

  const token = newToken();
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: await userId("medlem@eksempel.dk"),
    csrfToken: newToken(),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const app = createApp({
    db,
    config: loadConfig({ LOG_LEVEL: "silent" }),
    logger: createLogger("silent"),
    storage,
  });
  const request = () =>
    app.request(`/app/moeder/${meetingId}`, {
      headers: { cookie: `${cookieNames(false).session}=${token}` },
    });
  let bytes = 0;
  let items = 0;
  for (let i = 0; i < 5; i++) {
    const html = await (await request()).text();
    bytes = html.length;
    items = (html.match(/class="item[ "]/g) ?? []).length;
  }
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const response = await request();
    await response.text();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    times.push(performance.now() - start);
  }
  await database.close();
  return {
    name: `agenda page /app/moeder/:id, member, ${items} items, ${(bytes / 1024).toFixed(0)} KiB (warm)`,
    unit: "ms",
    samples: times,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  printTable([await agendaPageTimes(Number(process.argv[2] ?? 40))]);
}
