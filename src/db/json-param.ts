import { is, type SQL, sql } from "drizzle-orm";
import { NodePgSession } from "drizzle-orm/node-postgres";
import type { Db, Tx } from "./client.ts";

const OPEN = new Uint8Array([0x5b]); // [
const COMMA = new Uint8Array([0x2c]); // ,
const CLOSE = new Uint8Array([0x5d]); // ]

/**
 * A json parameter holding the JSON array of `elements`, each given as the UTF-8 bytes of
 * one JSON value. On PostgreSQL the bytes travel as they are (json's binary form is its
 * text), so a large document is neither measured nor encoded again on this thread; PGlite
 * is given the text. It is json, not jsonb: the server only checks it and takes apart what a
 * statement reads (json_to_recordset), at about half of jsonb's cost for a document read
 * once.
 */
export function jsonArrayParam(db: Db | Tx, elements: Uint8Array[]): SQL {
  const parts: Uint8Array[] = [OPEN];
  elements.forEach((element, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(element);
  });
  parts.push(CLOSE);
  if (is(db._.session, NodePgSession)) return sql`${Buffer.concat(parts)}::json`;
  return sql`${Buffer.concat(parts).toString("utf8")}::json`;
}
