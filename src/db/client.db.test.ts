import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db.ts";
import { queryRows } from "./client.ts";
import { organisations } from "./schema/index.ts";

const database = useTestDatabase();

describe("database", () => {
  it("has the migrated schema and keeps what is written", async () => {
    const { db } = database.current;
    await db.insert(organisations).values({ slug: "albertslund", name: "Albertslund Kommune" });
    const rows = await db.select().from(organisations).where(eq(organisations.slug, "albertslund"));
    expect(rows.map((r) => r.name)).toEqual(["Albertslund Kommune"]);
  });

  it("refuses a second organisation with the same slug", async () => {
    const { db } = database.current;
    await expect(
      db.insert(organisations).values({ slug: "albertslund", name: "Igen" }),
    ).rejects.toThrow();
  });

  it("stems Danish text for full-text search", async () => {
    const { db } = database.current;
    const rows = await queryRows<{ v: string }>(
      db,
      sql`select to_tsvector('danish', 'dagsordenen blev godkendt')::text as v`,
    );
    expect(rows[0]?.v).toContain("godkend");
  });
});
