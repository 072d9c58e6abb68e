import type { Context } from "hono";
import type { AppEnv } from "./types.ts";

/** A script saving in the background asks for JSON instead of a redirect or a page. */
export const wantsJson = (c: Context<AppEnv>) =>
  (c.req.header("accept") ?? "").includes("application/json");
