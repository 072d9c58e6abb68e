/** The accessibility statement (tilgængelighedserklæring) of the public portal. */
export const accessibilityMessages = {
  title: "Tilgængelighedserklæring",
  lead: "Vi ønsker, at alle kan læse kommunens dagsordener og referater, også med skærmlæser, forstørrelse, talegenkendelse eller tastatur alene.",
  sections: [
    {
      heading: "Lovgrundlag og standard",
      paragraphs: [
        "Siden er omfattet af lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven). Den skal overholde standarden EN 301 549, som svarer til WCAG 2.1 på niveau AA.",
      ],
    },
    {
      heading: "Overholdelsesstatus",
      paragraphs: [
        "Siden er delvist i overensstemmelse med WCAG 2.1 niveau AA. Sidernes egen opbygning, farver og navigation overholder standarden. Noget af indholdet, som kommunen offentliggør gennem siden, gør det ikke, se nedenfor.",
      ],
    },
    {
      heading: "Indhold, der ikke er tilgængeligt",
      paragraphs: [
        "Bilag, som kommunen har modtaget fra andre, fx rapporter, tilbud og tegninger i PDF, er ikke altid mærket til skærmlæsere. Kort og tegninger kan ikke altid beskrives fuldt ud i tekst.",
        "Ældre referater er overført fra et tidligere system. Deres overskrifter og opstillinger kan være mindre præcise, og nogle bilag kendes kun ved navn.",
        "Har du brug for et dokument i en anden form, så kontakt kommunen.",
      ],
    },
    {
      heading: "Sådan er siden testet",
      paragraphs: [
        "Forsiden, udvalgssider, møder, punkter og søgning testes automatisk med axe-core i browseren Chromium ved hver ændring af systemet, både i en skærmbredde som en tablet og som en telefon. Siderne virker uden JavaScript og kan betjenes med tastatur. Dagsordener og referater som PDF er mærkede dokumenter med overskrifter og bogmærker.",
      ],
    },
    {
      key: "contact",
      heading: "Feedback og kontakt",
      paragraphs: [
        "Oplever du problemer med at læse eller bruge siden, så skriv til kommunen og fortæl, hvilken side eller hvilket dokument det drejer sig om. Så finder vi en løsning og retter fejlen.",
      ],
    },
    {
      key: "complaint",
      heading: "Klage",
      paragraphs: [
        "Digitaliseringsstyrelsen fører tilsyn med, at offentlige websteder overholder webtilgængelighedsloven. Er du ikke tilfreds med kommunens svar, eller har du ikke fået svar inden for 10 arbejdsdage, kan du henvende dig til Digitaliseringsstyrelsen.",
      ],
    },
  ],
  /** Under »Feedback og kontakt«: the municipality's contact as configured. */
  contactEmail: "Skriv til",
  contactPhone: "Ring på",
  contactMissing:
    "Kommunen har ikke angivet en kontakt til siden endnu. Brug kommunens almindelige kontaktoplysninger på kommunens hjemmeside.",
  complaint: {
    label: "Sådan henvender du dig til Digitaliseringsstyrelsen",
    href: "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/",
  },
  prepared: "Erklæringen blev udarbejdet i november 2026 og gennemgås mindst én gang om året.",
} as const;
