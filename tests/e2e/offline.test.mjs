// "Use it offline": the one-file copy opened from disk with every network request refused, and
// the hosted build reloaded without a network after one visit (service worker), including the
// switch to a new build; the web app manifest and its icons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { clickItem, newPage, state, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { assertPicture } from './lib/png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
const single = pathToFileURL(join(dist, 'career-explorer.html')).href;
// The packed wasm's data block in the copy (scripts/make-offline-html.py): its tag, then base64.
const WASM_BLOCK = /(<script type="application\/gzip" id="ce-wasm">)([A-Za-z0-9+/=]+)<\/script>/;
let browser;

before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// A page whose every request other than file:// is refused and recorded.
async function offlinePage(options) {
  const w = await newPage(browser, options);
  w.refused = [];
  await w.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    w.refused.push(url);
    return route.abort('internetdisconnected');
  });
  await w.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
                              (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return w;
}

test('the one-file copy works from file:// with every network request refused', async () => {
  const file = join(dist, 'career-explorer.html');
  const bytes = await readFile(file);
  console.log(`career-explorer.html: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip`);
  const html = bytes.toString('utf8');
  assert.doesNotMatch(html, /unsafe-inline/, 'the CSP allows inline code by hash only');
  assert.match(html, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(html, /<(script|link|img|iframe)\b[^>]*\s(src|href)="(?!data:)/,
                     'nothing is loaded from another file');
  // The wasm goes in gzip-compressed (base64 of the raw wasm was two thirds of the file), and
  // unpacks to exactly the wasm the hosted build serves.
  const block = html.match(WASM_BLOCK);
  assert.ok(block, 'the wasm block is there, base64');
  const packed = Buffer.from(block[2], 'base64');
  assert.deepEqual([...packed.subarray(0, 2)], [0x1f, 0x8b], 'gzip');
  const wasm = await readFile(join(dist, 'career-explorer.wasm'));
  assert.ok(gunzipSync(packed).equals(wasm));
  assert.ok(bytes.length < wasm.length, 'the whole file is smaller than the wasm alone');

  const w = await offlinePage();
  await w.page.goto(single);
  await waitWidgetReady(w.page);
  await clickItem(w.page, 'view/compare');
  assert.equal((await state(w.page)).view, 'compare');
  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'profile/student');
  await waitIdle(w.page);
  const png = await w.page.screenshot();
  await writeFile(join(artifacts, 'offline-single-file.png'), png);
  await assertPicture(browser, png, { width: 1000, height: 700, dark: false, what: 'the one-file copy' });
  assert.deepEqual(w.refused, [], 'no request left the file');
  assert.deepEqual(await w.page.evaluate(() => window.__violations), []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('the one-file copy restores a link and does not offer itself for download', async () => {
  const w = await offlinePage({ width: 360, height: 640, colorScheme: 'dark' });
  await w.page.goto(`${single}#v1;view=plan;role=mlops-engineer;target=mlops-engineer;goal=cost`);
  await waitWidgetReady(w.page);
  const s = await state(w.page);
  assert.equal(s.view, 'plan');
  assert.equal(s.goal, 'cost');
  assert.equal(s.theme, 'dark');
  await clickItem(w.page, 'menu');
  // The copy is already offline; Share and Embed are shown disabled (no web address to give).
  assert.equal(await w.page.evaluate(() => window.careerExplorer.itemRect('menu/offline')), null,
               'Download for offline use is not offered from the file itself');
  assert.ok(await w.page.evaluate(() => window.careerExplorer.itemRect('menu/markdown')));
  // Nor does the menu button name what it does not offer here.
  assert.equal(await w.page.locator('#ce-layer [data-ce-id="menu"]').textContent(),
               'More: export the plan, start over');
  await w.page.keyboard.press('Escape');
  await waitIdle(w.page);
  const png = await w.page.screenshot();
  await writeFile(join(artifacts, 'offline-single-file-360-dark.png'), png);
  await assertPicture(browser, png, { width: 360, height: 640, dark: true, what: 'the one-file copy, dark' });
  assert.deepEqual(w.refused, []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// The copy unpacks its wasm with DecompressionStream (every browser since 2023); one without it
// says so in words, instead of failing somewhere inside the start-up.
test('a browser that cannot unpack the one-file copy is told so', async () => {
  const w = await offlinePage();
  await w.page.addInitScript(() => { delete window.DecompressionStream; });
  await w.page.goto(single);
  const message = w.page.locator('#ce-message');
  await message.waitFor({ state: 'visible', timeout: 20000 });
  assert.equal(await message.locator('h2').textContent(), 'This browser cannot open the one-file copy');
  assert.match(await message.textContent(), /DecompressionStream/);
  assert.equal(await w.page.evaluate(() => typeof window.careerExplorer), 'undefined',
               'the widget was not started');
  assert.deepEqual(w.refused, []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A damaged copy says it could not start, instead of a blank page: its packed wasm cut short
// (gzip ends early), or cut to a length that is not base64 (atob refuses it).
test('a one-file copy whose packed wasm is damaged says so', async () => {
  const html = await readFile(join(dist, 'career-explorer.html'), 'utf8');
  const folder = await mkdtemp(join(tmpdir(), 'ce-damaged-'));
  for (const cut of [(n) => (n >> 1) & ~3, (n) => ((n >> 1) & ~3) + 1]) {
    const damaged = html.replace(WASM_BLOCK, (_, open, block) => `${open}${block.slice(0, cut(block.length))}</script>`);
    assert.notEqual(damaged, html);
    const file = join(folder, 'career-explorer.html');
    await writeFile(file, damaged);
    const w = await offlinePage();
    await w.page.goto(pathToFileURL(file).href);
    const message = w.page.locator('#ce-message');
    await message.waitFor({ state: 'visible', timeout: 20000 });
    assert.equal(await message.locator('h2').textContent(), 'The career explorer could not start');
    assert.deepEqual(w.refused, []);
    await w.context.close();
  }
});

// Service workers need a secure context: http://127.0.0.1 is one (as is localhost).
test('after one visit the hosted build reloads without a network (service worker)', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  const loaded = [];
  w.page.on('response', (r) => loaded.push(r));
  await w.page.goto(`${server.url}#v1;view=compare`);
  await waitWidgetReady(w.page);
  const firstLoad = await Promise.all(loaded.map(async (r) => (await r.body().catch(() => Buffer.alloc(0))).length));
  console.log(`hosted first load (before the worker's own downloads): ${loaded.length} responses, ` +
              `${firstLoad.reduce((a, b) => a + b, 0)} bytes uncompressed`);
  // The worker installs after the page's load event, stores the build, then takes control.
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const cached = await w.page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort() };
  });
  assert.equal(cached.keys.length, 1);
  assert.match(cached.keys[0], /^career-explorer-[0-9a-f]{16}$/);
  assert.deepEqual(cached.files, ['app.js', 'career-explorer.js', 'career-explorer.wasm', 'careers.json',
                                  'icon-192.png', 'icon-512.png', 'index.html', 'manifest.webmanifest',
                                  'style.css']);

  await w.context.setOffline(true);
  await w.page.reload();
  await waitWidgetReady(w.page);
  assert.equal((await state(w.page)).view, 'compare', 'the link in the address bar still applies');
  // ?theme= is read by the page's script: the stored index.html answers for it too.
  await w.page.goto(`${server.url}index.html?theme=dark`);
  await waitWidgetReady(w.page);
  assert.equal((await state(w.page)).theme, 'dark');
  // The one-file copy is fetched from the site: offline, the reader is told to connect (it said
  // to open the widget on its own page, where they were).
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/offline');
  await until(async () => /connect to the internet/.test((await state(w.page)).toast), 'the toast says why');
  // (The browser's own line for the request that found no network: nothing else.)
  assert.deepEqual(w.errors, ['Failed to load resource: net::ERR_INTERNET_DISCONNECTED']);
  await w.context.close();
  await server.close();
});

test('a new build replaces the stored one and deletes the old store', async () => {
  let sw = await readFile(join(dist, 'sw.js'), 'utf8');
  const server = await serveFolder(dist, { override: (p) => (p === '/sw.js' ? sw : undefined) });
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const oldKeys = await w.page.evaluate(() => caches.keys());

  // dist's sw.js is minified: VERSION="…" (web/sw.js writes it var VERSION = '…').
  sw = sw.replace(/\bVERSION\s*=\s*(['"])[0-9a-f]{16}\1/, "VERSION='0123456789abcdef'");
  assert.ok(sw.includes('0123456789abcdef'));
  await w.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await w.page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length === 1 && keys[0] === 'career-explorer-0123456789abcdef';
  }, null, { timeout: 20000, polling: 200 });
  assert.notDeepEqual(oldKeys, ['career-explorer-0123456789abcdef']);

  await w.context.setOffline(true);
  await w.page.reload();
  await waitWidgetReady(w.page);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await server.close();
});

test('a careers.json replaced on the server reaches a returning reader, offline too, and their offline copy; a new reader\'s worker still installs', async () => {
  const original = await readFile(join(dist, 'careers.json'), 'utf8');
  let data = original;
  const server = await serveFolder(dist, { override: (p) => (p === '/careers.json' ? data : undefined) });
  const shows = (page, text) => page.evaluate((t) => document.getElementById('ce-layer').textContent.includes(t), text);
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  // The blogger replaces the data in place, without a build (README, "Hosting").
  const catalog = JSON.parse(original);
  catalog.roles[0].title += ' (edited)';
  data = JSON.stringify(catalog);
  await w.page.reload();
  await waitWidgetReady(w.page);
  assert.ok(await shows(w.page, ' (edited)'), 'the next visit shows the new data');
  await w.context.setOffline(true);
  await w.page.reload();
  await waitWidgetReady(w.page);
  assert.ok(await shows(w.page, ' (edited)'), 'and so does the one after, offline');
  await w.context.setOffline(false);
  const download = w.page.waitForEvent('download', { timeout: 10000 });
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/offline');
  const copy = await readFile(await (await download).path(), 'utf8');
  assert.ok(copy.includes(' (edited)'), 'the offline copy carries the data shown, not the build\'s');
  assert.deepEqual(w.errors, []);  // (offline, the worker's own request failed, and it answered)
  await w.context.close();

  // A reader who comes after the change: the worker installs with the data as the server gives it.
  const later = await newPage(browser);
  await later.page.goto(server.url);
  await waitWidgetReady(later.page);
  await later.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await later.context.setOffline(true);
  await later.page.reload();
  await waitWidgetReady(later.page);
  assert.ok(await shows(later.page, ' (edited)'));
  await later.context.close();
  await server.close();
});

test('a page the server answers in place of careers.json (a captive portal) does not replace the stored data: offline, the data that worked', async () => {
  const original = await readFile(join(dist, 'careers.json'), 'utf8');
  let data = original;
  const server = await serveFolder(dist, { override: (p) => (p === '/careers.json' ? data : undefined) });
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  data = '<!doctype html><title>Sign in</title><p>Please sign in to the hotel network.</p>';
  await w.page.reload();
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'error', null, { timeout: 30000 });
  // Offline, the stored copy answers: it is still the data that worked.
  await w.context.setOffline(true);
  await w.page.reload();
  await waitWidgetReady(w.page);
  const s = await state(w.page);
  assert.deepEqual(s.dataErrors ?? [], []);
  assert.ok(await w.page.evaluate(() => document.getElementById('ce-layer').textContent.includes('Prompt')));
  await w.context.close();
  await server.close();
});

test('the manifest describes an installable app with our own icons', async () => {
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  const index = await readFile(join(dist, 'index.html'), 'utf8');
  assert.match(index, /<link rel="manifest" href="manifest.webmanifest">/);
  const pngSize = async (file) => {
    const png = await readFile(join(dist, file));
    assert.equal(png.subarray(1, 4).toString(), 'PNG', file);
    return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
  };
  for (const icon of manifest.icons) assert.equal(await pngSize(icon.src), icon.sizes, icon.src);
  // The social card: the widget's screenshot, or the icon's stand-in when that failed.
  assert.match(index, /<meta property="og:image" content="og-image.png">/);
  assert.equal(await pngSize('og-image.png'), '1200x630', 'the social card was made');
});
