// A static server for the built app under a sub-path, as a plain static host would serve it,
// text compressed with gzip when the browser accepts it:
// `tsx test/browser/serve.ts --port 4317 --prefix /exitline/ [--data dir]`. Only 127.0.0.1.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4317" },
    prefix: { type: "string", default: "/" },
    root: { type: "string", default: "dist" },
    // Serves `data/` from another folder, so benchmarks can load generated datasets.
    data: { type: "string" },
  },
});
const root = resolve(values.root ?? "dist");
const prefix = values.prefix ?? "/";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain",
};
const COMPRESSED = new Set([".html", ".js", ".css", ".json", ".svg", ".xml", ".txt"]);

createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  if (!url.pathname.startsWith(prefix)) {
    response.writeHead(404).end("not under the prefix");
    return;
  }
  const relative = decodeURIComponent(url.pathname.slice(prefix.length));
  const fromData = values.data !== undefined && relative.startsWith("data/");
  const base = fromData ? resolve(values.data ?? "") : root;
  let path = normalize(join(base, fromData ? relative.slice("data/".length) : relative));
  if (!path.startsWith(base)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  if (!existsSync(path)) {
    response.writeHead(404).end("not found");
    return;
  }
  const type = TYPES[extname(path)] ?? "application/octet-stream";
  const gzip =
    COMPRESSED.has(extname(path)) && /\bgzip\b/.test(String(request.headers["accept-encoding"]));
  if (!gzip) {
    response.writeHead(200, { "content-type": type });
    createReadStream(path).pipe(response);
    return;
  }
  response.writeHead(200, {
    "content-type": type,
    "content-encoding": "gzip",
    vary: "accept-encoding",
  });
  createReadStream(path).pipe(createGzip()).pipe(response);
}).listen(Number(values.port), "127.0.0.1");
