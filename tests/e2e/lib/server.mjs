// A small static file server on 127.0.0.1 for browser tests: serves a folder with the right
// MIME types, and lets a test add response headers (CSP) or replace a file's body.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.ics': 'text/calendar',
};

// options.headers(path) -> extra headers; options.override(path) -> body string/Buffer or undefined;
// options.answer(path, res) -> true when it answered the request itself (a streamed body).
// options.cors: also send Access-Control-Allow-Origin: * (what an opaque-origin sandboxed embed
// needs to fetch the data and the wasm).
export async function serveFolder(folder, options = {}) {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    const extra = { ...(options.cors ? { 'access-control-allow-origin': '*' } : {}),
                    ...(options.headers ? options.headers(path) : {}) };
    if (options.answer && options.answer(path, res)) return;
    const override = options.override ? options.override(path) : undefined;
    try {
      const body = override !== undefined ? override : await readFile(file);
      if (override === undefined) await stat(file);
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream',
                           'cache-control': 'no-store', ...extra });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // A test that fails before closing its server must not keep the file's process alive: the
  // runner would wait for it forever instead of reporting the failure.
  server.unref();
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
