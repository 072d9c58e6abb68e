/** »Punkt 4« or »Punkterne 4 og 6«: items named by number, as a sentence begins with them. */
export const itemNumbers = (numbers: number[]) =>
  `${numbers.length === 1 ? "Punkt" : "Punkterne"} ${new Intl.ListFormat("da", { type: "conjunction" }).format(numbers.map(String))}`;
