// Hostile or broken surroundings get a clear answer and lose nothing: data that a redirect brings
// from a stranger, a data request that never answers, a page under Trusted Types, two tabs
// saving progress, the offline copy of a blogger's own data, and a service worker install that
// got a truncated file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { clickItem, newPage, state, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// The bundled data with its first role moved to the end: shows whose data is on screen.
async function otherData() {
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  catalog.roles.push(catalog.roles.shift());
  return JSON.stringify(catalog);
}

test('?data= that redirects to another origin is refused, and the bundled data is shown', async () => {
  const stranger = await serveFolder(dist, { cors: true, override: (p) => (p === '/evil.json' ? '{"x":1}' : undefined) });
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  const warnings = [];
  w.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  // Same-origin address, so it passes the first check; the server redirects it away.
  await w.page.route('**/mine.json', (route) => route.fulfill({
    status: 302, headers: { location: `${stranger.url}evil.json`, 'access-control-allow-origin': '*' },
  }));
  await w.page.goto(`${server.url}index.html?data=mine.json`);
  await waitWidgetReady(w.page);
  const s = await state(w.page);
  assert.equal(s.status, 'ready');
  assert.equal(s.role, 'prompt-engineer', 'the bundled data');
  assert.ok(warnings.some((t) => t.includes('redirected to')), warnings.join('\n'));
  await w.context.close();
  await server.close();
  await stranger.close();
});

