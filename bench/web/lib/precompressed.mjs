// Serving for bench/web as a static host with precompressed files does it: every text and wasm
// file is compressed once, before any page loads (brotli -q 11 and zopfli's gzip, as
// scripts/assemble-dist.sh ships them), into a staged copy of the page's folder; while a page
// loads, the server only reads files, so no compression competes with the page for the CPU.
// Transferred bytes are then read from the files, not measured on the wire.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
// Compressed beside themselves; images are compressed already.
const compressible = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg', '.webmanifest']);

// Copies each [source, nameInStage] (a folder's contents when nameInStage is '.') into stage/
// and writes the .br and .gz a static host would serve beside every compressible file that has
// none yet (dist/ ships its own).
export function stageFolder(stage, entries) {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const [source, name] of entries) cpSync(source, join(stage, name), { recursive: true });
  for (const file of listFiles(stage)) {
    if (!compressible.has(extname(file))) continue;
    if (!existsSync(`${file}.br`)) execFileSync('brotli', ['-q', '11', '-k', '-f', file]);
    if (!existsSync(`${file}.gz`)) execFileSync('zopfli', ['--i15', file]);
  }
  return stage;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? listFiles(path) : [path];
  });
}

// Sizes of a served path: raw, and its .br / .gz beside it (the raw size when there is none).
export function fileSizes(folder, pathname) {
  const file = fileFor(resolve(folder), pathname);
  if (!file || !existsSync(file)) return null;
  const raw = statSync(file).size;
  const size = (suffix) => (existsSync(file + suffix) ? statSync(file + suffix).size : raw);
  return { raw, brotli: size('.br'), gzip: size('.gz') };
}

function fileFor(root, pathname) {
  let path = decodeURIComponent(pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  return file.startsWith(root) ? file : null;
}

// Serves folder on 127.0.0.1, picking file.br or file.gz when the request accepts it.
export async function servePrecompressed(folder) {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    const file = fileFor(root, new URL(req.url, 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] || '');
    const headers = { 'content-type': types[extname(file)] || 'application/octet-stream',
                      'cache-control': 'no-store', vary: 'accept-encoding' };
    let served = file;
    if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
      served = `${file}.br`;
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)) {
      served = `${file}.gz`;
      headers['content-encoding'] = 'gzip';
    }
    try {
      const body = await readFile(served);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
