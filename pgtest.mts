import { PGlite } from "@electric-sql/pglite";

let t = performance.now();
const db = new PGlite();
await db.query("select 1");
console.log("new mem", performance.now() - t);
await db.exec("create table a(x int); insert into a values (1);");
t = performance.now();
const dump = await db.dumpDataDir("none");
console.log("dump", performance.now() - t, dump.size);
t = performance.now();
const db2 = new PGlite({ loadDataDir: dump });
const r = await db2.query("select * from a");
console.log("load", performance.now() - t, r.rows);
t = performance.now();
const db3 = await db.clone?.();
if (db3) {
  await db3.query("select 1");
  console.log("clone", performance.now() - t);
}
const r2 = await db.query("select to_tsvector('danish','dagsordenen godkendte') as v");
console.log(r2.rows);
