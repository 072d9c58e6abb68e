import { pgliteTemplateFolder, templateKey } from "./pglite-template.ts";

// Run by `npm ci` (the prepare script): the first start then unpacks a ready database.
await pgliteTemplateFolder();
console.log(`PGlite-skabelon ${templateKey()} er klar`);
