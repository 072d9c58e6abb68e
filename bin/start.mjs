#!/usr/bin/env node
/**
 * `npm start`: runs the server from one JavaScript bundle of src/, built with esbuild when src/
 * has changed since the last build and kept in node_modules/.cache/referat. Loading one plain
 * file takes a fraction of the time and memory of transpiling hundreds of modules at every
 * start (adr/0024). `node bin/start.mjs --build` only builds (npm ci does, in `prepare`).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const cacheFolder = join(root, "node_modules", ".cache", "referat");

/** Changes with any file under src/ (name, size, time) and with the esbuild version. */
function sourceKey() {
  const hash = createHash("sha256");
  hash.update(JSON.parse(readFileSync(join(root, "node_modules/esbuild/package.json"))).version);
  for (const name of readdirSync(src, { recursive: true }).map(String).sort()) {
    const stat = statSync(join(src, name));
    if (stat.isFile()) hash.update(`${name}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A module's `import.meta.url` names its own place in src/ (its assets, migrations, fonts lie
 * beside it), so each module keeps it: rewritten to the source file's URL, relative to the
 * bundle, the bundle runs from wherever the checkout lies.
 */
const keepImportMetaUrl = (outdir) => ({
  name: "keep-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const text = readFileSync(args.path, "utf8");
      const here = `new URL(${JSON.stringify(relative(outdir, args.path))}, import.meta.url).href`;
      return {
        contents: text.includes("import.meta.url")
          ? text.replaceAll("import.meta.url", here)
          : text,
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
});

/**
 * The bundle's entry: built first when src/ has changed. Split at dynamic imports, so what
 * main.ts loads later (the server, while the database opens) is loaded then.
 */
export async function serverBundle() {
  const folder = join(cacheFolder, `server-${sourceKey()}`);
  const file = join(folder, "main.mjs");
  if (statSync(file, { throwIfNoEntry: false })) return file;
  const { build } = await import("esbuild");
  mkdirSync(cacheFolder, { recursive: true });
  const temporary = `${folder}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(src, "main.ts")],
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20.19",
    logLevel: "warning",
    plugins: [keepImportMetaUrl(folder)],
  });
  // Another start may have built the same meanwhile; either is the same.
  try {
    renameSync(temporary, folder);
  } catch {
    rmSync(temporary, { recursive: true, force: true });
  }
  for (const old of readdirSync(cacheFolder)) {
    if (/^server-[0-9a-f]{16}$/.test(old) && join(cacheFolder, old) !== folder) {
      rmSync(join(cacheFolder, old), { recursive: true, force: true });
    }
  }
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = await serverBundle();
  if (!process.argv.includes("--build")) await import(pathToFileURL(file).href);
}
