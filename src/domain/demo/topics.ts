/**
 * Case topics for demo data, written for Eksempel Kommune. "{år}" is replaced by the meeting's
 * year and "{område}" by a district, so twenty years of meetings do not read alike.
 */
export interface Topic {
  title: string;
  journal: string;
  resume: string;
  body: string[];
  recommendation: string[];
  decisions: string[];
  attachments: string[];
  /** Political committees, administrative forums or both. */
  for: "political" | "administrative" | "both";
}

export const districts = ["Nordbyen", "Stationsbyen", "Engkvarteret", "Havneområdet", "Bakkedal"];

export const topics: Topic[] = [
  {
    title: "Orientering om budgetopfølgning pr. 30. april {år}",
    journal: "00.30.10-Ø00-2-{yy}",
    resume:
      "Budgetopfølgningen viser et forventet merforbrug på serviceudgifterne, som skal nedbringes inden årets udgang.",
    body: [
      "Økonomi & Stab har gennemgået forbruget på alle politikområder pr. 30. april {år}.",
      "Opfølgningen viser et forventet merforbrug på 4,2 mio. kr., primært på det specialiserede socialområde og på ældreområdet, hvor antallet af visiterede timer er steget.",
      "Afdelingerne har peget på følgende tiltag:\n- stram styring af eksterne køb\n- genbesættelse af stillinger efter individuel vurdering\n- udskydelse af mindre anlægsprojekter",
    ],
    recommendation: [
      "at orienteringen tages til efterretning",
      "at de foreslåede tiltag iværksættes",
    ],
    decisions: [
      "Orienteringen blev taget til efterretning, og tiltagene blev godkendt.",
      "Godkendt, idet der ønskes en ny status på det specialiserede socialområde efter sommerferien.",
    ],
    attachments: ["Budgetopfølgning pr. 30. april {år}", "Oversigt over tiltag"],
    for: "both",
  },
  {
    title: "Beslutning om ny trafikplan for {område}",
    journal: "05.01.00-P15-3-{yy}",
    resume:
      "Forslag til trafikplan for {område} med lavere hastighed ved skolen og nye cykelstier.",
    body: [
      "Borgerne i {område} har i en årrække ønsket mere sikre skoleveje. Forvaltningen har udarbejdet et forslag til trafikplan i samarbejde med skolebestyrelsen og politiet.",
      "Planen indeholder tre elementer:\n1. hastighedsnedsættelse til 40 km/t omkring skolen\n2. en dobbeltrettet cykelsti langs hovedvejen\n3. to nye hævede flader ved fodgængerovergangene",
      "Anlægsudgiften er anslået til 3,8 mio. kr.",
    ],
    recommendation: [
      "at trafikplanen for {område} godkendes",
      "at der gives anlægsbevilling på 3,8 mio. kr.",
    ],
    decisions: ["Godkendt.", "Godkendt, dog således at cykelstien anlægges først."],
    attachments: ["Trafikplan {område} {år}", "Høringssvar fra skolebestyrelsen"],
    for: "political",
  },
  {
    title: "Drøftelse af rekruttering og fastholdelse af pædagoger",
    journal: "81.02.00-A00-4-{yy}",
    resume:
      "Det bliver sværere at besætte stillinger i dagtilbud. Chefforum drøfter tiltag på tværs af afdelingerne.",
    body: [
      "I {år} har 14 procent af opslåede pædagogstillinger ikke kunnet besættes med uddannet personale.",
      "Dagtilbud & Skole foreslår at styrke samarbejdet med professionshøjskolen, tilbyde flere praktikpladser og give pædagogmedhjælpere mulighed for meritpædagoguddannelse.",
    ],
    recommendation: [
      "at Chefforum drøfter tiltagene",
      "at der udarbejdes en samlet plan til næste møde",
    ],
    decisions: [
      "Chefforum drøftede tiltagene og bakker op om meritforløb. En samlet plan forelægges på et kommende møde.",
      "Drøftet. Der ønskes særligt fokus på fastholdelse af nyuddannede.",
    ],
    attachments: ["Rekrutteringsanalyse dagtilbud {år}"],
    for: "administrative",
  },
  {
    title: "Temadrøftelse af klimatilpasning i {område}",
    journal: "06.00.00-G01-7-{yy}",
    resume:
      "Skybrud har to gange oversvømmet kældre i {område}. Udvalget drøfter mulige løsninger før en egentlig plan.",
    body: [
      "Forsyningen har kortlagt de lavest liggende områder. Løsningerne spænder fra regnvandsbassiner i parkerne til større ledninger under vejene.",
      "Drøftelsen skal give forvaltningen retning for det videre arbejde.",
    ],
    recommendation: ["at temadrøftelsen tages til efterretning"],
    decisions: ["Temadrøftelsen blev taget til efterretning. Løsninger i parkerne foretrækkes."],
    attachments: [],
    for: "political",
  },
  {
    title: "Orientering om sygefravær i 4. kvartal",
    journal: "81.20.00-G01-1-{yy}",
    resume: "Sygefraværet er faldet en smule, men langtidsfraværet er steget på to arbejdspladser.",
    body: [
      "Det samlede sygefravær var i 4. kvartal 5,1 procent mod 5,4 procent året før.",
      "HR følger op sammen med lederne på de arbejdspladser, hvor langtidsfraværet er steget, og tilbyder sparring om fastholdelse.",
    ],
    recommendation: ["at orienteringen tages til efterretning"],
    decisions: ["Orienteringen blev taget til efterretning."],
    attachments: ["Sygefraværsstatistik 4. kvartal"],
    for: "administrative",
  },
  {
    title: "Beslutning om tilskud til foreningslivet {år}",
    journal: "18.15.00-Ø00-2-{yy}",
    resume: "Fordeling af puljen til foreningslivet på i alt 1,2 mio. kr.",
    body: [
      "Der er modtaget 38 ansøgninger om samlet 2,9 mio. kr. Forvaltningen har prioriteret ansøgninger, der når børn og unge, og som samarbejder på tværs af foreninger.",
      "Område | Ansøgt | Indstillet\nIdræt | 1.400.000 | 600.000\nKultur | 900.000 | 350.000\nSocialt | 600.000 | 250.000",
    ],
    recommendation: ["at puljen fordeles som anført i bilaget"],
    decisions: [
      "Godkendt.",
      "Godkendt med den ændring, at kulturområdet tildeles yderligere 50.000 kr.",
    ],
    attachments: ["Oversigt over ansøgninger {år}"],
    for: "political",
  },
  {
    title: "Orientering om arbejdsmiljødrøftelsen {år}",
    journal: "81.38.04-P35-1-{yy}",
    resume: "KommuneMED har gennemført den årlige arbejdsmiljødrøftelse.",
    body: [
      "Den årlige arbejdsmiljødrøftelse blev gennemført på temamødet. Drøftelsen tog udgangspunkt i trivselsmålingen og i status på handleplanerne.",
      "Der blev peget på tre fokusområder for det kommende år: psykisk arbejdsmiljø, ledelse tæt på og ordentlige forhold for nyansatte.",
    ],
    recommendation: ["at orienteringen tages til efterretning"],
    decisions: ["Orienteringen blev taget til efterretning."],
    attachments: ["Referat af temamøde"],
    for: "administrative",
  },
  {
    title: "Beslutning om digital post til alle borgere i hjemmeplejen",
    journal: "85.02.00-A00-3-{yy}",
    resume: "Forslag om at sende besøgsplaner digitalt, så borgere og pårørende altid kan se dem.",
    body: [
      "Hjemmeplejen sender i dag besøgsplaner på papir. En digital løsning vil spare porto og gøre det lettere for pårørende at følge med.",
      "Borgere, der er fritaget for digital post, får fortsat planen på papir.",
    ],
    recommendation: ["at besøgsplaner fremover sendes digitalt"],
    decisions: ["Godkendt."],
    attachments: [],
    for: "both",
  },
  {
    title: "Drøftelse af budgetforslag {år}",
    journal: "00.30.00-S00-1-{yy}",
    resume:
      "Forvaltningens forslag til budget for næste år, herunder reduktionsforslag og nye ønsker.",
    body: [
      "Budgetforslaget er i balance, men forudsætter reduktioner for 12 mio. kr. Forslagene er beskrevet i kataloget.",
      "Der er samtidig ønsker om udvidelser på ældre- og klimaområdet.",
    ],
    recommendation: ["at budgetforslaget drøftes", "at reduktionskataloget sendes i høring"],
    decisions: [
      "Budgetforslaget blev drøftet, og reduktionskataloget sendes i høring.",
      "Budgetforslaget blev drøftet. Udvalget ønsker et supplerende notat om anlægsniveauet.",
    ],
    attachments: ["Budgetforslag {år}", "Reduktionskatalog"],
    for: "political",
  },
  {
    title: "Orientering om ny vejledning til sagsskabelonen",
    journal: "00.15.00-A00-9-{yy}",
    resume: "Vejledningen til sagsskabelonen er opdateret med gode eksempler for hvert felt.",
    body: [
      "Sagsproducenterne har efterspurgt tydelig vejledning i, hvornår der skrives hvad i felterne.",
      "Den nye vejledning har et godt eksempel for hvert felt og beskriver, hvordan man laver rigtige overskrifter, så skærmlæsere kan læse dem op.",
    ],
    recommendation: ["at orienteringen tages til efterretning"],
    decisions: ["Orienteringen blev taget til efterretning."],
    attachments: ["Vejledning til sagsskabelonen"],
    for: "administrative",
  },
  {
    title: "Beslutning om lokalplan for boliger i {område}",
    journal: "01.02.05-P16-12-{yy}",
    resume: "Forslag til lokalplan for 140 nye boliger i {område} efter offentlig høring.",
    body: [
      "Lokalplanforslaget har været i offentlig høring i otte uger. Der er kommet 17 høringssvar, primært om trafik og bygningshøjder.",
      "Forvaltningen foreslår at sænke den højeste bebyggelse fra fem til fire etager.",
    ],
    recommendation: ["at lokalplanen vedtages endeligt med de foreslåede ændringer"],
    decisions: ["Godkendt.", "Godkendt. Et medlem stemte imod."],
    attachments: ["Lokalplan {område}", "Hvidbog over høringssvar"],
    for: "political",
  },
  {
    title: "Drøftelse af fleksible arbejdsformer",
    journal: "81.00.00-A00-6-{yy}",
    resume: "Erfaringer med hjemmearbejde og fremtidige retningslinjer.",
    body: [
      "Efter et års forsøg med fleksible arbejdsformer har HR samlet erfaringerne fra 12 arbejdspladser.",
      "Erfaringerne er overvejende positive, men lederne efterspørger fælles rammer for tilgængelighed og mødedage.",
    ],
    recommendation: ["at Chefforum drøfter udkast til retningslinjer"],
    decisions: ["Drøftet. Udkastet justeres, så hver arbejdsplads selv fastlægger mødedage."],
    attachments: ["Udkast til retningslinjer"],
    for: "administrative",
  },
];

