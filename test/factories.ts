import { eq, max } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import {
  agendaItems,
  attachments,
  attendance,
  caseFields,
  cases,
  caseTemplateFields,
  caseTemplates,
  committees,
  decisions,
  meetingParticipants,
  meetings,
  organisations,
  type ProseMirrorDoc,
  sessions,
} from "../src/db/schema/index.ts";
import type { Principal, RoleGrant } from "../src/domain/access/access.policy.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { defaultAttachmentTitle } from "../src/domain/attachment/attachment-title.ts";
import { createUser as createUserUseCase } from "../src/domain/auth/create-user.ts";
import { hashPassword } from "../src/domain/auth/hash-password.ts";
import { hashToken, newToken, SESSION_TTL_MS } from "../src/domain/auth/session-token.ts";
import type {
  AttendanceStatus,
  DecisionOutcome,
  MeetingStatus,
} from "../src/domain/meeting/meeting.types.ts";

/** Factories for tests: each inserts rows with sensible defaults that overrides can change. */

let sequence = 0;
const next = () => ++sequence;

/** Password of every factory user unless another is given. */
export const DEFAULT_PASSWORD = "korrekt-hest-batteri";
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** A ProseMirror document with one paragraph per line of text. */
export function docFromText(text: string): ProseMirrorDoc {
  return {
    type: "doc",
    content: text
      .split("\n")
      .map((line) =>
        line
          ? { type: "paragraph", content: [{ type: "text", text: line }] }
          : { type: "paragraph" },
      ),
  };
}

export async function createOrganisation(
  db: Db,
  overrides: Partial<typeof organisations.$inferInsert> = {},
) {
  const n = next();
  const [row] = await db
    .insert(organisations)
    .values({ slug: `kommune-${n}`, name: `Testkommune ${n}`, ...overrides })
    .returning();
  if (!row) throw new Error("no organisation");
  return row;
}

export async function createCommittee(
  db: Db,
  input: { organisationId: number } & Partial<typeof committees.$inferInsert>,
) {
  const n = next();
  const [row] = await db
    .insert(committees)
    .values({ slug: `udvalg-${n}`, name: `Udvalg ${n}`, ...input })
    .returning();
  if (!row) throw new Error("no committee");
  return row;
}

/** A user who can log in with `password` (default DEFAULT_PASSWORD), holding `roles`. */
export async function createUser(
  db: Db,
  input: {
    organisationId: number;
    roles?: RoleGrant[];
    email?: string;
    name?: string;
    title?: string | null;
    password?: string | null;
  },
) {
  const n = next();
  const password = input.password === undefined ? DEFAULT_PASSWORD : input.password;
  const user = await createUserUseCase(db, {
    organisationId: input.organisationId,
    email: input.email ?? `bruger${n}@test.example`,
    name: input.name ?? `Bruger ${n}`,
    title: input.title ?? null,
    ...(password === null ? { password: null } : { passwordHash: await cachedHash(password) }),
    roles: input.roles ?? [],
  });
  return { ...user, password };
}

/** A session row for the user, as logIn() would create; returns the cookie token. */
export async function createSession(
  db: Db,
  userId: number,
  options: { expiresAt?: Date; lastSeenAt?: Date } = {},
) {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = options.expiresAt ?? new Date(Date.now() + SESSION_TTL_MS);
  const lastSeenAt = options.lastSeenAt ?? null;
  await db
    .insert(sessions)
    .values({ id: hashToken(token), userId, csrfToken, expiresAt, lastSeenAt });
  return { token, csrfToken, expiresAt };
}

export interface ParticipantInput {
  name?: string;
  title?: string | null;
  userId?: number | null;
  guest?: boolean;
  /** Records attendance for the whole meeting. */
  attendance?: AttendanceStatus;
}

