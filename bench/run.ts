import { loadConfig } from "../src/config.ts";
import { agendaPageTimes } from "./agenda-page.ts";
import { coldStart } from "./cold-start.ts";
import { parseThroughput, storeThroughput, storeThroughputPostgres } from "./import-throughput.ts";
import { type Figure, printPercentiles, printTable } from "./lib/table.ts";
import { portalThroughput } from "./portal.ts";
import { renderTimes } from "./render.ts";
import { printRecall, searchBench } from "./search.ts";

/** `npm run bench`: every speed figure of Referat, with median, min and max. */
const { database } = loadConfig();
const figures: Figure[] = [];
figures.push(await parseThroughput());
figures.push(await storeThroughput());
if (database.kind === "postgres") figures.push(await storeThroughputPostgres(database.url));
figures.push(...(await renderTimes()));
figures.push(...(await coldStart()));
figures.push(...(await (await import("./writing.ts")).writingTimes()));
figures.push(...(await portalThroughput()));
figures.push(await agendaPageTimes());
const search = await searchBench(database.kind === "postgres" ? database.url : undefined);
printTable(figures);
printPercentiles(search.figures);
printRecall(search.recall);
