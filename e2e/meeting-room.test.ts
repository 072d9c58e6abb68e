import { eq } from "drizzle-orm";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetingParticipants, meetings } from "../src/db/schema/index.ts";
import { closeVote } from "../src/domain/meeting-room/close-vote.ts";
import { openVote } from "../src/domain/meeting-room/open-vote.ts";
import { cookieNames } from "../src/http/cookies.ts";
import { hasChromium, launchChromium } from "../test/chromium.ts";
import { createSession, createUser } from "../test/factories.ts";
import { createHoldWorld, type HoldWorld } from "../test/meeting-hold-world.ts";
import { openDemoDatabase } from "./demo-cache.ts";
import { type DemoServer, startDemoServer } from "./demo-server.ts";
import { axeViolations } from "./lib/browser.ts";

/**
 * The meeting room in Chromium: two members vote from their own devices while the room
 * display follows without a reload; every room page passes axe on the iPad in both
 * orientations (1024×768 and 810×1080).
 */

const enabled = hasChromium();
let server: DemoServer;
let w: HoldWorld;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!enabled) return;
  const database = await openDemoDatabase(null);
  w = await createHoldWorld(database.db);
  await database.db
    .update(meetings)
    .set({ roomStatus: "running", currentItemId: w.items[1]?.id ?? null })
    .where(eq(meetings.id, w.meeting.id));
  server = await startDemoServer({}, database);
}, 180_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close();
  await server?.database.close();
});

/** A browser signed in as the user (a session made as logging in would). */
async function signedIn(userId: number): Promise<Page> {
  const context = await launchChromium();
  contexts.push(context);
  const { token } = await createSession(server.database.db, userId);
  await context.addCookies([{ name: cookieNames(false).session, value: token, url: server.url }]);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1024, height: 768 });
  return page;
}

async function axeAtBothSizes(page: Page, name: string, problems: Record<string, string[]>) {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 810, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    const found = await axeViolations(page);
    if (found.length > 0) problems[`${name} ${size.width}`] = found;
  }
}

describe.skipIf(!enabled)("the meeting room in Chromium", () => {
  it("two members vote from their devices and the room display updates without reload", async () => {
    const { db } = server.database;
    const problems: Record<string, string[]> = {};
    const base = `${server.url}/app/moeder/${w.meeting.id}`;
    // A second member with a user of their own, sitting in the meeting.
    const karinUser = await createUser(db, {
      organisationId: w.org.id,
      name: "Karin Kasserer",
      roles: [{ role: "member", committeeId: w.committee.id }],
    });
    const karin = w.meeting.participants.find((p) => p.name === "Karin Kasserer");
    await db
      .update(meetingParticipants)
      .set({ userId: karinUser.id })
      .where(eq(meetingParticipants.id, karin?.id ?? 0));

    const screen = await signedIn(w.users.secretary.id);
    await screen.goto(`${base}/skaerm`);
    await screen.waitForSelector("[data-room-ready=true]");
    await expect(screen.locator("[data-room-slot=quorum]").textContent()).resolves.toContain(
      "Beslutningsdygtigt: 4 af 4 medlemmer deltager i behandlingen.",
    );
    await screen.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await axeAtBothSizes(screen, "skaerm", problems);

    const mads = await signedIn(w.users.member.id);
    const kasserer = await signedIn(karinUser.id);
    for (const page of [mads, kasserer]) {
      await page.goto(`${base}/deltag`);
      await page.waitForSelector("[data-room-ready=true]");
    }
    await axeAtBothSizes(mads, "deltag", problems);

    const { id } = await openVote(db, w.secretary, {
      meetingId: w.meeting.id,
      itemId: w.items[1]?.id ?? 0,
      subject: "Indstillingen",
    });
    await expect(
      screen.locator("[data-room-slot=vote]").getByText("0 af 4 har stemt").waitFor(),
    ).resolves.toBeUndefined();
    // The devices reload themselves to show the ballot; each member votes.
    await mads.getByRole("button", { name: "For", exact: true }).click();
    await mads.getByText("Din stemme er afgivet: For.").waitFor();
    await kasserer.getByRole("button", { name: "Imod", exact: true }).click();
    await kasserer.getByText("Din stemme er afgivet: Imod.").waitFor();
    await axeAtBothSizes(kasserer, "deltag efter stemme", problems);
    await screen.locator("[data-room-slot=vote]").getByText("2 af 4 har stemt").waitFor();

    // Two of the four have not voted: the chair closes anyway.
    await closeVote(db, w.secretary, { meetingId: w.meeting.id, voteId: id, evenIfMissing: true });
    await screen
      .locator("[data-room-slot=vote]")
      .getByText("Ikke vedtaget (For 1, imod 1, undlod 0)", { exact: false })
      .waitFor();
    await expect(
      screen.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).resolves.toBe(true);

    const console = await signedIn(w.users.secretary.id);
    await console.goto(`${base}/ordstyrer`);
    await axeAtBothSizes(console, "ordstyrer", problems);
    await console.goto(`${base}/live`);
    await axeAtBothSizes(console, "live", problems);
    expect(problems).toEqual({});
  }, 120_000);
});