// A data file far past the loader's 8 MiB limit (a blogger's ?data= pointing at the wrong file): its
// download stops soon after the limit, and the widget says the file is too large without claiming
// a size it never saw. (It was read whole, 300 MB in 4.4 s with a 1.4 s long task, and copied into
// the wasm's memory.)
test('a data file of 256 MiB is refused by its size after some 8 MiB are read, not downloaded whole', async () => {
  const total = 256 << 20;
  let sent = 0;
  let over = false;  // the response ended or the browser closed it
  const server = await serveFolder(dist, {
    answer: (path, res) => {
      if (path !== '/huge.json') return false;
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      chunk.write('{"format":1,');
      let closed = false;
      res.on('close', () => { closed = true; over = true; });
      const more = () => {
        while (!closed && sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        if (!closed) res.end();
      };
      more();
      return true;
    },
  });
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html?data=huge.json`);
  await until(async () => (await state(w.page)).status === 'error', 'the widget refused the file', 60000);
  const errors = (await state(w.page)).dataErrors || [];
  assert.ok(errors.includes('the file is larger than 8 MiB (8,388,608 bytes), the limit'), JSON.stringify(errors));
  // The browser let go of the response: what the server got out is the limit and what the
  // connection's buffers held, far from the whole.
  await until(async () => over, 'the response is over', 60000);
  assert.ok(sent < 96 << 20, `${sent / (1 << 20)} MiB of 256 sent`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await server.close();
});

test('a data request that never answers ends in a message with a working retry', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  let hang = true;
  await w.page.route('**/careers.json', (route) => (hang ? undefined : route.continue()));  // never answered
  await w.page.clock.install();
  await w.page.goto(`${server.url}index.html`);
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'loading');
  await w.page.clock.runFor(16000);
  await w.page.waitForSelector('#ce-message:not([hidden])');
  const message = await w.page.textContent('#ce-message');
  assert.match(message, /could not be loaded/);
  assert.match(message, /did not answer within 15 seconds/);
  assert.equal(await w.page.getAttribute('#ce-message', 'role'), 'alert', 'screen readers hear it');
  hang = false;
  await w.page.unroute('**/careers.json');
  await w.page.clock.resume();
  await w.page.click('#ce-message button');
  await waitWidgetReady(w.page);
  assert.equal((await state(w.page)).status, 'ready', 'the retry loaded the data, no reload needed');
  await w.context.close();
  await server.close();
});

test('a page whose app.js never arrives says, after 20 s, to reload, with no script of ours running', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  await w.page.route('**/app.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await w.page.goto(`${server.url}index.html`);
  const late = () => w.page.evaluate(() => {
    const el = document.querySelector('#ce-loading .ce-late');
    const r = el.getBoundingClientRect();
    return { visible: getComputedStyle(el).visibility === 'visible' && r.width > 0, text: el.textContent };
  });
  assert.equal((await late()).visible, false, 'not at first');
  // 20 s on, without waiting them: the style sheet's own animation, moved to its end.
  await w.page.evaluate(() => document.getAnimations().forEach((a) => { a.currentTime = 21000; }));
  assert.deepEqual(await late(), { visible: true, text: 'If nothing happens, reload the page.' });
  assert.equal(await w.page.evaluate(() => typeof window.careerExplorer), 'undefined');
  await w.context.close();
  await server.close();
});

test('a failed data load reaches screen readers: the text mirror and the live region', async () => {
  const server = await serveFolder(dist, { override: (p) => (p === '/careers.json' ? '{"roles": [' : undefined) });
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'error');
  await w.page.waitForFunction(() => document.getElementById('ce-mirror').textContent.includes('could not be loaded'));
  await w.page.waitForFunction(() => document.getElementById('ce-status').textContent.includes('could not be loaded'));
  // The layer says it (the mirror says the same, hidden behind it): the title, the detail, and
  // the validator's problems as one stop for Tab.
  const layer = await w.page.evaluate(() => ({
    title: document.querySelector('#ce-layer h2')?.textContent,
    list: document.querySelector('#ce-layer [data-ce-id="problems/list"]')?.textContent,
    hidden: document.getElementById('ce-layer').closest('[hidden], [aria-hidden="true"]') !== null,
  }));
  assert.equal(layer.title, 'The career data could not be loaded');
  assert.match(layer.list, /^The career data file has these problems:\nError: /);
  assert.equal(layer.hidden, false);
  await w.context.close();
  await server.close();
});

test('the page works under Trusted Types, printing included', async () => {
  const server = await serveFolder(dist, {
    headers: (p) => (p.endsWith('.html') ? { 'content-security-policy': "require-trusted-types-for 'script'" } : {}),
  });
  const w = await newPage(browser);
  await w.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
                              (e) => window.__violations.push(`${e.violatedDirective} ${e.sample} ${e.sourceFile}:${e.lineNumber}`));
    window.print = () => { window.__printed = true; };
  });
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/print');
  await w.page.waitForFunction(() => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.title === 'Print preview');
    return frame && frame.srcdoc.includes('<');
  });
  assert.deepEqual(await w.page.evaluate(() => window.__violations), []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await server.close();
});

// A role's summary may hold line breaks (the format's prose fields do) and a word longer than a
// line: the printed plan keeps the lines apart, as the canvas does, and breaks the word rather than
// running off the page's edge (it ran the lines together, and the word 30,000 px wide).
test('the printed plan keeps a data text\'s line breaks and fits a long word to the page', async () => {
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const role = catalog.roles.find((r) => r.id === 'genai-engineer');
  role.summary = 'First line of the summary.\nSecond line, then ' + 'x'.repeat(600);
  const body = JSON.stringify(catalog);
  const server = await serveFolder(dist, { override: (p) => (p === '/careers.json' ? body : undefined) });
  const w = await newPage(browser);
  await w.page.addInitScript(() => { window.print = () => {}; });
  await w.page.goto(`${server.url}index.html#v1;view=plan;target=genai-engineer`);
  await waitWidgetReady(w.page);
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/print');
  await until(async () => w.page.evaluate(() => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.title === 'Print preview');
    return !!frame && frame.srcdoc.includes('Second line');
  }), 'the print document was written');
  // The frame is hidden and has no size until it prints: here it gets a page's width, its style
  // sheet as the widget gave it (the styles go in through the CSSOM, not the srcdoc).
  await w.page.evaluate(() => {
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.title === 'Print preview');
    Object.assign(frame.style, { width: '800px', height: '1000px', visibility: 'visible' });
  });
  const sheet = w.page.frames().find((f) => f.url() === 'about:srcdoc');
  assert.ok(sheet, 'the print frame');
  await until(async () => (await sheet.evaluate(() => document.documentElement.clientWidth)) === 800, 'the frame is 800 px wide');
  const seen = await sheet.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes('Second line'));
    return { text: p.innerText, wide: document.documentElement.scrollWidth };
  });
  assert.match(seen.text, /summary\.\nSecond line/, 'the line break is kept');
  assert.ok(seen.wide <= 800, `the page is ${seen.wide} px wide in an 800 px window`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await server.close();
});