/** Closed items: the content is confidential; title, reason and open decision are public. */
export const closedTopics = [
  {
    title: "Salg af kommunal grund i {område}",
    journal: "82.06.02-G00-4-{yy}",
    reason:
      "Punktet behandles for lukkede døre, da det vedrører forhandlinger om salg af fast ejendom.",
    openDecision: "Salget blev godkendt.",
    body: "FORTROLIGT-DEMO-7F3A Køber har budt 12,4 mio. kr. for grunden. Forhandlingsmandatet er 11,9 mio. kr.",
    decision: "FORTROLIGT-DEMO-7F3A Salget til højestbydende blev godkendt.",
    attachment: "FORTROLIGT-DEMO-7F3A Købstilbud",
  },
  {
    title: "Personalesag",
    journal: "81.03.00-G01-2-{yy}",
    reason: "Punktet behandles for lukkede døre, da det vedrører enkeltpersoners private forhold.",
    openDecision: "Indstillingen blev godkendt.",
    body: "FORTROLIGT-DEMO-7F3A Sagen vedrører en medarbejders helbredsforhold og fratrædelse.",
    decision: "FORTROLIGT-DEMO-7F3A Fratrædelsesaftalen blev godkendt.",
    attachment: "FORTROLIGT-DEMO-7F3A Fratrædelsesaftale",
  },
];
