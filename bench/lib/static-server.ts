import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface StaticServer {
  url: string;
  /** "nginx 1.22.1" or the Node fallback. */
  name: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`static server exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`nothing listens on ${port}`);
}

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

function nginxConfig(dir: string, port: number): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, "tmp", name)};`;
  return `daemon off;
worker_processes auto;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${join(dir, "www")};
    location / { }
  }
}
`;
}

/** A Node server with the bytes in memory: the fallback when nginx is not installed. */
const NODE_SERVER = `
const bytes = require("node:fs").readFileSync(process.argv[1]);
require("node:http").createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html", "Content-Length": bytes.length });
  res.end(bytes);
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

/** Serves `body` as /index.html with nginx (or, without it, a bare node:http server). */
export async function startStaticServer(body: Uint8Array): Promise<StaticServer> {
  const dir = await mkdtemp(join(tmpdir(), "referat-bench-static-"));
  await mkdir(join(dir, "www"));
  await mkdir(join(dir, "tmp"));
  const file = join(dir, "www", "index.html");
  await writeFile(file, body);
  // nginx's workers drop root for an unprivileged user, who must be able to read the page.
  await chmod(dir, 0o755);
  await chmod(join(dir, "www"), 0o755);
  await chmod(file, 0o644);
  const port = await freePort();
  let child: ChildProcess;
  let name: string;
  if (NGINX) {
    await writeFile(join(dir, "nginx.conf"), nginxConfig(dir, port));
    // nginx -v writes "nginx version: nginx/1.22.1" to stderr.
    name = spawnSync(NGINX, ["-v"], { encoding: "utf8" }).stderr.trim() || "nginx";
    child = spawn(NGINX, ["-p", dir, "-c", join(dir, "nginx.conf")], { stdio: "inherit" });
  } else {
    name = "node:http with the page in memory (nginx is not installed)";
    child = spawn(process.execPath, ["-e", NODE_SERVER, file, String(port)], { stdio: "inherit" });
  }
  await waitForPort(port, child);
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    name,
    async close() {
      child.kill("SIGTERM");
      if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
