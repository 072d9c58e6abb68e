import type { PublicMember } from "../../domain/publication/list-public-members.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";

/** »Anne Hansen (A), borgmester«: a member's name as the minutes print it. */
function nameOf(member: PublicMember): string {
  const party = member.party ? ` (${member.party})` : "";
  return `${member.name}${party}${member.title ? `, ${member.title}` : ""}`;
}

/** Formand and næstformand are named as such; a member by name alone. */
function lineOf(member: PublicMember): string {
  const { role } = member;
  return role === "chair" || role === "vice_chair"
    ? `${rosterMessages.roles[role]}: ${nameOf(member)}`
    : nameOf(member);
}

/** Who sits on the committee today. */
export function CommitteeMembers(props: { members: PublicMember[] }) {
  if (props.members.length === 0) return null;
  return (
    <ul class="committee-members">
      {props.members.map((member) => (
        <li>{lineOf(member)}</li>
      ))}
    </ul>
  );
}
