import { readFileSync } from "node:fs";
import { contentVersion } from "./content-version.ts";

/** The style sheet, read once; its URL carries a content hash so it can be cached for long. */
export const styleSheet = readFileSync(new URL("./assets/style.css", import.meta.url), "utf8");
const version = contentVersion(styleSheet);
export const styleSheetPath = `/assets/style.css?v=${version}`;
