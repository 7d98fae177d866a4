// The JS API's `version` is the build's: the project version from CMakeLists.txt plus the git
// commit it was built from (cmake/write_version.cmake), never the placeholder "dev".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { newPage, waitWidgetReady } from './lib/widget-page.mjs';
import { serveFolder } from './lib/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let browser;
let server;

before(async () => {
  server = await serveFolder(join(root, 'dist'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// What the version should be made of, read independently of the build.
async function expectedParts() {
  const cmake = await readFile(join(root, 'CMakeLists.txt'), 'utf8');
  const project = cmake.match(/project\(career_explorer VERSION ([0-9.]+)/)?.[1];
  let commit = null;
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--short=7', 'HEAD'],
                          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch { /* not a git checkout: the version is the project version alone */ }
  return { project, commit };
}

test('version is the project version and the commit the widget was built from', async () => {
  const { project, commit } = await expectedParts();
  assert.ok(project, 'CMakeLists.txt states a project version');
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  const version = await w.page.evaluate(() => window.careerExplorer.version);
  assert.notEqual(version, 'dev');
  const m = version.match(/^([0-9]+\.[0-9]+\.[0-9]+)(?:\+g([0-9a-f]{7,})(\.dirty)?)?$/);
  assert.ok(m, `"${version}" is <major.minor.patch>[+g<commit>[.dirty]]`);
  assert.equal(m[1], project);
  if (commit) assert.equal(m[2], commit, 'built from the checked-out commit (run ./build-wasm.sh first)');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
