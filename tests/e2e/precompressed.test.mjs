// "Hosting": dist/ ships FILE.br and FILE.gz beside every text and wasm file for servers that
// send precompressed files as they are (scripts/assemble-dist.sh). A copy that decodes to
// anything but the file beside it would give some readers an old or broken widget, so each is
// decoded here and compared; the .gz files must be reproducible (no name or time inside) and
// zopfli's (smaller than zlib's best), as the README says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, extname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const compressible = new Set(['.html', '.js', '.css', '.json', '.wasm', '.svg', '.webmanifest']);

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? listFiles(path) : [path];
  });
}

const files = listFiles(dist).filter((f) => compressible.has(extname(f)));

test('every text and wasm file in dist/ has a .br and a .gz copy that decode to it', () => {
  for (const name of ['index.html', 'app.js', 'career-explorer.wasm', 'careers.json', 'career-explorer.html']) {
    assert.ok(files.includes(join(dist, name)), `${name} is in dist/`);
  }
  for (const file of files) {
    const name = relative(dist, file);
    const original = readFileSync(file);
    assert.ok(existsSync(`${file}.br`), `${name}.br exists`);
    assert.ok(existsSync(`${file}.gz`), `${name}.gz exists`);
    assert.ok(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${name}.br decodes to ${name}`);
    assert.ok(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${name}.gz decodes to ${name}`);
  }
});

test('the .gz copies are reproducible and smaller than zlib level 9 makes them', () => {
  let ours = 0;
  let zlib = 0;
  for (const file of files) {
    const name = relative(dist, file);
    const gz = readFileSync(`${file}.gz`);
    // RFC 1952: FLG (byte 3) without FNAME or FCOMMENT, and MTIME (bytes 4-7) zero.
    assert.equal(gz[3] & 0x18, 0, `${name}.gz names no file`);
    assert.equal(gz.readUInt32LE(4), 0, `${name}.gz carries no time`);
    const best = gzipSync(readFileSync(file), { level: 9 }).length;
    if (best > 4000) assert.ok(gz.length < best, `${name}.gz: ${gz.length} B, zlib -9 ${best} B`);
    ours += gz.length;
    zlib += best;
  }
  console.log(`dist/ .gz files: ${ours} B in all; zlib level 9 would make ${zlib} B`);
  assert.ok(ours < zlib);
});
