/** Messages of the legacy-minutes importer. */
export const importMessages = {} as const;
