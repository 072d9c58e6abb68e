import { z } from "zod";
import { agendaMessages } from "../../i18n/da/agenda.ts";
import { minutesOfDay } from "../agenda/agenda-layout.ts";
import { DomainError } from "../domain-error.ts";
import { REPEATS, type Repeat } from "./series-dates.ts";

const e = agendaMessages.planErrors;
const l = agendaMessages.plan;

/** What the planning form sends (all text, as a browser sends it). */
export interface PlanMeetingInput {
  committeeId: number;
  date: string;
  start: string;
  end: string;
  location: string;
  /** Committee members invited; all of them when omitted. */
  participantUserIds?: number[] | undefined;
  /** One guest per line: "Name" or "Name, title". */
  guests?: string | undefined;
  repeat?: string | undefined;
  count?: string | number | undefined;
}

export interface ValidPlan {
  committeeId: number;
  date: string;
  start: string;
  end: string;
  location: string;
  participantUserIds: number[] | null;
  guests: { name: string; title: string | null }[];
  repeat: Repeat;
  count: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const countSchema = z.coerce.number().int().min(2).max(52);

/** Checks the form; every problem at once in a Danish DomainError. */
export function validatePlan(input: PlanMeetingInput): ValidPlan {
  const problems: string[] = [];
  const date = input.date.trim();
  const start = input.start.trim();
  const end = input.end.trim();
  const location = input.location.trim().replace(/\s+/g, " ");
  if (!validDate(date)) problems.push(e.date);
  const startMin = TIME.test(start) ? minutesOfDay(start) : null;
  const endMin = TIME.test(end) ? minutesOfDay(end) : null;
  if (startMin === null) problems.push(e.start);
  if (endMin === null) problems.push(e.end);
  if (startMin !== null && endMin !== null && endMin <= startMin) problems.push(e.endBeforeStart);
  if (!location) problems.push(e.location);
  if (location.length > 200) problems.push(e.tooLong(l.location, 200));
  const repeat = (input.repeat ?? "none") as Repeat;
  if (!REPEATS.includes(repeat)) problems.push(e.repeat);
  let count = 1;
  if (repeat !== "none" && REPEATS.includes(repeat)) {
    const parsed = countSchema.safeParse(input.count);
    if (parsed.success) count = parsed.data;
    else problems.push(e.count);
  }
  const guests: ValidPlan["guests"] = [];
  for (const line of (input.guests ?? "").split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [name = "", ...rest] = line.split(",");
    const title = rest.join(",").trim();
    if (!name.trim()) problems.push(e.guest(line.trim()));
    else if (line.length > 300) problems.push(e.tooLong(l.guests, 300));
    else guests.push({ name: name.trim(), title: title || null });
  }
  if (guests.length > 50) problems.push(e.tooLong(l.guests, 50));
  if (problems.length > 0) {
    throw new DomainError("invalid", problems.join(" "), problems);
  }
  return {
    committeeId: input.committeeId,
    date,
    start,
    end,
    location,
    participantUserIds: input.participantUserIds ?? null,
    guests,
    repeat,
    count,
  };
}