test('two tabs: a change saved in one is taken in by the other, which keeps its own view', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  const other = await w.context.newPage();
  await other.goto(`${server.url}index.html`);
  await waitWidgetReady(other);
  await clickItem(other, 'view/compare');

  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'profile/software-engineer');
  const rated = (await state(w.page)).ratings;
  await other.waitForFunction((n) => Object.keys(window.careerExplorer.getState().ratings).length === n,
                              Object.keys(rated).length);
  const s = await state(other);
  assert.deepEqual(s.ratings, rated, 'the other tab has the new ratings');
  assert.equal(s.view, 'compare', 'and stays where its reader was');
  // Its own next change builds on them: nothing from the first tab is lost.
  await clickItem(other, 'sort/entry');
  await waitIdle(other);
  const saved = await other.evaluate(() => localStorage.getItem('career-explorer:v1'));
  assert.ok(saved.includes('skills='), `saved progress keeps the ratings: ${saved}`);
  await w.context.close();
  await server.close();
});

test('a NUL in saved progress, this tab\'s or another\'s, costs only its own field: the rest is kept', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  await w.page.evaluate(() => localStorage.setItem('career-explorer:v1',
    'v1;view=compare;x=\u0000;skills=python.3,nlp.2;done=ai-for-everyone;name=~4d~69ne'));
  await w.page.reload();
  await waitWidgetReady(w.page);
  let s = await state(w.page);
  assert.deepEqual(s.ratings, { nlp: 2, python: 3 }, 'the ratings after it came back');
  assert.deepEqual(s.done, ['ai-for-everyone']);
  assert.equal(s.plans[0].name, 'Mine');
  assert.deepEqual(s.notices, ['1 part of your saved progress was not understood and ignored.']);
  // The same value from another tab (the storage event) is taken in the same way.
  const other = await w.context.newPage();
  await other.goto(`${server.url}index.html`);
  await waitWidgetReady(other);
  await other.evaluate(() => localStorage.setItem('career-explorer:v1', 'v1;view=compare;\u0000;skills=python.1,nlp.3'));
  await w.page.waitForFunction(() => window.careerExplorer.getState().ratings.python === 1);
  s = await state(w.page);
  assert.deepEqual(s.ratings, { nlp: 3, python: 1 });
  await w.context.close();
  await server.close();
});

test('a browser that will not keep progress says so once, with the way to keep it', async () => {
  const server = await serveFolder(dist);
  const w = await newPage(browser);
  // As storage in a blocked third-party frame answers (a full one throws QuotaExceededError).
  await w.page.addInitScript(() => {
    const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Storage.prototype.setItem = refuse;
    Storage.prototype.getItem = refuse;
  });
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  assert.deepEqual((await state(w.page)).notices, [], 'nothing to keep yet: nothing said');
  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'profile/data-analyst');
  await waitIdle(w.page);
  const s = await state(w.page);
  assert.ok(Object.keys(s.ratings).length > 0, 'the change itself stands');
  assert.equal(s.notices.length, 1, `one notice: ${JSON.stringify(s.notices)}`);
  assert.match(s.notices[0], /not letting the explorer keep your progress.*Share/);
  await w.page.waitForFunction(() =>
    document.getElementById('ce-status').textContent.includes('keep your progress'));
  // Seen and operable: the banner's Dismiss is on screen and in the page's layer.
  assert.ok(await w.page.evaluate(() => window.careerExplorer.itemRect('banner/dismiss')), 'Dismiss is on screen');
  await clickItem(w.page, 'banner/dismiss');
  await clickItem(w.page, 'profile/software-engineer');
  await waitIdle(w.page);
  assert.deepEqual((await state(w.page)).notices, [], 'said once a visit');
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await server.close();
});

