import { count, eq } from "drizzle-orm";
import mammoth from "mammoth";
import { minutesVersions } from "../src/db/schema/index.ts";
import { getMeeting } from "../src/domain/meeting/get-meeting.ts";
import type { FullMeeting } from "../src/domain/meeting/meeting.types.ts";
import {
  type PublicMeeting,
  toPublicMeeting,
} from "../src/domain/publication/publication.policy.ts";
import { hasPoppler, pdfText } from "./poppler.ts";
import type { Canary, World } from "./public-view-world.ts";

/**
 * Checks every public surface of a world's meetings against the rule: the public reads nothing
 * but what toPublicMeeting() of the current state shows, and that view itself never holds a
 * closed item's content, a private field or anything of an item not yet sent. Answers the
 * leaks found ("<surface>: <word> (<kind>)"); empty when there are none.
 */

const withPdf = hasPoppler();

/** Text as a reader meets it: soft hyphens and words broken over lines joined, lower case. */
const normal = (text: string) =>
  text
    .replace(/\u00ad/g, "")
    .replace(/-\s*\n\s*/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase();

interface State {
  full: FullMeeting;
  view: PublicMeeting | null;
}

/** Canaries that belong to this stored item: planted on it or on its case. */
const ofItem = (c: Canary, item: { id: number; caseId: number | null }) =>
  c.itemId === item.id || (c.caseId !== null && c.caseId === item.caseId && c.itemId === null);

/** The rule on the policy's own output, from what is stored. */
function policyLeaks(world: World, states: State[]): string[] {
  const leaks: string[] = [];
  for (const { full, view } of states) {
    if (!view) continue;
    const json = JSON.stringify(view);
    for (const item of full.items) {
      const unsent = view.kind === "agenda" && !item.sent;
      for (const c of world.canaries.filter((x) => ofItem(x, item))) {
        const hidden =
          unsent ||
          c.kind === "private_field" ||
          (item.closed && !["title", "closure_reason", "open_decision"].includes(c.kind)) ||
          (c.kind === "open_decision" && (!item.closed || view.kind === "agenda")) ||
          (c.kind === "decision" && view.kind === "agenda");
        if (hidden && json.includes(c.word)) {
          leaks.push(`toPublicMeeting(${full.id}): ${c.word} (${c.kind})`);
        }
      }
    }
  }
  return leaks;
}

export interface CheckOptions {
  /** Also render and read the public PDF and DOCX, the front page and the calendar (slower). */
  documents: boolean;
}

export async function checkPublicSurfaces(world: World, options: CheckOptions): Promise<string[]> {
  const { db, app } = world;
  const states: State[] = [];
  for (const id of world.meetingIds) {
    const full = await getMeeting(db, id);
    if (full) states.push({ full, view: toPublicMeeting(full) });
  }
  const leaks = policyLeaks(world, states);
  const allowed = JSON.stringify(states.map((s) => s.view));
  const forbidden = world.canaries.filter((c) => !allowed.includes(c.word));
  const leaked = (surface: string, text: string, words: Canary[] = forbidden) => {
    const t = normal(text);
    for (const c of words) if (t.includes(c.word)) leaks.push(`${surface}: ${c.word} (${c.kind})`);
  };
  const get = async (path: string) => {
    const response = await app.request(path);
    if (response.status >= 500) throw new Error(`${path} answered ${response.status}`);
    return response;
  };
  const text = async (path: string) => {
    const response = await get(path);
    return { status: response.status, body: await response.text() };
  };

  const slug = world.committee.slug;
  const lists = [`/udvalg/${slug}`, `/udvalg/${slug}/feed.atom`];
  // The front page and the calendar name committees and meetings only: read now and then.
  if (options.documents) lists.push("/", `/udvalg/${slug}/kalender.ics`);
  for (const path of lists) leaked(path, (await text(path)).body);

  for (const { full, view } of states) {
    const page = await text(`/moeder/${full.id}`);
    if (view && page.status !== 200) leaks.push(`/moeder/${full.id}: ${page.status}, not 200`);
    leaked(`/moeder/${full.id}`, page.body);
    // The OParl API holds the whole public view of the meeting, its items inline.
    const api = await text(`/oparl/v1.1/meeting/${full.id}`);
    if (view && api.status !== 200) leaks.push(`/oparl/v1.1/meeting/${full.id}: ${api.status}`);
    leaked(`/oparl/v1.1/meeting/${full.id}`, api.body);
    for (let place = 1; place <= full.items.length; place++) {
      const path = `/moeder/${full.id}/punkt/${place}`;
      leaked(path, (await text(path)).body);
    }
    if (options.documents && view) {
      if (withPdf) {
        const pdf = await get(`/moeder/${full.id}/dokument.pdf`);
        if (pdf.status === 200) {
          leaked(
            `/moeder/${full.id}/dokument.pdf`,
            await pdfText(new Uint8Array(await pdf.arrayBuffer())),
          );
        }
      }
      const docx = await get(`/moeder/${full.id}/dokument.docx`);
      if (docx.status === 200) {
        const buffer = Buffer.from(await docx.arrayBuffer());
        leaked(
          `/moeder/${full.id}/dokument.docx`,
          (await mammoth.extractRawText({ buffer })).value,
        );
      }
    }
    // Earlier versions keep earlier decisions; anything else not public now must not be there.
    const [stored] = await db
      .select({ n: count() })
      .from(minutesVersions)
      .where(eq(minutesVersions.meetingId, full.id));
    const itemOpen = new Map(full.items.map((i) => [i.id, !i.closed]));
    const versionForbidden = forbidden.filter(
      (c) => !(c.kind === "decision" && c.itemId !== null && itemOpen.get(c.itemId)),
    );
    for (let n = 1; n <= (stored?.n ?? 0); n++) {
      const path = `/moeder/${full.id}/referat/version/${n}`;
      leaked(path, (await text(path)).body, versionForbidden);
    }
  }

  // Search: ten forbidden words at a time as alternatives; any hit is a leak. Words of cases
  // that never stood on one of these meetings cannot reach the index and are left out.
  const shown = new Set(states.flatMap(({ full }) => full.items.map((i) => i.caseId)));
  const searched = forbidden.filter((c) => c.itemId !== null || shown.has(c.caseId));
  for (let start = 0; start < searched.length; start += 10) {
    const words = searched.slice(start, start + 10);
    const q = words.map((c) => c.word).join(" OR ");
    const query = new URLSearchParams({ q }).toString();
    const feed = (await text(`/soeg/feed.atom?${query}`)).body;
    const entries = feed.split("<entry").length - 1;
    if (entries === 0) continue;
    leaks.push(`/soeg/feed.atom?q=${q}: ${entries} hit(s)`);
    // The page repeats the query in its form and links: take those out, then look for words.
    const html = (await text(`/soeg?${query}`)).body
      .split(q)
      .join(" ")
      .split(query.slice(2))
      .join(" ")
      .split(encodeURIComponent(q))
      .join(" ");
    leaked(`/soeg?q=${q}`, html, words);
  }

  // A bilag file is public only when a public view lists it, stored, under an open item.
  const listed = new Set(
    states.flatMap(({ view }) =>
      (view?.items ?? []).flatMap((i) =>
        i.closed ? [] : i.attachments.filter((a) => a.stored).map((a) => a.id),
      ),
    ),
  );
  for (const id of world.attachmentIds) {
    const response = await get(`/bilag/${id}`);
    await response.arrayBuffer();
    if (response.status === 200 && !listed.has(id)) leaks.push(`/bilag/${id}: 200, not public`);
  }
  return leaks;
}
