import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** The style sheet, read once; its URL carries a content hash so it can be cached for long. */
export const styleSheet = readFileSync(new URL("./assets/style.css", import.meta.url), "utf8");
const version = createHash("sha256").update(styleSheet).digest("hex").slice(0, 10);
export const styleSheetPath = `/assets/style.css?v=${version}`;