test('progress with a blogger\'s own data is kept apart from progress with the bundled data', async () => {
  const data = await otherData();
  const server = await serveFolder(dist, { override: (p) => (p === '/own.json' ? data : undefined) });
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'profile/data-analyst');
  await waitIdle(w.page);
  const bundled = await w.page.evaluate(() => localStorage.getItem('career-explorer:v1'));
  assert.ok(bundled && bundled.includes('skills='));
  await w.page.goto(`${server.url}index.html?data=own.json`);
  await waitWidgetReady(w.page);
  assert.deepEqual((await state(w.page)).ratings, {}, 'own data starts with its own (empty) progress');
  await clickItem(w.page, 'view/compare');
  await waitIdle(w.page);
  assert.equal(await w.page.evaluate(() => localStorage.getItem('career-explorer:v1')), bundled,
               'the bundled data\'s progress was not overwritten');
  await w.context.close();
  await server.close();
});

test('"Download for offline use" with a blogger\'s own data carries that data', async () => {
  const data = await otherData();
  const server = await serveFolder(dist, { override: (p) => (p === '/own.json' ? data : undefined) });
  const w = await newPage(browser, { acceptDownloads: true });
  await w.page.goto(`${server.url}index.html?data=own.json`);
  await waitWidgetReady(w.page);
  const firstRole = (await state(w.page)).role;
  assert.notEqual(firstRole, 'prompt-engineer', 'the blogger\'s data is on screen');
  const download = w.page.waitForEvent('download');
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/offline');
  const file = join(await mkdtemp(join(tmpdir(), 'ce-offline-')), 'career-explorer.html');
  await (await download).saveAs(file);
  const html = await readFile(file, 'utf8');
  const block = html.match(/<script type="application\/json" id="ce-data" data-source="([^"]*)">([\s\S]*?)<\/script>/);
  assert.ok(block, 'the copy has its data block, which says where the data came from');
  assert.equal(block[1], `${server.url}own.json`);
  assert.equal(JSON.parse(block[2]).roles[0].id, firstRole, 'with the blogger\'s data in it');
  // And it opens as that data, from disk, keeping its progress apart from a copy of the bundled
  // data (every file:// page shares one storage).
  const copy = await newPage(browser);
  await copy.page.goto(`file://${file}`);
  await waitWidgetReady(copy.page);
  assert.equal((await state(copy.page)).role, firstRole);
  await copy.page.evaluate(() => localStorage.setItem('career-explorer:v1', 'v1;view=skills'));
  await clickItem(copy.page, 'view/compare');
  await waitIdle(copy.page);
  const stored = await copy.page.evaluate(() => ({ ...localStorage }));
  assert.equal(stored['career-explorer:v1'], 'v1;view=skills', 'the bundled copy\'s progress is untouched');
  assert.match(stored[`career-explorer:v1|${server.url}own.json`] || '', /view=compare/, 'this copy keeps its own');
  await copy.context.close();
  await w.context.close();
  await server.close();
});

test('in a sandboxed frame "Download for offline use" never takes the reader away, and says the file may not arrive', async () => {
  // Sandboxed without allow-same-origin: an opaque origin, where a link to an http(s) file is
  // cross-origin and its `download` is ignored (the frame navigated to the file, and the reader's
  // progress, which such a frame cannot store, was gone).
  const host = '<!doctype html><title>host</title><iframe sandbox="allow-scripts allow-downloads" ' +
               'src="/index.html" style="width:1000px;height:700px"></iframe>';
  const server = await serveFolder(dist, { cors: true, override: (p) => (p === '/host.html' ? host : undefined) });
  const w = await newPage(browser, { width: 1040, height: 760, acceptDownloads: true });
  await w.page.goto(`${server.url}host.html`);
  const frame = w.page.frames().find((f) => f !== w.page.mainFrame());
  await waitWidgetReady(frame);
  await clickItem(w.page, 'view/compare', { frame });
  const download = w.page.waitForEvent('download', { timeout: 15000 });
  await clickItem(w.page, 'menu', { frame });
  await clickItem(w.page, 'menu/offline', { frame });
  assert.equal((await download).suggestedFilename(), 'career-explorer.html');
  await until(async () => /does not let the widget download/.test((await state(frame)).toast),
              'it says the file may not arrive');
  assert.match(frame.url(), /\/index\.html$/, 'the frame is still the widget');
  assert.equal((await state(frame)).view, 'compare', 'and still where the reader was');
  await w.context.close();
  await server.close();
});

