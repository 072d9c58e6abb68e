import { eq } from "drizzle-orm";
import type { Db } from "../src/db/client.ts";
import { committees, users } from "../src/db/schema/index.ts";
import { loadPrincipal } from "../src/domain/access/load-principal.ts";
import { createCase } from "../src/domain/case/create-case.ts";
import { saveCase } from "../src/domain/case/save-case.ts";
import { textToDoc } from "../src/domain/richtext/text-to-doc.ts";
import { readSeed, SEED_FILES } from "./fixtures/import/seeds.ts";

/** The text fields of the demo's case template that the long case fills. */
const KEYS = [
  "resume",
  "sagsfremstilling",
  "vision",
  "oekonomi",
  "lovgrundlag",
  "borgerperspektiv",
  "historik",
];

/**
 * A demo case of Chefforum by `authorEmail` holding the three seed minutes (10 317 words,
 * about 20 pages) dealt over its text fields: what the browser test and the bench open.
 */
export async function createLongCase(db: Db, authorEmail: string, title: string) {
  const [author] = await db.select().from(users).where(eq(users.email, authorEmail));
  const principal = await loadPrincipal(db, author?.id ?? 0);
  const [chefforum] = await db.select().from(committees).where(eq(committees.name, "Chefforum"));
  if (!author || !principal || !chefforum) throw new Error("demo data missing");
  const created = await createCase(db, principal, { committeeId: chefforum.id, title });
  const blocks = Object.values(SEED_FILES)
    .map(readSeed)
    .flatMap((t) => t.split(/\n\s*\n/))
    .filter((b) => b.trim() !== "");
  const per = Math.ceil(blocks.length / KEYS.length);
  await saveCase(db, principal, {
    caseId: created.id,
    version: created.version,
    fields: KEYS.map((key, i) => ({
      key,
      doc: textToDoc(blocks.slice(i * per, (i + 1) * per).join("\n\n")),
    })),
  });
  return { ...created, authorId: author.id };
}
