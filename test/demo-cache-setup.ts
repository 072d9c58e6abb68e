import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { removeDemoCache } from "../e2e/demo-cache.ts";

declare module "vitest" {
  export interface ProvidedContext {
    demoCache: string | null;
  }
}

/** One folder per run where browser tests keep the demo databases they share (e2e/demo-cache.ts). */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "referat-demo-cache-"));
  project.provide("demoCache", dir);
  return () => removeDemoCache(dir);
}