test('a truncated file during the service worker\'s install is never kept, and the next visit recovers', async () => {
  const wasm = await readFile(join(dist, 'career-explorer.wasm'));
  let wasmRequests = 0;
  let broken = true;
  const server = await serveFolder(dist, {
    override: (p) => {
      if (p !== '/career-explorer.wasm') return undefined;
      wasmRequests += 1;
      // The page's own download is whole; the worker's install gets half the file.
      return broken && wasmRequests > 1 ? wasm.subarray(0, wasm.length >> 1) : wasm;
    },
  });
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  // The worker's install fetched the wasm a second time (and once more on its retry); wait until
  // it has given up.
  const end = Date.now() + 20000;
  for (;;) {
    const installing = await w.page.evaluate(() => navigator.serviceWorker.getRegistration()
      .then((r) => !!(r && (r.installing || r.waiting))));
    if (wasmRequests >= 3 && !installing) break;
    assert.ok(Date.now() < end, `the install ended (${wasmRequests} wasm requests)`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok(wasmRequests >= 2, 'the worker tried to store the wasm');
  const stored = await w.page.evaluate(async () => {
    const keys = await caches.keys();
    const found = [];
    for (const key of keys) {
      const hit = await (await caches.open(key)).match('career-explorer.wasm');
      if (hit) found.push((await hit.arrayBuffer()).byteLength);
    }
    return { found, controller: !!navigator.serviceWorker.controller };
  });
  assert.deepEqual(stored.found, [], 'no store holds the truncated wasm');
  assert.equal(stored.controller, false, 'no worker controls the page');

  broken = false;  // the server is fixed
  await w.page.reload();
  await waitWidgetReady(w.page);
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await w.context.setOffline(true);
  await w.page.reload();
  await waitWidgetReady(w.page);
  assert.equal((await state(w.page)).status, 'ready', 'it works offline after recovering');
  await w.context.close();
  await server.close();
});

// The page compiles the wasm itself while it streams in (web/app.js, compileWasm): a host that
// sends it with another type still gets a widget, a broken file gets a message, and the preloaded
// download is the one used (never a second request for it).
test('the wasm is requested once, and a host that serves it as text/plain still gets a widget', async () => {
  let wasmRequests = 0;
  let plainText = false;
  const server = await serveFolder(dist, {
    headers: (p) => {
      if (p !== '/career-explorer.wasm') return {};
      wasmRequests += 1;
      return plainText ? { 'content-type': 'text/plain' } : {};
    },
  });
  // The page's own requests only: the service worker it registers after its first frame fetches
  // the wasm again to store it (offline.test.mjs), and on a busy machine that request came
  // before this count was read.
  const w = await newPage(browser, { serviceWorkers: 'block' });
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  assert.equal((await state(w.page)).status, 'ready');
  assert.equal(wasmRequests, 1, 'one request for the wasm (the preload is the one compiled)');

  plainText = true;
  wasmRequests = 0;
  const plain = await newPage(browser, { serviceWorkers: 'block' });
  await plain.page.goto(server.url);
  await waitWidgetReady(plain.page);
  assert.equal((await state(plain.page)).status, 'ready', 'compiled from its bytes');
  assert.ok(wasmRequests >= 1);
  await w.context.close();
  await plain.context.close();
  await server.close();
});

test('a wasm that does not compile gets a message with a reload, not a blank canvas', async () => {
  const server = await serveFolder(dist, {
    override: (p) => (p === '/career-explorer.wasm' ? Buffer.from('this is not WebAssembly') : undefined),
  });
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await w.page.waitForSelector('#ce-message:not([hidden])', { timeout: 20000 });
  assert.match(await w.page.textContent('#ce-message'), /could not start/);
  assert.ok(await w.page.locator('#ce-message button').count() > 0, 'a reload button');
  await w.context.close();
  await server.close();
});
