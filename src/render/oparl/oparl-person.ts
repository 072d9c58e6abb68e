import type { PublicMember, PublicPerson } from "../../domain/publication/list-public-members.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";
import type { OparlUrls } from "./oparl-urls.ts";

/** Committee members as OParl 1.1 Person and Membership objects: only what the portal shows. */

const SCHEMA = "https://schema.oparl.org/1.1";
type Json = Record<string, unknown>;

export function oparlMembership(urls: OparlUrls, member: PublicMember): Json {
  return {
    id: urls.membership(member.membershipId),
    type: `${SCHEMA}/Membership`,
    person: urls.person(member.personId),
    organization: urls.organization(member.committeeId),
    role: rosterMessages.roles[member.role],
    // Substitutes are never listed; formand, næstformand and members vote. The membership's
    // dates are not on the portal, so not here either.
    votingRight: true,
  };
}

/**
 * A person with their memberships inline. The position (»Borgmester«, »Kommunaldirektør«) is
 * not an academic title, so it goes in `status`; a party has no field of its own outside a
 * party Organization, which Referat does not keep.
 */
export function oparlPerson(urls: OparlUrls, bodyId: number, person: PublicPerson): Json {
  return {
    id: urls.person(person.id),
    type: `${SCHEMA}/Person`,
    body: urls.body(bodyId),
    name: person.name,
    ...(person.position ? { status: [person.position] } : {}),
    membership: person.memberships.map((m) => oparlMembership(urls, m)),
  };
}
