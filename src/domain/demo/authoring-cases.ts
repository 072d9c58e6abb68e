import type { Tx } from "../../db/client.ts";
import { caseFields, cases } from "../../db/schema/index.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import type { DemoUsers } from "./demo-users.ts";

const drafts = [
  {
    status: "draft" as const,
    title: "Beslutning om nye åbningstider i Borgerservice",
    resume: "Forslag om længere åbent om torsdagen og kortere om fredagen.",
    body: "Borgerservice har målt henvendelserne i et halvt år. Torsdag eftermiddag er der kø, fredag eftermiddag kommer der næsten ingen.",
  },
  {
    status: "submitted" as const,
    title: "Orientering om status på digitaliseringsstrategien",
    resume: "Status på de ni pilotprojekter i digitaliseringsstrategien.",
    body: "Seks af de ni pilotprojekter er i gang. To afventer leverandør, og ét er stoppet, fordi gevinsten ikke kunne dokumenteres.",
  },
  {
    status: "returned" as const,
    title: "Beslutning om fælles retningslinjer for mødeforplejning",
    resume: "Forslag om fælles og mere klimavenlig mødeforplejning.",
    body: "Afdelingerne bestiller i dag forplejning hos fire forskellige leverandører. En fælles aftale kan spare penge og halvere madspildet.",
  },
  {
    status: "approved" as const,
    title: "Drøftelse af lederudviklingsforløb",
    resume: "Udkast til et fælles forløb for nye ledere.",
    body: "Nye ledere efterspørger et fælles forløb. Forløbet består af fire moduler over et år og afsluttes med et projekt på egen arbejdsplads.",
  },
];

/** Cases still being written or approved, so the authoring flow has something to show. */
export async function addAuthoringCases(
  tx: Tx,
  organisationId: number,
  committeeIds: number[],
  templateIds: { "2025": number },
  users: DemoUsers,
): Promise<void> {
  const rows = await tx
    .insert(cases)
    .values(
      drafts.map((d) => ({
        organisationId,
        committeeId: committeeIds[0] as number,
        templateId: templateIds["2025"],
        title: d.title,
        purpose: purposeFromTitle(d.title),
        status: d.status,
        authorId: users.author,
        approverId: d.status === "draft" ? null : users.approver,
        durationMinutes: 15,
      })),
    )
    .returning({ id: cases.id });
  // Flags as createCase copies them from the 2025 template.
  const field = (caseId: number, position: number, key: string, label: string, text: string) => ({
    caseId,
    position,
    key,
    label,
    required: true,
    kind: key === "indstilling" ? ("recommendations" as const) : ("text" as const),
    ...richTextFrom(text),
  });
  await tx.insert(caseFields).values(
    drafts.flatMap((d, i) => {
      const id = (rows[i] as { id: number }).id;
      return [
        field(
          id,
          0,
          "indstilling",
          "Indstilling",
          "Kommunaldirektøren indstiller,\n1. at forslaget godkendes",
        ),
        field(id, 1, "resume", "Resumé", d.resume),
        field(id, 2, "sagsfremstilling", "Sagsfremstilling", d.body),
      ];
    }),
  );
}
