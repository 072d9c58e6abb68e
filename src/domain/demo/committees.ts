/** The demo organisation's committees, their members and their meeting rhythm. */
export interface DemoCommittee {
  name: string;
  kind: "political" | "administrative";
  template: "2025" | "2017";
  /** Meetings per year (spread over the months, none in July). */
  meetingsPerYear: number;
  startTime: string;
  location: string;
  members: { name: string; title: string }[];
}

const chiefs = [
  { name: "Hanne Lindberg", title: "Kommunaldirektør" },
  { name: "Peter Skov", title: "Direktør for By, Kultur & Miljø" },
  { name: "Gitte Godkender", title: "Direktør for Børn & Velfærd" },
  { name: "Morten Aagaard", title: "Afdelingschef for Økonomi & Stab" },
  { name: "Lene Østergaard", title: "Afdelingschef for Dagtilbud & Skole" },
  { name: "Jonas Bech", title: "Afdelingschef for Miljø & Teknik" },
];

const councillors = [
  { name: "Birgitte Holm", title: "Borgmester, A" },
  { name: "Mads Medlem", title: "Udvalgsmedlem, F" },
  { name: "Søren Friis", title: "Udvalgsmedlem, V" },
  { name: "Aisha Rahimi", title: "Udvalgsmedlem, Ø" },
  { name: "Karsten Møller", title: "Udvalgsmedlem, C" },
  { name: "Henrik Dahl", title: "Udvalgsmedlem, A" },
  { name: "Nanna Vinther", title: "Udvalgsmedlem, B" },
];

export const demoCommittees: DemoCommittee[] = [
  {
    name: "Chefforum",
    kind: "administrative",
    template: "2025",
    meetingsPerYear: 20,
    startTime: "09:00",
    location: "Mødelokale 1",
    members: chiefs,
  },
  {
    name: "KommuneMED",
    kind: "administrative",
    template: "2017",
    meetingsPerYear: 6,
    startTime: "13:00",
    location: "Mødelokale 2",
    members: [
      ...chiefs.slice(0, 3),
      { name: "Camilla Juhl", title: "Næstformand, FOA" },
      { name: "Rasmus Krogh", title: "BUPL" },
      { name: "Helle Due", title: "HK" },
      { name: "Bo Winther", title: "3F" },
    ],
  },
  {
    name: "Økonomiudvalget",
    kind: "political",
    template: "2025",
    meetingsPerYear: 11,
    startTime: "16:00",
    location: "Udvalgsværelset",
    members: councillors,
  },
  {
    name: "Kommunalbestyrelsen",
    kind: "political",
    template: "2025",
    meetingsPerYear: 11,
    startTime: "18:00",
    location: "Byrådssalen",
    members: [
      ...councillors,
      { name: "Ole Bruun", title: "Medlem, O" },
      { name: "Maja Lind", title: "Medlem, I" },
      { name: "Thomas Krag", title: "Medlem, Å" },
      { name: "Pernille Storm", title: "Medlem, V" },
      { name: "Yasmin Ali", title: "Medlem, A" },
    ],
  },
];

const extraTopics = [
  "Børne- og Skoleudvalget",
  "Social- og Sundhedsudvalget",
  "Miljø- og Teknikudvalget",
  "Kultur- og Fritidsudvalget",
  "Beskæftigelsesudvalget",
  "Ældreudvalget",
  "Klimaudvalget",
  "Direktørforum",
  "Handicaprådet",
  "Ældrerådet",
  "Integrationsrådet",
  "Folkeoplysningsudvalget",
];

/** The four named committees, then as many more as asked for (for benchmarks). */
export function committeesFor(count: number): DemoCommittee[] {
  const list = demoCommittees.slice(0, count);
  for (let i = list.length; i < count; i++) {
    const base = extraTopics[(i - demoCommittees.length) % extraTopics.length] as string;
    const round = Math.floor((i - demoCommittees.length) / extraTopics.length);
    list.push({
      ...(demoCommittees[2] as DemoCommittee),
      name: round === 0 ? base : `${base} ${round + 1}`,
      kind: i % 3 === 0 ? "administrative" : "political",
      meetingsPerYear: 10,
    });
  }
  return list;
}
