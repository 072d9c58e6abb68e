/** Messages of the `referat` command line. */
export const cliMessages = {
  usage: `Brug: referat <kommando> [valg]

Kommandoer:
  import [--dry-run] [--json] [--publish] [--organisation NAVN] STI
      Indlæser gamle referater (tekst, PDF eller Word). STI er en fil eller en mappe.
      --dry-run   læs og vis resultatet uden at gemme
      --json      skriv resultatet som JSON (kun JSON på standard output)
      --publish   offentliggør møderne med det samme (ellers ses de kun af medarbejdere);
                  lukkede punkter vises også da kun med titel, begrundelse og åben beslutning
  render (--from FIL | --meeting ID) --format pdf|docx|html [--public] [--package]
         [--organisation NAVN] -o UD
      Danner dagsorden eller referat som PDF, Word eller HTML.
      --from FIL      et gammelt referat (tekst, PDF eller Word), læst som ved import
      --meeting ID    et møde i databasen
      --public        den offentlige udgave: lukkede punkter kun med titel, begrundelse og
                      åben beslutning
      --package       PDF med dagsordenen efterfulgt af alle bilag (kun med --meeting)
      -o UD           filen, der skrives (- for standard output)
  check [--json] FIL
      Tjekker en tekst (.txt, .html eller .docx): LIX, stavning og tilgængelighed.
      --json      skriv resultatet som JSON med nøglerne lix, spelling og accessibility
  demo [--years N] [--committees N] [--seed N]
      Opretter Eksempel Kommune med demodata over N år og N udvalg.
  reindex
      Bygger søgeindekset forfra ud fra de offentliggjorte møder (også bilagenes tekst).
  sso map-group GRUPPE --role ROLLE [--committee UDVALG] [--organisation NAVN]
  sso unmap-group GRUPPE [--organisation NAVN]
  sso list [--organisation NAVN]
      Knytter en gruppe fra identitetsudbyderen (fx en gruppes objekt-id i Entra ID) til en
      rolle i hele kommunen eller i ét udvalg. Brugerne får og mister roller ved næste log ind.
      --role         admin, secretary, author, approver eller member
      --committee    udvalgets kortnavn (som i adressen /udvalg/KORTNAVN)
      --organisation kommunens navn (kan udelades, når der kun er én)`,
  unknownCommand: (name: string) => `Ukendt kommando: ${name}`,
  badOption: (message: string) => `Ugyldigt valg: ${message}`,
  unknownOption: (option: string) => `Ukendt valg: ${option}`,
  optionNeedsValue: (option: string) => `Valget ${option} skal have en værdi.`,
  missingPath: "Angiv en fil eller en mappe, der skal importeres.",
  pathNotFound: (path: string) => `${path}: filen eller mappen findes ikke`,
  emptyFolder: (path: string) => `${path}: mappen indeholder ingen filer`,
  notANumber: (option: string) => `${option} skal være et positivt heltal`,
  manyOrganisations: "Databasen har flere kommuner. Angiv hvilken med --organisation NAVN.",
  created: (file: string, committee: string, date: string, items: number) =>
    `Importeret: ${file} → ${committee} ${date} (${items} punkter)`,
  unchanged: (file: string, id: number) =>
    `Uændret: ${file} er allerede importeret (møde ${id}); intet blev ændret`,
  duplicate: (file: string, id: number, from: string | null) =>
    `Sprunget over: ${file} beskriver et møde, der allerede findes (møde ${id}${from ? `, importeret fra ${from}` : ""})`,
  failed: (message: string) => `Fejl: ${message}`,
  notStored: (file: string, reason: string) => `${file}: kunne ikke gemmes (${reason})`,
  summary: (created: number, unchanged: number, skipped: number, failed: number) =>
    `I alt: ${created} importeret, ${unchanged} uændret, ${skipped} sprunget over, ${failed} fejl`,
  dryRunItem: (number: number, title: string, journal: string | null) =>
    `  Punkt ${number}: ${title}${journal ? ` (${journal})` : ""}`,
  dryRunHeader: (committee: string, date: string, items: number) =>
    `${committee} ${date}: ${items} punkter (intet gemt)`,
  warning: (text: string) => `  Advarsel: ${text}`,
  privacyFound: (file: string, n: number) =>
    `  Advarsel: ${file} indeholder ${n === 1 ? "1 tal, der ligner et CPR-nummer" : `${n} tal, der ligner CPR-numre`}; de skjules som XXXXXX-XXXX, når mødet offentliggøres.`,
  demoExists: "Demodata findes allerede i databasen (Eksempel Kommune). Brug en tom datamappe.",
  demoDone: (meetings: number, items: number, committees: number, seconds: string) =>
    `Demodata oprettet: ${committees} udvalg, ${meetings} møder, ${items} punkter på ${seconds} s`,
  progress: "Importerer",
  reindex: {
    noArguments: "reindex tager ingen argumenter.",
    done: (meetings: number, documents: number, seconds: string) =>
      `Søgeindekset er bygget: ${meetings} offentlige møder, ${documents} dokumenter på ${seconds} s`,
  },
  sso: {
    actionRequired: "Angiv map-group, unmap-group eller list efter sso.",
    groupRequired: "Angiv gruppen, fx sso map-group 8f1c…-gruppe-id --role secretary.",
    roleRequired: "Angiv rollen med --role (admin, secretary, author, approver eller member).",
    unmapTakesGroupOnly: "unmap-group fjerner alle gruppens roller og tager kun gruppen.",
    tooManyArguments: "For mange argumenter til sso.",
    organisationNotFound: (name: string) => `Kommunen ${name} findes ikke. Intet er ændret.`,
    none: "Ingen grupper giver roller endnu.",
  },
  render: {
    sourceRequired: "Angiv enten --from FIL eller --meeting ID (ikke begge).",
    formatRequired: "Angiv --format pdf, docx eller html.",
    outputRequired: "Angiv hvor dokumentet skal skrives med -o UD (- for standard output).",
    packageNeedsMeeting: "--package kræver --meeting ID og --format pdf.",
    meetingNotFound: (id: number) => `Mødet ${id} findes ikke.`,
    notPublic: (id: number) =>
      `Mødet ${id} er ikke offentliggjort, så der findes ingen offentlig udgave.`,
    written: (path: string, bytes: number) => `Skrevet: ${path} (${bytes} byte)`,
    note: (text: string) => `  Bemærk: ${text}`,
  },
} as const;
