import type { NotificationKind } from "../../domain/notification/notify.ts";

/** Messages about delivering mail: why a mail was not sent, and the administrator's page. */
export const mailDeliveryMessages = {
  /** Stored as a mail's last error, with the server's own reply after it where there is one. */
  errors: {
    recipientRefused: (reply: string) => `Mailserveren afviste modtageren: ${reply}`,
    messageRefused: (reply: string) => `Mailserveren afviste mailen: ${reply}`,
    temporaryRefusal: (reply: string) =>
      `Mailserveren kunne ikke tage imod mailen lige nu: ${reply}`,
    unreachable: (detail: string) => `Mailserveren kunne ikke nås: ${detail}`,
    connectionLost: (detail: string) => `Forbindelsen til mailserveren blev afbrudt: ${detail}`,
    timeout: (detail: string) => `Mailserveren svarede ikke i tide: ${detail}`,
    login: (reply: string) => `Mailserveren afviste log-in: ${reply}`,
    tls: (detail: string) => `Der kunne ikke oprettes en krypteret forbindelse: ${detail}`,
    other: (detail: string) => `Mailen kunne ikke sendes: ${detail}`,
  },
  admin: {
    title: "Post",
    intro:
      "Alle mails fra Referat bliver først lagt i en udbakke og derefter sendt. Her kan du se, om afsendelsen virker, og sende en mail igen, som mailserveren har afvist.",
    configured: (server: string) => `Mail er sat op og sendes gennem ${server}.`,
    configuredFrom: (from: string) => `Afsender: ${from}`,
    notConfigured:
      "Mail er ikke sat op: mails bliver gemt i udbakken, men ikke sendt. Sæt REFERAT_SMTP_URL og REFERAT_MAIL_FROM og genstart Referat, så bliver de sendt.",
    countsTitle: "Udbakken",
    counts: { waiting: "Venter", sent: "Sendt", failed: "Afvist" },
    failedTitle: "Senest afviste mails",
    failedNone: "Ingen mails er afvist.",
    waitingTitle: "Mails der venter",
    waitingNone: "Ingen mails venter.",
    columns: {
      to: "Modtager",
      subject: "Emne",
      kind: "Slags",
      attempts: "Forsøg",
      error: "Seneste fejl",
      time: "Tidspunkt",
      action: "Handling",
    },
    /** What each kind of mail is about, short enough for a table column. */
    kinds: {
      "case.submitted": "Sag til godkendelse",
      "case.returned": "Sag sendt retur",
      "case.approved": "Sag godkendt",
      mention: "Nævnt i en kommentar",
      "agenda.published": "Dagsorden udsendt",
      "agenda.supplement": "Tillægsdagsorden udsendt",
      "agenda.corrected": "Rettet dagsorden",
      "agenda.item_withdrawn": "Punkt trukket",
      "agenda.item_corrected": "Punkt rettet",
      "minutes.published": "Referat offentliggjort",
      "minutes.signoff": "Referat til godkendelse",
      "minutes.note_rejected": "Protokoltilførsel ikke medtaget",
      "follow_up.due": "Opfølgning med frist",
      "user.invited": "Invitation til Referat",
      "password.reset": "Ny adgangskode",
      digest: "Daglig samlet mail",
    } satisfies Record<NotificationKind | "user.invited" | "password.reset" | "digest", string>,
    /** When the outbox holds more than the page lists. */
    listed: (shown: number, total: number) => `Viser de ${shown} nyeste af ${total}.`,
    created: (at: string) => `Oprettet ${at}`,
    failedAt: (at: string) => `Afvist ${at}`,
    nextAttempt: (at: string) => `Næste forsøg ${at}`,
    noError: "–",
    resend: "Send igen",
    resendLabel: (to: string) => `Send igen: mailen til ${to}`,
    resent: "Mailen sendes igen ved næste forsøg.",
    forbidden: "Kun en administrator for hele organisationen kan se udbakken.",
    notFound: "Mailen findes ikke, eller den er ikke afvist.",
  },
} as const;
