/** Texts of the OParl API: names of objects it makes up, and its refusals. */
export const oparlMessages = {
  systemName: "Referat: dagsordener og referater",
  files: {
    "dokument.pdf": { agenda: "Dagsorden (PDF)", minutes: "Referat (PDF)" },
    "dokument.docx": { agenda: "Dagsorden (Word)", minutes: "Referat (Word)" },
    "med-bilag.pdf": { agenda: "Dagsorden med bilag (PDF)", minutes: "Referat med bilag (PDF)" },
  },
  organizationType: { political: "Politisk udvalg", administrative: "Administrativt forum" },
  term: (start: number, end: number) => `Valgperioden ${start}-${end}`,
  withdrawn: "Punktet er trukket",
  closed: "Lukket punkt",
  errors: {
    notFound: "Objektet findes ikke, eller det er ikke offentligt.",
    page: "Sidetallet skal være et helt tal fra 1 og opefter, fx ?page=2.",
    dateTime: (name: string) =>
      `»${name}« skal være et tidspunkt med tidszone, fx ${name}=2026-01-01T00:00:00%2B01:00 (»+« skrives %2B i en adresse).`,
    pageBeyond: (last: number) => `Listen har ${last} ${last === 1 ? "side" : "sider"}.`,
  },
} as const;
