/** Mails Referat sends, the mail preferences page, and the account pages (forgotten password, invitation). */

/** What a notification mail says about the thing it concerns. */
export interface MailAbout {
  actor: string;
  /** The case title, for case mails. */
  caseTitle: string;
  /** "Økonomiudvalget 12. januar 2027", for meeting mails' subjects. */
  meeting: string;
  /** "Økonomiudvalgets møde den 12. januar 2027", for their sentences. */
  meetingPhrase: string;
}

type Line = (a: MailAbout) => { subject: string; line: string; link: string };

export const mailMessages = {
  greeting: (name: string) => `Kære ${name}`,
  signature: "Venlig hilsen\nReferat",
  preferencesFooter: (url: string) =>
    `Du får denne mail, fordi du bruger Referat. Du kan vælge, hvilke mails du får, og hvornår, under Indstillinger: ${url}`,
  preferencesFooterLink: "Vælg, hvilke mails du får",
  preferencesFooterLead: "Du får denne mail, fordi du bruger Referat.",
  kinds: {
    "case.submitted": (a) => ({
      subject: `Sag til din godkendelse: »${a.caseTitle}«`,
      line: `${a.actor} har sendt sagen »${a.caseTitle}« til din godkendelse.`,
      link: "Åbn sagen",
    }),
    "case.returned": (a) => ({
      subject: `Din sag er sendt retur: »${a.caseTitle}«`,
      line: `${a.actor} har sendt din sag »${a.caseTitle}« retur.`,
      link: "Åbn sagen",
    }),
    "case.approved": (a) => ({
      subject: `Din sag er godkendt: »${a.caseTitle}«`,
      line: `${a.actor} har godkendt din sag »${a.caseTitle}«.`,
      link: "Åbn sagen",
    }),
    mention: (a) => ({
      subject: `Du er nævnt i en kommentar til »${a.caseTitle}«`,
      line: `${a.actor} har nævnt dig i en kommentar til sagen »${a.caseTitle}«.`,
      link: "Læs kommentaren",
    }),
    "agenda.published": (a) => ({
      subject: `Dagsorden udsendt: ${a.meeting}`,
      line: `Dagsordenen til ${a.meetingPhrase} er udsendt.`,
      link: "Se dagsordenen",
    }),
    "agenda.supplement": (a) => ({
      subject: `Tillægsdagsorden udsendt: ${a.meeting}`,
      line: `Der er udsendt en tillægsdagsorden til ${a.meetingPhrase}.`,
      link: "Se dagsordenen",
    }),
    "agenda.corrected": (a) => ({
      subject: `Rettet dagsorden: ${a.meeting}`,
      line: `Der er udsendt en rettet dagsorden til ${a.meetingPhrase}.`,
      link: "Se dagsordenen",
    }),
    "agenda.item_withdrawn": (a) => ({
      subject: `Punkt trukket fra dagsordenen: ${a.meeting}`,
      line: `Et punkt er trukket fra dagsordenen til ${a.meetingPhrase}.`,
      link: "Se dagsordenen",
    }),
    "agenda.item_corrected": (a) => ({
      subject: `Punkt rettet på dagsordenen: ${a.meeting}`,
      line: `Et punkt på dagsordenen til ${a.meetingPhrase} er rettet.`,
      link: "Se dagsordenen",
    }),
    "minutes.published": (a) => ({
      subject: `Referat offentliggjort: ${a.meeting}`,
      line: `Referatet af ${a.meetingPhrase} er offentliggjort.`,
      link: "Se referatet",
    }),
    "minutes.signoff": (a) => ({
      subject: `Godkend referatet af ${a.meetingPhrase}`,
      line: `Referatet af ${a.meetingPhrase} er offentliggjort. Du deltog i mødet, så læs referatet, og godkend det med ét klik.`,
      link: "Læs og godkend referatet",
    }),
    "minutes.note_rejected": (a) => ({
      subject: `Protokoltilførsel ikke medtaget: ${a.meeting}`,
      line: `Sekretæren har ikke medtaget din protokoltilførsel i referatet af ${a.meetingPhrase}. Kontakt sekretæren, hvis du har spørgsmål.`,
      link: "Se referatet",
    }),
    "follow_up.due": (a) => ({
      subject: `Opfølgning med frist i dag: ${a.meeting}`,
      line: `Du har en opfølgningsopgave fra ${a.meetingPhrase} med frist i dag.`,
      link: "Se dine opfølgninger",
    }),
  } as Record<string, Line>,
  someone: "En kollega",

  digest: {
    subject: (count: number) =>
      count === 1 ? "Dagens besked fra Referat" : `Dagens ${count} beskeder fra Referat`,
    intro: (count: number) =>
      count === 1
        ? "Her er dagens besked, som du har valgt at få samlet i én mail:"
        : `Her er dagens ${count} beskeder, som du har valgt at få samlet i én mail:`,
  },

  reset: {
    subject: "Vælg en ny adgangskode til Referat",
    line: "Nogen – forhåbentlig dig – har bedt om at nulstille adgangskoden til din konto i Referat. Brug linket nedenfor for at vælge en ny adgangskode.",
    link: "Vælg en ny adgangskode",
    validity:
      "Linket virker én gang og i 30 minutter. Har du ikke bedt om det, kan du se bort fra denne mail; din adgangskode er ikke ændret.",
  },
  invite: {
    subject: "Du er inviteret til Referat",
    line: (inviter: string, organisation: string) =>
      `${inviter} har oprettet en bruger til dig i Referat hos ${organisation}. Brug linket nedenfor for at vælge din adgangskode.`,
    link: "Vælg din adgangskode",
    validity: (email: string) =>
      `Linket virker én gang og i 7 dage. Derefter logger du ind med e-mailadressen ${email}.`,
  },
} as const;

