/** A wall-clock time ("09:05" or "09:05:00") as Danish texts write it: "9.05". */
export const danishClock = (time: string) => time.slice(0, 5).replace(/^0/, "").replace(":", ".");
