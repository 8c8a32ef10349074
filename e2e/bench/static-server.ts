/**
 * A tiny static server for the benchmark: serves built files on 127.0.0.1 gzipped, as a host
 * serving gzip would, and counts the bytes it sends so "first-load transfer" is what a real
 * visitor would download. Mounts map a URL prefix to a directory (longest prefix wins).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Mount {
  prefix: string;
  dir: string;
}

export interface BenchServer {
  url: string;
  /** Bytes sent (body only, gzipped where compressible) per path since the last reset. */
  sent: Map<string, number>;
  resetCounts: () => void;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  // Mapbox vector tiles: protobuf, which compresses (the world's tile 28 → 21 kB), as `npm start` sends it.
  '.pbf': 'application/x-protobuf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.csv', '.svg', '.pbf']);

export function startStaticServer(port: number, mounts: Mount[]): Promise<BenchServer> {
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  // Compressed bodies are cached: compression cost is the host's, not the page's, so keep it out of the timings.
  const gzCache = new Map<string, Buffer>();
  const sent = new Map<string, number>();
  const count = (path: string, bytes: number) => sent.set(path, (sent.get(path) ?? 0) + bytes);

  const resolveFile = (pathname: string): string | null => {
    const mount = ordered.find((m) => pathname.startsWith(m.prefix));
    if (!mount) return null;
    const root = resolve(mount.dir);
    const rel = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)));
    let file = join(root, rel);
    if (!file.startsWith(root)) return null;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file)) return file;
    // Single-page fallback: unknown paths without an extension get the mount's index.html.
    return extname(rel) ? null : join(root, 'index.html');
  };

  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveFile(pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && acceptsGzip) {
      let body = gzCache.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 6 });
        gzCache.set(file, body);
      }
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length), Vary: 'Accept-Encoding' });
      res.end(body);
      count(pathname, body.length);
      return;
    }
    const size = statSync(file).size;
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    createReadStream(file).pipe(res);
    count(pathname, size);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        sent,
        resetCounts: () => sent.clear(),
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}
