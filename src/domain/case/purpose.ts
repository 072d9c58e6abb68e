/** The purposes an item title starts with, as stored and as printed. */
export const purposes = {
  orientation: "Orientering",
  discussion: "Drøftelse",
  decision: "Beslutning",
  theme_discussion: "Temadrøftelse",
} as const;

export type Purpose = keyof typeof purposes;

const PREFIX = /^(?:[A-ZÆØÅ]{1,6}\s?-\s*)?(orientering|drøftelse|beslutning|temadrøftelse)\b/i;

/** Reads the purpose from a title such as "Orientering om …" or "CF - Beslutning om …". */
export function purposeFromTitle(title: string): Purpose | null {
  const word = PREFIX.exec(title.trim())?.[1]?.toLowerCase();
  const found = Object.entries(purposes).find(([, label]) => label.toLowerCase() === word);
  return (found?.[0] as Purpose | undefined) ?? null;
}