export async function createMeeting(
  db: Db,
  input: {
    organisationId: number;
    committeeId: number;
    status?: MeetingStatus;
    startsAt?: string;
    location?: string;
    participants?: ParticipantInput[];
  } & Partial<typeof meetings.$inferInsert>,
) {
  const { participants = [], ...values } = input;
  // A meeting in a published status has been published, unless the test says otherwise.
  const status = values.status ?? "planned";
  const published = new Date("2025-03-05T08:00:00Z");
  const [meeting] = await db
    .insert(meetings)
    .values({
      startsAt: "2025-03-12 09:00:00",
      location: "Mødelokale 1",
      agendaPublishedAt: status === "planned" ? null : published,
      minutesPublishedAt: status.startsWith("minutes") ? published : null,
      ...values,
    })
    .returning();
  if (!meeting) throw new Error("no meeting");
  const rows = [];
  for (const [position, p] of participants.entries()) {
    const [row] = await db
      .insert(meetingParticipants)
      .values({
        meetingId: meeting.id,
        position,
        name: p.name ?? `Deltager ${next()}`,
        title: p.title ?? null,
        userId: p.userId ?? null,
        guest: p.guest ?? false,
      })
      .returning();
    if (!row) throw new Error("no participant");
    if (p.attendance) {
      await db
        .insert(attendance)
        .values({ meetingId: meeting.id, participantId: row.id, status: p.attendance });
    }
    rows.push(row);
  }
  return { ...meeting, participants: rows };
}

export interface AgendaItemInput {
  meetingId: number;
  title?: string;
  number?: number;
  position?: number;
  journalNumber?: string | null;
  closed?: boolean;
  /** An existing case (e.g. relisted after a postponement); no new case or fields then. */
  caseId?: number;
  closureReason?: string | null;
  openDecision?: string | null;
  /** Case fields in order; an item with fields gets a case. */
  fields?: { key?: string; label: string; text: string; public?: boolean }[];
  decision?: { text: string; outcome?: DecisionOutcome };
  attachments?: { name: string; title?: string; public?: boolean }[];
}

/** An agenda item at the end of the meeting, with its case, fields, decision and attachments. */
export async function createAgendaItem(db: Db, input: AgendaItemInput) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, input.meetingId));
  if (!meeting) throw new Error(`no meeting ${input.meetingId}`);
  const [last] = await db
    .select({ position: max(agendaItems.position) })
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meeting.id));
  const position = input.position ?? (last?.position ?? -1) + 1;
  const title = input.title ?? `Punkt ${next()}`;
  const closed = input.closed ?? false;
  const [kase] = input.caseId
    ? await db.select().from(cases).where(eq(cases.id, input.caseId))
    : input.fields
      ? await db
          .insert(cases)
          .values({
            organisationId: meeting.organisationId,
            committeeId: meeting.committeeId,
            title,
            journalNumber: input.journalNumber ?? null,
            status: "scheduled",
            closed,
          })
          .returning()
      : [];
  const [item] = await db
    .insert(agendaItems)
    .values({
      organisationId: meeting.organisationId,
      meetingId: meeting.id,
      caseId: kase?.id ?? null,
      position,
      number: input.number ?? position + 1,
      title,
      journalNumber: input.journalNumber ?? null,
      closed,
      closureReason: input.closureReason ?? null,
      openDecision: input.openDecision ?? null,
    })
    .returning();
  if (!item) throw new Error("no agenda item");
  if (kase && !input.caseId && input.fields && input.fields.length > 0) {
    await db.insert(caseFields).values(
      input.fields.map((f, i) => ({
        caseId: kase.id,
        position: i,
        key: f.key ?? `felt-${i + 1}`,
        label: f.label,
        doc: docFromText(f.text),
        text: f.text,
        public: f.public ?? true,
      })),
    );
  }
  if (input.decision) {
    await db.insert(decisions).values({
      organisationId: meeting.organisationId,
      agendaItemId: item.id,
      outcome: input.decision.outcome ?? "decided",
      doc: docFromText(input.decision.text),
      text: input.decision.text,
    });
  }
  for (const [i, a] of (input.attachments ?? []).entries()) {
    await db.insert(attachments).values({
      organisationId: meeting.organisationId,
      agendaItemId: item.id,
      caseId: kase?.id ?? null,
      position: i,
      name: a.name,
      title: a.title ?? defaultAttachmentTitle(a.name),
      public: a.public ?? true,
    });
  }
  return { ...item, case: kase ?? null };
}

// Case authoring

export interface TemplateFieldInput {
  key: string;
  label?: string;
  guidance?: string;
  example?: string;
  required?: boolean;
  public?: boolean;
  kind?: "text" | "recommendations";
}

