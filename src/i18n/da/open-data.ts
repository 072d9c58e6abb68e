/** The page about the open data: what other systems can read, and where. */
export const openDataMessages = {
  title: "Åbne data",
  lead: "Alt, hvad der er offentligt her, kan andre systemer også læse: en kommunes hjemmeside, en journalists værktøj, et forskningsprojekt eller en app.",
  api: {
    heading: "OParl-API",
    text: "Arkivet udgives efter den åbne standard OParl 1.1 som JSON. Du kan begynde her og følge links videre til kommunen, udvalgene, deres medlemmer, møderne med punkter og beslutninger, dokumenterne og bilagene:",
    filters:
      "Lister kan afgrænses med created_since, created_until, modified_since og modified_until, så et system kun henter det, der er nyt eller ændret siden sidst.",
  },
  closed: {
    heading: "Det samme som på siden",
    text: "API'et viser aldrig mere, end siderne her gør: et lukket punkt er kun dets nummer, titel og åbne beslutning, tal, der ligner CPR-numre, er skjult, og bilag, der ikke er offentlige, er ikke med.",
  },
  feeds: {
    heading: "Feeds og kalendere",
    text: "Hvert udvalg har et Atom-feed med nye dagsordener og referater og en mødekalender, som kan abonneres på.",
    link: "Se udvalgenes feeds og kalendere",
  },
} as const;
