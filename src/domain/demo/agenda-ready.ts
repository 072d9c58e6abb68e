import type { Tx } from "../../db/client.ts";
import { caseFields, cases, committeeThemes, standingItems } from "../../db/schema/index.ts";
import { purposeFromTitle } from "../case/purpose.ts";
import { richTextFrom } from "../richtext/rich-text-from.ts";
import { template2025 } from "../template/standard-templates.ts";
import type { DemoUsers } from "./demo-users.ts";

/** Cases approved for Økonomiudvalget and waiting for its next agenda. */
const ready = [
  {
    title: "Beslutning om anlægsplan for cykelstier",
    minutes: 20,
    journal: "05.01.00-P15-4-26",
    resume: "Forslag til rækkefølgen af de næste fem cykelstier.",
    body: "Forvaltningen har vurderet trafiksikkerhed, skoleveje og pris for hver strækning.",
  },
  {
    title: "Orientering om kvartalsregnskab for 2. kvartal",
    minutes: 15,
    journal: "00.30.10-Ø00-3-26",
    resume: "Forbruget følger budgettet; to områder har merforbrug.",
    body: "Merforbruget ligger på specialundervisning og vintertjeneste og forventes delvist dækket.",
  },
  {
    title: "Beslutning om takster for svømmehallen",
    minutes: 10,
    journal: "18.15.00-Ø00-3-26",
    resume: "Forslag om uændrede takster for børn og højere takster for voksne.",
    body: "Taksterne har ikke været reguleret i fire år. Forslaget dækker de højere energiudgifter.",
  },
  {
    title: "Drøftelse af principper for budgetlægningen",
    minutes: 30,
    journal: "00.30.00-S00-1-26",
    resume: "Oplæg til principper for næste års budgetproces.",
    body: "Udvalget drøfter rammestyring, puljer og hvordan borgerne inddrages i budgettet.",
  },
  {
    title: "Beslutning om salg af ubebygget grund ved Stationsvej",
    minutes: 15,
    journal: "82.06.02-G00-5-26",
    resume: "Forslag om at udbyde grunden til salg i offentligt udbud.",
    body: "Grunden er ikke længere nødvendig for kommunens egne formål. Den vurderes til 4,2 mio. kr.",
  },
  {
    title: "Orientering om status på energirenovering af skoler",
    minutes: 10,
    journal: "81.03.00-G01-3-26",
    resume: "Tre af fem skoler er energirenoveret; to følger næste år.",
    body: "Energiforbruget på de renoverede skoler er faldet med en fjerdedel.",
  },
];

const standing = [
  {
    placement: "first" as const,
    title: "Godkendelse af dagsorden og referat",
    minutes: 5,
    approvesMinutes: true,
  },
  {
    placement: "last" as const,
    title: "Temaer til kommende møder og eventuelt",
    minutes: 10,
    approvesMinutes: false,
  },
];

/**
 * What the agenda tools need: every committee's standing items, cases approved for
 * Økonomiudvalget (committee 3) that no agenda holds yet, and a few themes in its backlog.
 */
export async function addAgendaReadyData(
  tx: Tx,
  organisationId: number,
  committeeIds: number[],
  templateId: number,
  users: DemoUsers,
): Promise<void> {
  await tx.insert(standingItems).values(
    committeeIds.flatMap((committeeId) =>
      standing.map((s) => ({
        committeeId,
        placement: s.placement,
        position: 0,
        title: s.title,
        purpose: purposeFromTitle(s.title),
        durationMinutes: s.minutes,
        approvesMinutes: s.approvesMinutes,
      })),
    ),
  );
  const committeeId = committeeIds[2];
  if (committeeId === undefined) return;
  const rows = await tx
    .insert(cases)
    .values(
      ready.map((r) => ({
        organisationId,
        committeeId,
        templateId,
        title: r.title,
        purpose: purposeFromTitle(r.title),
        journalNumber: r.journal,
        status: "approved" as const,
        authorId: users.author,
        approverId: users.approver,
        durationMinutes: r.minutes,
      })),
    )
    .returning({ id: cases.id });
  const none = "Intet at bemærke.";
  const text = (key: string, r: (typeof ready)[number]) =>
    key === "indstilling"
      ? "Direktøren for Økonomi & Stab indstiller,\n1. at forslaget godkendes"
      : key === "resume"
        ? r.resume
        : key === "sagsfremstilling"
          ? r.body
          : none;
  await tx.insert(caseFields).values(
    ready.flatMap((r, i) =>
      template2025.fields
        .filter((f) => f.required)
        .map((f, position) => ({
          caseId: (rows[i] as { id: number }).id,
          position,
          key: f.key,
          label: f.label,
          public: f.public,
          required: f.required,
          kind: f.kind ?? ("text" as const),
          ...richTextFrom(text(f.key, r)),
        })),
    ),
  );
  await tx.insert(committeeThemes).values(
    ["Klimatilpasning i boligområderne", "Erfaringer med borgerbudgetter"].map((title) => ({
      organisationId,
      committeeId,
      title,
      createdById: users.secretary,
    })),
  );
}
