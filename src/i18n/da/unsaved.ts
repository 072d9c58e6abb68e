/** What a page with unsaved changes says when another form on it would leave them behind. */
export const unsavedMessages = {
  first: "Du har ændringer, der ikke er gemt. Gem dem først, så de ikke går tabt.",
  save: "Gem ændringerne og fortsæt",
} as const;
