#!/usr/bin/env node
/**
 * `npm start`: runs the server from one JavaScript bundle of src/, built with esbuild when src/
 * has changed since the last build and kept in node_modules/.cache/referat. Loading one plain
 * file takes a fraction of the time and memory of transpiling hundreds of modules at every
 * start (adr/0024). `node bin/start.mjs --build` only builds, and makes today's demo data
 * beside the bundle (adr/0027); npm ci does, in `prepare`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const cacheFolder = join(root, "node_modules", ".cache", "referat");

/**
 * Changes with any file under src/ (name, size, time), with this file (how it builds), the
 * esbuild version and the locked packages (the browser bundles include theirs).
 */
function sourceKey() {
  const hash = createHash("sha256");
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.parse(readFileSync(join(root, "node_modules/esbuild/package.json"))).version);
  hash.update(readFileSync(join(root, "package-lock.json")));
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

/** The browser bundles' module, an entry of the server bundle (src/web/write-browser-bundles.ts). */
const browserBundles = (folder) => import(pathToFileURL(join(folder, "browser-bundles.mjs")).href);

/**
 * The bundle's folder, built first when src/ has changed: `main.mjs`, split at dynamic imports
 * so what main.ts loads later (the server, while the database opens) is loaded then, and the
 * browser's scripts in `browser/`, so the server need not bundle them while it starts.
 */
export async function serverBundle() {
  const folder = join(cacheFolder, `server-${sourceKey()}`);
  if (statSync(join(folder, "browser"), { throwIfNoEntry: false })) return folder;
  const { build } = await import("esbuild");
  mkdirSync(cacheFolder, { recursive: true });
  const temporary = `${folder}.${process.pid}.tmp`;
  await build({
    // Both at the top of the folder, where the plugin's paths start from.
    entryPoints: {
      main: join(src, "main.ts"),
      "browser-bundles": join(src, "web", "write-browser-bundles.ts"),
      "demo-template": join(src, "domain", "demo", "demo-template.ts"),
    },
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20.19",
    logLevel: "warning",
    // Beside each file, without the sources: they lie in src/.
    sourcemap: "linked",
    sourcesContent: false,
    plugins: [keepImportMetaUrl(folder)],
  });
  await (await browserBundles(temporary)).writeBrowserBundles(join(temporary, "browser"));
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
  return folder;
}

/** The demo data module, an entry of the server bundle (src/domain/demo/demo-template.ts). */
const demoTemplates = (folder) => import(pathToFileURL(join(folder, "demo-template.mjs")).href);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = await serverBundle();
  if (process.argv.includes("--build")) {
    await (await demoTemplates(folder)).makeDemoTemplate(join(folder, "demo"));
  } else {
    // A stack trace names the source files and lines, not the bundle's (sourcemap above).
    process.setSourceMapsEnabled(true);
    (await browserBundles(folder)).usePrebuiltBundles(join(folder, "browser"));
    (await demoTemplates(folder)).useDemoTemplates(join(folder, "demo"));
    await import(pathToFileURL(join(folder, "main.mjs")).href);
  }
}
