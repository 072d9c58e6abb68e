import { coldStart } from "./cold-start.ts";
import { parseThroughput, storeThroughput } from "./import-throughput.ts";
import { type Figure, printTable } from "./lib/table.ts";

/** `npm run bench`: every speed figure of Referat, with median, min and max. */
const figures: Figure[] = [];
figures.push(await parseThroughput());
figures.push(await storeThroughput());
figures.push(...(await coldStart()));
printTable(figures);
