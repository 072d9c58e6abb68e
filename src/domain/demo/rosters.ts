import type { Tx } from "../../db/client.ts";
import { insertRows } from "../../db/insert-rows.ts";
import { persons, rosterMemberships } from "../../db/schema/index.ts";
import type { RosterRole } from "../roster/roster-rules.ts";
import { addDays } from "./calendar.ts";
import type { DemoCommittee } from "./committees.ts";

/** One place on a demo committee's roster. */
interface Seat {
  name: string;
  title?: string;
  /** Party letter, or the group someone sits for in an administrative forum. */
  party: string;
  role: RosterRole;
  /** A substitute's member, by name. */
  for?: string;
  /** A former member: left before the first demo meeting. */
  former?: boolean;
}

const economy: Seat[] = [
  { name: "Birgitte Holm", title: "Borgmester", party: "A", role: "chair" },
  { name: "Søren Friis", party: "V", role: "vice_chair" },
  { name: "Mads Medlem", party: "F", role: "member" },
  { name: "Aisha Rahimi", party: "Ø", role: "member" },
  { name: "Karsten Møller", party: "C", role: "member" },
  { name: "Henrik Dahl", party: "A", role: "member" },
  { name: "Nanna Vinther", party: "B", role: "member" },
  { name: "Kim Lauridsen", party: "O", role: "member", former: true },
  { name: "Lotte Kjær", party: "A", role: "substitute", for: "Birgitte Holm" },
  { name: "Jesper Vang", party: "F", role: "substitute", for: "Mads Medlem" },
];

const ROSTERS: Record<string, Seat[]> = {
  Chefforum: [
    { name: "Hanne Lindberg", title: "Kommunaldirektør", party: "Direktionen", role: "chair" },
    {
      name: "Peter Skov",
      title: "Direktør for By, Kultur & Miljø",
      party: "Direktionen",
      role: "vice_chair",
    },
    {
      name: "Gitte Godkender",
      title: "Direktør for Børn & Velfærd",
      party: "Direktionen",
      role: "member",
    },
    {
      name: "Morten Aagaard",
      title: "Afdelingschef for Økonomi & Stab",
      party: "Afdelingschefer",
      role: "member",
    },
    {
      name: "Lene Østergaard",
      title: "Afdelingschef for Dagtilbud & Skole",
      party: "Afdelingschefer",
      role: "member",
    },
    {
      name: "Jonas Bech",
      title: "Afdelingschef for Miljø & Teknik",
      party: "Afdelingschefer",
      role: "member",
    },
    {
      name: "Ditte Holst",
      title: "Souschef, Økonomi & Stab",
      party: "Afdelingschefer",
      role: "substitute",
      for: "Morten Aagaard",
    },
  ],
  KommuneMED: [
    { name: "Hanne Lindberg", title: "Kommunaldirektør", party: "Ledelsen", role: "chair" },
    { name: "Camilla Juhl", party: "FOA", role: "vice_chair" },
    {
      name: "Peter Skov",
      title: "Direktør for By, Kultur & Miljø",
      party: "Ledelsen",
      role: "member",
    },
    {
      name: "Gitte Godkender",
      title: "Direktør for Børn & Velfærd",
      party: "Ledelsen",
      role: "member",
    },
    { name: "Rasmus Krogh", party: "BUPL", role: "member" },
    { name: "Helle Due", party: "HK", role: "member" },
    { name: "Bo Winther", party: "3F", role: "member" },
    { name: "Tina Friis", party: "FOA", role: "substitute", for: "Camilla Juhl" },
  ],
  Økonomiudvalget: economy,
  Kommunalbestyrelsen: [
    ...economy.filter((s) => !s.former),
    { name: "Ole Bruun", party: "O", role: "member" },
    { name: "Maja Lind", party: "I", role: "member" },
    { name: "Thomas Krag", party: "Å", role: "member" },
    { name: "Pernille Storm", party: "V", role: "member" },
    { name: "Yasmin Ali", party: "A", role: "member" },
  ],
};

/** A demo person's e-mail address: firstname.lastname@eksempel.dk. */
export const demoEmailOf = (name: string) =>
  `${name.toLowerCase().replace(/[^a-zæøå]+/g, ".")}@eksempel.dk`;

/** Who sits on a demo committee's roster now (former members left out), substitutes too. */
export function demoRosterNames(committee: string): string[] {
  return (ROSTERS[committee] ?? economy).filter((s) => !s.former).map((s) => s.name);
}

/** The substitutes on a demo committee's roster, with the member each stands in for. */
export function demoSubstitutes(committee: string): { name: string; for: string }[] {
  return (ROSTERS[committee] ?? economy).flatMap((s) =>
    s.role === "substitute" && s.for ? [{ name: s.name, for: s.for }] : [],
  );
}

/**
 * The demo committees' rosters: seven to fifteen persons each with a party (or group), a formand,
 * a næstformand and substitutes; a person is one row however many committees they sit on, and
 * linked to the demo user of the same name. Memberships run from the first demo meeting, open-
 * ended, except a former member, who left the day before the first one. Answers each person by
 * name.
 */
export async function insertDemoRosters(
  tx: Tx,
  organisationId: number,
  committees: { spec: DemoCommittee; id: number }[],
  usersByName: Map<string, number>,
  from: string,
): Promise<Map<string, number>> {
  const seats = committees.map((c) => ({ ...c, seats: ROSTERS[c.spec.name] ?? economy }));
  const people = new Map<string, Seat>();
  for (const { seats: list } of seats)
    for (const s of list) if (!people.has(s.name)) people.set(s.name, s);
  const names = [...people.keys()];
  const ids = await insertRows(
    tx,
    persons,
    names.map((name) => {
      const s = people.get(name) as Seat;
      const userId = usersByName.get(name) ?? null;
      return {
        organisationId,
        name,
        title: s.title ?? null,
        party: s.party,
        email: demoEmailOf(name),
        userId,
      };
    }),
  );
  const byName = new Map(names.map((name, i) => [name, ids[i] as number]));
  // A former member sat in the electoral period before the first demo meeting: the roster
  // shows them as past, and no demo meeting counts a seat nobody was invited to.
  const formerFrom = addDays(from, -4 * 365);
  const formerTo = addDays(from, -1);
  await insertRows(
    tx,
    rosterMemberships,
    seats.flatMap(({ id, seats: list }) =>
      list.map((s) => ({
        organisationId,
        committeeId: id,
        personId: byName.get(s.name) as number,
        role: s.role,
        startsOn: s.former ? formerFrom : from,
        endsOn: s.former ? formerTo : null,
        substituteForId: s.for ? (byName.get(s.for) ?? null) : null,
      })),
    ),
  );
  return byName;
}
