/**
 * The two case templates municipalities use today, with guidance (when to write what) and an
 * example per field. They are data: an organisation gets copies it can edit.
 */
export interface TemplateFieldSpec {
  key: string;
  label: string;
  guidance: string;
  example: string;
  required: boolean;
  public: boolean;
  /** "recommendations": a lead-in and numbered "at"-points, checked when the case is sent. */
  kind?: "text" | "recommendations";
}

export interface TemplateSpec {
  name: string;
  fields: TemplateFieldSpec[];
}

const recommendation: TemplateFieldSpec = {
  key: "indstilling",
  label: "Indstilling",
  guidance:
    "Skriv hvem der indstiller, og hvad udvalget skal gøre, som en nummereret liste der begynder med »at«. Én beslutning pr. punkt, så hver kan vedtages for sig.",
  example:
    "Kommunaldirektøren indstiller,\n1. at orienteringen tages til efterretning\n2. at den videre proces godkendes",
  required: true,
  public: true,
  kind: "recommendations",
};

export const template2025: TemplateSpec = {
  name: "Sagsskabelon 2025",
  fields: [
    recommendation,
    {
      key: "resume",
      label: "Resumé",
      guidance:
        "Højst fem linjer: hvad sagen handler om, og hvad der skal besluttes. Læseren skal kunne stoppe her og vide nok.",
      example:
        "Sagen handler om status på centraliseringen af lønfunktionen. Chefforum orienteres om valg af konsulenthus og den videre proces.",
      required: true,
      public: true,
    },
    {
      key: "sagsfremstilling",
      label: "Sagsfremstilling",
      guidance:
        "Baggrund, fakta og vurdering. Tidsforbruget på mødet skrives i feltet under »Om sagen«, ikke i teksten. Brug rigtige underoverskrifter (ikke fed eller kursiv), så skærmlæsere kan læse dem op.",
      example:
        "(10 min.)\n\nKommunen har indhentet tilbud fra tre konsulenthuse. Tilbuddene er vurderet på pris, erfaring og metode.",
      required: true,
      public: true,
    },
    {
      key: "vision",
      label: "Kommunens vision og politikker",
      guidance:
        "Hvilken politik eller målsætning sagen understøtter. Skriv »Intet at bemærke.« hvis sagen ikke berører nogen.",
      example: "Sagen understøtter Beskæftigelsespolitikkens mål om flere unge i job.",
      required: true,
      public: true,
    },
    {
      key: "oekonomi",
      label: "Økonomi",
      guidance:
        "Udgifter, indtægter og finansiering, med beløb og år. Skriv »Intet at bemærke.« hvis ingen.",
      example: "Udgiften på 250.000 kr. afholdes inden for afdelingens ramme i 2026.",
      required: true,
      public: true,
    },
    {
      key: "lovgrundlag",
      label: "Lovgrundlag",
      guidance: "Den lov eller bekendtgørelse sagen hviler på, med paragraf.",
      example: "Lov om kommunernes styrelse § 10.",
      required: true,
      public: true,
    },
    {
      key: "borgerperspektiv",
      label: "Borgerperspektiv",
      guidance: "Hvordan sagen mærkes af borgerne, og om de er inddraget.",
      example: "Borgerne er inddraget gennem et borgermøde den 25. marts.",
      required: true,
      public: true,
    },
    {
      key: "historik",
      label: "Historik",
      guidance: "Tidligere behandlinger af sagen: udvalg, dato og beslutning. Kan udelades.",
      example: "Chefforum drøftede sagen den 15. januar 2025.",
      required: false,
      public: true,
    },
  ],
};

export const template2017: TemplateSpec = {
  name: "Sagsskabelon 2017",
  fields: [
    {
      key: "anledning",
      label: "Anledning",
      guidance: "Hvorfor sagen kommer nu, i en eller to sætninger.",
      example: "Status på arbejdet med introduktion for nye fagudvalg.",
      required: true,
      public: true,
    },
    {
      key: "sagsfremstilling",
      label: "Sagsfremstilling",
      guidance: "Baggrund, fakta og vurdering. Brug rigtige underoverskrifter.",
      example: "Arbejdsgruppen har identificeret tre temaer, som er beskrevet i vedlagte bilag.",
      required: true,
      public: true,
    },
    recommendation,
  ],
};
