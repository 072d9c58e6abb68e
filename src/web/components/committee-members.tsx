import { afterParticipantName } from "../../domain/meeting/participant-title.ts";
import type { PublicMember } from "../../domain/publication/list-public-members.ts";
import { rosterMessages } from "../../i18n/da/roster.ts";

/** Formand and næstformand are named as such; a member by name alone; each as the minutes do. */
function lineOf(member: PublicMember): string {
  const { role } = member;
  const name = `${member.name}${afterParticipantName({ title: member.printedTitle })}`;
  return role === "chair" || role === "vice_chair"
    ? `${rosterMessages.roles[role]}: ${name}`
    : name;
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