/** The dashboard's lines for the notifications of publications and follow-ups. */
export const meetingNotificationMessages = {
  "agenda.published": (_actor: string, title: string) => `Dagsordenen til ${title} er udsendt`,
  "agenda.supplement": (_actor: string, title: string) =>
    `Der er udsendt en tillægsdagsorden til ${title}`,
  "minutes.published": (_actor: string, title: string) => `Referatet af ${title} er offentliggjort`,
  "minutes.signoff": (_actor: string, title: string) =>
    `Referatet af ${title} venter på din godkendelse`,
  "minutes.note_rejected": (_actor: string, title: string) =>
    `Din protokoltilførsel til referatet af ${title} er ikke medtaget`,
  "follow_up.due": (_actor: string, title: string) =>
    `En opfølgningsopgave fra ${title} har frist i dag`,
} as Record<string, (actor: string, title: string) => string>;

export const mailPreferenceMessages = {
  title: "Indstillinger",
  navLink: "Indstillinger",
  heading: "Mails fra Referat",
  intro:
    "Vælg for hver slags besked, om du vil have en mail med det samme, én samlet mail om dagen, eller ingen mail. Beskederne står altid på din forside i Referat.",
  save: "Gem indstillingerne",
  saved: "Dine indstillinger er gemt.",
  invalid: "Vælg en af mulighederne for hver slags besked.",
  deliveries: {
    now: "Straks",
    digest: "Daglig samlet mail",
    never: "Aldrig",
  },
  topics: {
    "case.submitted": "En sag er sendt til din godkendelse",
    "case.reviewed": "Din sag er sendt retur eller godkendt",
    mention: "Du er nævnt i en kommentar",
    "agenda.published": "En dagsorden eller tillægsdagsorden er udsendt",
    "agenda.corrected": "En rettet dagsorden, eller et punkt er trukket eller rettet",
    "minutes.published": "Et referat er offentliggjort",
    "minutes.signoff":
      "Et referat venter på din godkendelse, eller din protokoltilførsel er ikke medtaget",
    "follow_up.due": "En opfølgningsopgave har frist i dag",
  } as Record<string, string>,
} as const;

export const passwordMessages = {
  forgotLink: "Glemt adgangskode?",
  forgot: {
    title: "Glemt adgangskode",
    intro:
      "Skriv den e-mailadresse, du logger ind med. Vi sender en mail med et link, hvor du kan vælge en ny adgangskode.",
    email: "E-mailadresse",
    submit: "Send link",
    invalid: "Skriv en gyldig e-mailadresse.",
    sentTitle: "Tjek din mail",
    sent: "Hvis e-mailadressen hører til en bruger i Referat, har vi nu sendt en mail med et link. Linket virker i 30 minutter. Kommer mailen ikke, så tjek din spammappe, eller prøv igen.",
    tooMany: (minutes: number) =>
      `Der er bedt om for mange links. Prøv igen om ${minutes} ${minutes === 1 ? "minut" : "minutter"}.`,
    backToLogin: "Tilbage til log ind",
  },
  choose: {
    resetTitle: "Vælg en ny adgangskode",
    inviteTitle: "Vælg din adgangskode",
    intro: (email: string) => `Du vælger adgangskode til brugeren ${email}.`,
    password: "Ny adgangskode",
    passwordHint: "Mindst 8 tegn. Brug gerne en sætning, du kan huske.",
    repeat: "Gentag adgangskoden",
    submit: "Gem adgangskoden",
    mismatch: "De to adgangskoder er ikke ens.",
    done: "Din adgangskode er gemt. Log ind med den nye adgangskode.",
  },
  expired: {
    title: "Linket er udløbet",
    message:
      "Linket virker ikke længere. Et link til at vælge adgangskode virker kun én gang og kun i en begrænset tid.",
    howToGetNew: "Du kan få et nyt link ved at bede om at nulstille din adgangskode.",
    inviteHint:
      "Var det en invitation, kan du også bede den, der inviterede dig, om en ny invitation.",
    newLink: "Få et nyt link",
  },
  invite: {
    title: "Inviter en bruger",
    intro: "Brugeren får en mail med et link til at vælge sin adgangskode. Linket virker i 7 dage.",
    name: "Navn",
    email: "E-mailadresse",
    jobTitle: "Stilling (valgfri)",
    role: "Rolle",
    scope: "Gælder for",
    wholeOrganisation: "Hele organisationen",
    submit: "Send invitation",
    sent: (email: string) => `Invitationen er sendt til ${email}.`,
    /** Mail is not set up (REFERAT_SMTP_URL): the invitation waits in the outbox. */
    queued: (email: string) =>
      `Invitationen til ${email} ligger i udbakken. Mail er ikke sat op, så den sendes først, når en administrator har sat mail op (se »Post«).`,
    errorTitle: "Invitationen blev ikke sendt",
    roleMissing: "Vælg en rolle.",
    scopeInvalid: "Vælg hele organisationen eller et af organisationens udvalg.",
  },
} as const;
