import type { Db } from "../../db/client.ts";
import { listPublicCommittees, type PublicCommittee } from "./list-public-committees.ts";
import { listPublicMeetingYears } from "./list-public-meeting-years.ts";

/** An organisation as the public sees it: its committees with public meetings, and their years. */
export interface PublicBody {
  id: number;
  name: string;
  committees: PublicCommittee[];
  /** Years with a public meeting, newest first. */
  years: number[];
}

/** Organisations with at least one public meeting, by name. */
export async function listPublicBodies(db: Db): Promise<PublicBody[]> {
  const bodies = new Map<number, PublicBody>();
  for (const c of await listPublicCommittees(db)) {
    const body = bodies.get(c.organisationId) ?? {
      id: c.organisationId,
      name: c.organisationName,
      committees: [],
      years: [],
    };
    body.committees.push(c);
    bodies.set(c.organisationId, body);
  }
  for (const body of bodies.values()) {
    const ids = body.committees.map((c) => c.id);
    body.years = (await listPublicMeetingYears(db, ids)).map((y) => y.year);
  }
  return [...bodies.values()];
}
