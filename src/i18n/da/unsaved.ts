/** What a page with unsaved changes says when another form on it would leave them behind. */
export const unsavedMessages = {
  first: "Du har ændringer, der ikke er gemt. Gem dem først, så de ikke går tabt, og prøv så igen.",
  save: "Gem ændringerne",
} as const;
