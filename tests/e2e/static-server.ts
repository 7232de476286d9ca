/**
 * A plain static web server, as a bureau's IT colleague would put the app on (no vite, no
 * fallback to index.html): files from a folder with their MIME types, byte ranges (PMTiles reads
 * its archive in ranges), a 404 for anything else, and files added in memory beside them (the
 * deployment's config, a tile service's tiles). It records every request it answers.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** A request the server answered. */
export interface ServedRequest {
  path: string;
  status: number;
  range: string | null;
}

/** The running server. */
export interface StaticServer {
  url: string;
  requests: ServedRequest[];
  close(): Promise<void>;
}

/** Answers a file's bytes, or the asked range of them (206), as nginx and IIS do. */
function send(request: IncomingMessage, response: ServerResponse, bytes: Uint8Array, type: string): number {
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
  response.setHeader('Content-Type', type);
  response.setHeader('Accept-Ranges', 'bytes');
  if (!range) {
    response.writeHead(200, { 'Content-Length': bytes.length });
    response.end(bytes);
    return 200;
  }
  const start = range[1] === '' ? Math.max(0, bytes.length - Number(range[2])) : Number(range[1]);
  const end =
    range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
  if (start > end || start >= bytes.length) {
    response.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` });
    response.end();
    return 416;
  }
  response.writeHead(206, {
    'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
    'Content-Length': end - start + 1,
  });
  response.end(bytes.subarray(start, end + 1));
  return 206;
}

/**
 * Serves `folder` on 127.0.0.1:`port`, with `extra` files (path → bytes) beside it; `tiles`
 * answers a path the files do not (a tile service), or null for a 404.
 */
export function serveStatic(
  folder: string,
  port: number,
  extra: Record<string, Uint8Array | string>,
  tiles: (path: string) => Uint8Array | null = () => null,
): Promise<StaticServer> {
  const requests: ServedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const record = (status: number) => requests.push({ path, status, range: request.headers.range ?? null });
    const typeOf = (name: string) => MIME_TYPES[extname(name)] ?? 'application/octet-stream';
    const type = typeOf(path);
    const added = extra[path];
    if (added !== undefined) {
      record(send(request, response, typeof added === 'string' ? Buffer.from(added) : added, type));
      return;
    }
    const tile = tiles(path);
    if (tile) {
      record(send(request, response, tile, type));
      return;
    }
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(folder))) {
      response.writeHead(403).end();
      record(403);
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      record(send(request, response, await readFile(file), typeOf(file)));
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      record(404);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
