/**
 * A static file server for the browser preview: plain http on 127.0.0.1, a free
 * port unless one is given, files from the built folder only, no network
 * access. `npm run preview` builds and then runs it; the e2e tests' global
 * setup starts it on a temporary build.
 *
 *   node --import tsx scripts/previewServer.ts [dist] [--port 8080]
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

export interface PreviewServer {
  /** http://127.0.0.1:<port>/ */
  readonly baseUrl: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on http://127.0.0.1:`port` (0: a free port).
 * `/` redirects to preview.html; paths outside `root` and missing files are 404.
 * @example const server = await servePreview("dist"); // server.baseUrl "http://127.0.0.1:41235/"
 */
export async function servePreview(root: string, port = 0): Promise<PreviewServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400);
      response.end();
      return;
    }
    if (path === "/") {
      response.writeHead(302, { Location: "/preview.html" });
      response.end();
      return;
    }
    const file = resolve(join(base, path));
    let size = -1;
    if (file.startsWith(base + sep)) {
      try {
        const stat = statSync(file);
        if (stat.isFile()) size = stat.size;
      } catch {
        // not there: 404 below
      }
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" });
      response.end();
      return;
    }
    if (size < 0) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(`Not found: ${path}`);
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "Content-Length": size,
      "Cache-Control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = portAt >= 0 ? Number(args[portAt + 1]) : Number(process.env.PREVIEW_PORT ?? 0);
  const root = args.find((a, i) => !a.startsWith("--") && (portAt < 0 || i !== portAt + 1)) ?? "dist";
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number (got '${args[portAt + 1]}')`);
  const server = await servePreview(root, port);
  console.log(`PeakStock preview: ${server.baseUrl}preview.html   (Ctrl+C to stop)`);
  console.log(`  scenarios: ?scenario=demo | bad-units | no-sales | synthetic&skus=1000&days=365`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
