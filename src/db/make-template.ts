import { pgliteTemplate, templateKey } from "./pglite-template.ts";

// Run by `npm ci` (the prepare script): the first start then unpacks a ready database.
await pgliteTemplate();
console.log(`PGlite-skabelon ${templateKey()} er klar`);