/** Recommendation first, two required text fields, one optional non-public field. */
export const DEFAULT_TEMPLATE_FIELDS: TemplateFieldInput[] = [
  { key: "indstilling", label: "Indstilling", required: true, kind: "recommendations" },
  { key: "resume", label: "Resumé", required: true, guidance: "Højst fem linjer." },
  { key: "sagsfremstilling", label: "Sagsfremstilling", required: true },
  { key: "noter", label: "Interne noter", public: false },
];

export async function createCaseTemplate(
  db: Db,
  input: { organisationId: number; name?: string; fields?: TemplateFieldInput[] },
) {
  const [template] = await db
    .insert(caseTemplates)
    .values({ organisationId: input.organisationId, name: input.name ?? `Skabelon ${next()}` })
    .returning();
  if (!template) throw new Error("no template");
  const fields = input.fields ?? DEFAULT_TEMPLATE_FIELDS;
  await db.insert(caseTemplateFields).values(
    fields.map((f, position) => ({
      templateId: template.id,
      position,
      ...f,
      label: f.label ?? f.key,
    })),
  );
  return template;
}

export type FactoryPrincipal = Principal & { id: number; email: string; name: string };

async function principalOf(db: Db, userId: number): Promise<FactoryPrincipal> {
  const principal = await loadPrincipal(db, userId);
  if (!principal) throw new Error(`no user ${userId}`);
  return { ...principal, id: userId, email: principal.user.email, name: principal.user.name };
}

/**
 * A committee with a case template and one user per authoring role on it, as principals:
 * two authors, an approver (and a second), a secretary, an administrator, an author of
 * another committee and a user without roles.
 */
export async function createAuthoringCommittee(
  db: Db,
  input: { organisationId?: number; fields?: TemplateFieldInput[] } = {},
) {
  const organisationId = input.organisationId ?? (await createOrganisation(db)).id;
  const template = await createCaseTemplate(db, { organisationId, fields: input.fields });
  const committee = await createCommittee(db, { organisationId, caseTemplateId: template.id });
  const other = await createCommittee(db, { organisationId });
  const user = async (role: RoleGrant["role"] | null, committeeId = committee.id) => {
    const roles = role ? [{ role, committeeId }] : [];
    return principalOf(db, (await createUser(db, { organisationId, roles, password: null })).id);
  };
  return {
    organisationId,
    committee,
    template,
    author: await user("author"),
    coAuthor: await user("author"),
    approver: await user("approver"),
    otherApprover: await user("approver"),
    secretary: await user("secretary"),
    admin: await user("admin"),
    strangerAuthor: await user("author", other.id),
    outsider: await user(null),
  };
}

export type AuthoringCommittee = Awaited<ReturnType<typeof createAuthoringCommittee>>;

/** A filled-in recommendation: lead-in and "at"-points. */
export function recommendationDoc(...points: string[]): ProseMirrorDoc {
  return {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Direktøren indstiller," }] },
      {
        type: "orderedList",
        attrs: { start: 1 },
        content: points.map((p) => ({
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: p }] }],
        })),
      },
    ],
  };
}

/**
 * A case by the committee's author with every default template field filled in, through the
 * use cases; `submitTo` sends it to that approver, `approve` has them approve it too.
 */
export async function createWrittenCase(
  db: Db,
  world: AuthoringCommittee,
  options: { title?: string; submitTo?: Principal; approve?: boolean } = {},
) {
  const { createCase } = await import("../src/domain/case/create-case.ts");
  const { saveCase } = await import("../src/domain/case/save-case.ts");
  const { submitCase } = await import("../src/domain/case/submit-case.ts");
  const { approveCase } = await import("../src/domain/case/approve-case.ts");
  const title = options.title ?? `Beslutning om sag ${next()}`;
  const created = await createCase(db, world.author, { committeeId: world.committee.id, title });
  let { version } = await saveCase(db, world.author, {
    caseId: created.id,
    version: created.version,
    fields: [
      { key: "indstilling", doc: recommendationDoc("at forslaget godkendes") },
      { key: "resume", doc: docFromText("Kort resumé.") },
      { key: "sagsfremstilling", doc: docFromText("Baggrund og vurdering.") },
    ],
  });
  if (options.submitTo) {
    const approverId = options.submitTo.user.id;
    ({ version } = await submitCase(db, world.author, { caseId: created.id, approverId }));
    if (options.approve)
      ({ version } = await approveCase(db, options.submitTo, { caseId: created.id }));
  }
  return { id: created.id, version };
}
