// "Embed it on any blog": the snippet on an article page served from another origin, at phone
// and desktop widths in light and dark; auto height; strict CSP on both pages; a sandboxed
// iframe with an opaque origin; a blogger's own data file (and a stranger's, refused); and no
// frames drawn while the embed is scrolled away or its page hidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { animationFrames, clickItem, newPage, setDocumentHidden, state, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { assertPicture } from './lib/png.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
const BLOG = '/examples/blog-post.html';

// The widget's own page, as strict as a careful host would serve it (on top of its meta CSP;
// connect-src as in index.html, which lets an embed load its blogger's careers.json).
const WIDGET_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
                   "img-src 'self' data:; connect-src 'self' https: http://127.0.0.1:*; " +
                   "object-src 'none'; base-uri 'none'";

let browser;
let widget;   // serves dist/: the widget, embed.js (with CORS, as a sandboxed embed needs)
let blog;     // another origin: the blogger's site
let blogData; // a blogger's own careers.json: MLOps first, so the first role shows whose data it is

before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launch();
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const mlops = catalog.roles.findIndex((r) => r.id === 'mlops-engineer');
  catalog.roles.unshift(...catalog.roles.splice(mlops, 1));
  blogData = JSON.stringify(catalog);
  widget = await serveFolder(dist, {
    cors: true,
    headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': WIDGET_CSP } : {}),
  });
  blog = await serveFolder(dist, { cors: true, override: blogPage });
});

after(async () => {
  await browser?.close();
  await widget?.close();
  await blog?.close();
});

const snippet = (attributes) =>
  `<script src="${widget.url}embed.js" ${attributes} async></script>`;

// The blogger's site: the example article with its snippet pointing at the widget's origin, plus
// small pages made up for single tests.
function blogPage(path) {
  if (path === '/my-careers.json') return blogData;
  const page = (body) => `<!doctype html><html><head><meta charset="utf-8"><title>host</title>
    <link rel="icon" href="data:,"></head><body style="margin:0">${body}</body></html>`;
  if (path === '/wide.html') return page(snippet('data-state="v1;view=roles"'));
  if (path === '/fixed.html') return page(snippet('data-height="500"') + snippet('data-height="99999"'));
  if (path === '/own-data.html') return page(snippet(`data-data="${blog.url}my-careers.json"`));
  if (path === '/font.html') return page(snippet('data-font="DejaVu Serif, serif"'));
  if (path === '/three.html') {
    return page(snippet('data-state="v1;view=roles"') + snippet('data-state="v1;view=skills"') +
                snippet('data-state="v1;view=compare" data-id="My-Plan"'));
  }
  if (path === '/bad-options.html') {
    return page(snippet('data-theme="neon" data-id="BAD ID!" data-height="99999"') +
                snippet('data-id="twin" data-height="tall"') + snippet('data-id="twin"'));
  }
  if (path === '/typed-options.html') {
    return page(snippet('data-theme=" DARK " data-height="500px" data-compact data-id="a"') +
                snippet('data-state="garbage;;;view=nonexistent" data-id="b"') +
                snippet(`data-state="${blog.url}post.html#career-explorer:v1;view=skills" data-compact="0" data-id="c"`) +
                snippet('data-state="v1;view=plan;name=<b>x" data-compact="maybe" data-id="d"'));
  }
  if (path === '/stranger-data.html') {
    const stranger = blog.url.replace('127.0.0.1', 'localhost');  // another origin, same files
    return page(snippet(`data-data="${stranger}my-careers.json"`));
  }
  if (path === '/sandboxed.html') {
    return page(`<iframe sandbox="allow-scripts allow-popups" title="explorer"
      src="${widget.url}index.html#v1;view=plan;role=genai-engineer;target=genai-engineer"
      width="1000" height="700" style="border:0;display:block"></iframe>`);
  }
  return undefined;  // the real file
}

// The example article, with its relative snippet pointed at the widget's origin.
async function blogArticleOverride() {
  const html = await readFile(join(dist, 'examples', 'blog-post.html'), 'utf8');
  assert.ok(html.includes('src="../embed.js"'), 'the example embeds ../embed.js');
  return html.replace('src="../embed.js"', `src="${widget.url}embed.js"`);
}

async function openHost(url, options = {}) {
  const w = await newPage(browser, options);
  await w.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation',
                              (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await w.page.goto(url);
  const element = await w.page.waitForSelector('iframe', { state: 'attached' });
  const frame = await element.contentFrame();
  await waitWidgetReady(frame);
  return { ...w, element, frame };
}

// The example article, from another origin than the widget's, opened with its widget ready.
async function openArticle(options) {
  const article = await blogArticleOverride();
  const host = await serveFolder(dist, { override: (p) => (p === BLOG ? article : undefined) });
  return { ...(await openHost(host.url + BLOG.slice(1), options)), host };
}

async function waitFor(check, message, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!check()) {
    assert.ok(Date.now() < end, message);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

const violations = (target) => target.evaluate(() => window.__violations || []);
const frameHeight = (w) => w.element.evaluate((f) => f.getBoundingClientRect().height);

for (const width of [360, 1000]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`the example article embeds the widget from another origin (${width} px, ${colorScheme})`,
         async () => {
      const article = await blogArticleOverride();
      const host = await serveFolder(dist, { override: (p) => (p === BLOG ? article : undefined) });
      const w = await openHost(host.url + BLOG.slice(1), { width, height: 800, colorScheme });
      const src = new URL(await w.element.getAttribute('src'));
      assert.equal(src.origin, new URL(widget.url).origin, 'the frame comes from the widget\'s origin');
      assert.equal(await w.element.getAttribute('loading'), 'lazy');
      assert.equal(await w.element.getAttribute('allow'), 'clipboard-write');
      const s = await state(w.frame);
      assert.equal(s.view, 'compare', 'data-state opened Compare');
      assert.equal(s.theme, colorScheme, 'data-theme="auto" follows the reader');
      // The article column is narrower than 720 px: the widget asks for its phone-layout height.
      await w.page.waitForFunction(() => document.querySelector('iframe').style.height === '640px');
      const box = await w.element.boundingBox();
      assert.ok(box.width <= 680 && box.width >= Math.min(680, width - 40), `fills the column (${box.width})`);
      await w.element.scrollIntoViewIfNeeded();
      await waitIdle(w.frame);
      const png = await w.page.screenshot({ fullPage: true });
      await writeFile(join(artifacts, `embed-blog-${width}-${colorScheme}.png`), png);
      await assertPicture(browser, png, { width, minHeight: 800, dark: colorScheme === 'dark',
                                          what: 'the article with the widget' });
      assert.deepEqual(w.errors, []);
      await w.context.close();
      await host.close();
    });
  }
}

test('printed with its article, the frame\'s text stops short of the frame\'s end and says where the rest is', async () => {
  const w = await openArticle({ width: 360, height: 640 });
  await w.element.scrollIntoViewIfNeeded();
  await waitIdle(w.frame);
  const paper = () => w.frame.evaluate(() => {
    const mirror = document.getElementById('ce-mirror');
    const note = document.getElementById('ce-print-more');
    return { height: innerHeight, mirror: mirror.getBoundingClientRect().bottom, full: mirror.scrollHeight,
             shown: mirror.clientHeight, note: getComputedStyle(note).display, noteTop: note.getBoundingClientRect().top,
             noteBottom: note.getBoundingClientRect().bottom };
  });
  assert.equal((await paper()).note, 'none', 'on screen there is no such line');
  await w.page.emulateMedia({ media: 'print' });
  const p = await paper();
  assert.ok(p.full > p.shown, `the Compare view's text is longer than the frame (${p.full} > ${p.shown})`);
  assert.equal(p.note, 'block');
  assert.ok(p.mirror <= p.noteTop + 1 && p.noteBottom <= p.height + 1, JSON.stringify(p));
  await w.element.screenshot({ path: join(artifacts, 'embed-print-360.png') });
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await w.host.close();
});

test('auto height: 700 px on a wide page, and only the frame\'s own messages count', async () => {
  // 900 px tall: 700 px is within the 85 % of the screen an auto-height frame may take.
  const w = await openHost(`${blog.url}wide.html`, { width: 1000, height: 900 });
  await w.page.waitForFunction(() => document.querySelector('iframe').style.height === '700px');
  // A message from anywhere else (here the host page itself) is not believed.
  // Posted, and waited for until delivered: embed.js listened first, so it has had it too.
  await w.page.evaluate(() => new Promise((ok) => {
    window.addEventListener('message', () => ok(), { once: true });
    window.postMessage({ type: 'careerexplorer:height', height: 1500 }, '*');
  }));
  await animationFrames(w.page, 2);  // a style change, had there been one, is laid out by now
  assert.equal(await frameHeight(w), 700);
  assert.equal((await state(w.frame)).view, 'roles');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('three widgets in one article: a shared link opens only the widget it came from', async () => {
  const w = await newPage(browser, { width: 1000, height: 800 });
  await w.page.addInitScript(() => {
    window.__copied = [];
    if (navigator.clipboard) navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); };
  });
  // The second widget's link (it has no data-id: its place, 2).
  await w.page.goto(`${blog.url}three.html#career-explorer-2:v1;view=plan;target=mlops-engineer`);
  const frames = [];
  for (const element of await w.page.$$('iframe')) {
    await element.scrollIntoViewIfNeeded();
    const frame = await element.contentFrame();
    await waitWidgetReady(frame);
    frames.push(frame);
  }
  assert.equal(frames.length, 3);
  const views = [];
  for (const frame of frames) views.push([(await state(frame)).view, (await state(frame)).target]);
  assert.deepEqual(views, [['roles', ''], ['plan', 'mlops-engineer'], ['compare', '']],
                   'only the second widget opened the link; the others show their own starting views');
  // Each one's Share names itself: the first as a lone widget always has, the third by its data-id.
  const prefixes = [];
  for (const frame of frames) {
    await (await frame.frameElement()).scrollIntoViewIfNeeded();
    await waitIdle(frame);
    const box = await (await frame.frameElement()).boundingBox();
    const r = await frame.evaluate(() => window.careerExplorer.itemRect('share'));
    await w.page.mouse.click(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
    let copied = [];
    for (let i = 0; i < 100 && !copied.length; i++) {
      copied = await frame.evaluate(() => window.__copied);
      if (!copied.length) await new Promise((ok) => setTimeout(ok, 50));
    }
    assert.equal(copied.length, 1, 'Share copied a link');
    assert.ok(copied[0].startsWith(`${blog.url}three.html#`), `a link to the article: ${copied[0]}`);
    const hash = copied[0].slice(copied[0].indexOf('#'));
    prefixes.push(hash.slice(0, hash.indexOf(':') + 1));  // (a key holds no ':')
  }
  assert.deepEqual(prefixes, ['#career-explorer:', '#career-explorer-2:', '#career-explorer-my-plan:']);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('fixed heights are kept, within 360..2000 px', async () => {
  const w = await openHost(`${blog.url}fixed.html`, { width: 1000, height: 800 });
  const heights = await w.page.evaluate(
    () => [...document.querySelectorAll('iframe')].map((f) => f.getBoundingClientRect().height));
  assert.deepEqual(heights, [500, 2000]);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('strict CSP on the article and on the widget: no violations, and the menu works', async () => {
  const article = await blogArticleOverride();
  const origin = new URL(widget.url).origin;
  const host = await serveFolder(dist, {
    override: (p) => (p === BLOG ? article : undefined),
    headers: (p) => (p === BLOG ? { 'content-security-policy':
      `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}; style-src 'self'; img-src 'self' data:` } : {}),
  });
  const w = await openHost(host.url + BLOG.slice(1), { width: 1000, height: 800 });
  await w.element.scrollIntoViewIfNeeded();
  await clickItem(w.page, 'view/roles', { frame: w.frame });
  assert.equal((await state(w.frame)).view, 'roles');
  // Print builds a document in a frame inside the widget: its styles must not trip the CSP.
  await clickItem(w.page, 'menu', { frame: w.frame });
  await clickItem(w.page, 'menu/print', { frame: w.frame });
  await w.frame.waitForFunction(() => document.querySelector('iframe[sandbox]')?.contentDocument?.body
    ?.innerText.length > 0);
  assert.deepEqual(await violations(w.page), []);
  assert.deepEqual(await violations(w.frame), []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await host.close();
});

test('inside <iframe sandbox="allow-scripts allow-popups"> (opaque origin): works, no storage errors, links open', async () => {
  const w = await openHost(`${blog.url}sandboxed.html`, { width: 1000, height: 700 });
  // Never let a course link leave the machine; note where it tried to go.
  const leaving = [];
  await w.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    leaving.push(route.request().url());
    return route.abort();
  });
  assert.equal(await w.frame.evaluate(() => window.origin), 'null', 'the frame really is opaque');
  const s = await state(w.frame);
  assert.equal(s.view, 'plan');
  assert.equal(s.plan.role, 'genai-engineer');
  // Progress cannot be kept here; changing the state must still work quietly.
  await clickItem(w.page, 'goal/cost', { frame: w.frame });
  assert.equal((await state(w.frame)).goal, 'cost');
  // Share without the Clipboard API (not delegated to this frame): the fallback copies the link.
  await w.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await clickItem(w.page, 'menu', { frame: w.frame });
  await clickItem(w.page, 'menu/share', { frame: w.frame });
  // The confirmation first: it shows for 2.5 s, which the clipboard's check below can outlast on
  // a busy machine (it did once, in a full run).
  assert.equal((await state(w.frame)).toast, 'Link copied');
  const link = `${widget.url}index.html#${await w.frame.evaluate(() => window.careerExplorer.fragment())}`;
  await w.page.waitForFunction((l) => navigator.clipboard.readText().then((t) => t === l), link,
                               { timeout: 5000 });
  // The first planned course whose page is known (some certifications have no address).
  const catalogue = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const course = s.plan.courses.map((c) => c.id).find((id) => catalogue.courses.find((c) => c.id === id)?.url);
  assert.ok(course, 'a planned course has an address');
  // The plan may run past the frame's bottom: the wheel brings the course's link into view.
  const box = await w.element.boundingBox();
  for (let i = 0; i < 30; i++) {
    const r = await w.frame.evaluate((n) => window.careerExplorer.itemRect(n), `course/${course}`);
    if (r && r.y + r.h < box.height - 4) break;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.wheel(0, 150);
    await waitIdle(w.frame);
  }
  const popup = w.context.waitForEvent('page', { timeout: 10000 });
  await clickItem(w.page, `course/${course}`, { frame: w.frame });
  await popup;
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const url = catalog.courses.find((c) => c.id === course).url;
  await waitFor(() => leaving.includes(url), `a new tab went to ${url} (saw ${leaving})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a blogger\'s own careers.json (same origin as the article) is used', async () => {
  const w = await openHost(`${blog.url}own-data.html`, { width: 1000, height: 800 });
  assert.equal((await state(w.frame)).role, 'mlops-engineer', 'the first role of the blog\'s data');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// The blogger's font: the widget's text (the canvas's glyphs and the page's own messages) is set
// in it, ahead of the widget's own list; a value that is not a font list is ignored, with a
// warning, and never reaches the page's CSS.
test('data-font sets the widget\'s font; a value that is not a list of font names is ignored', async () => {
  const familyOf = (target) => target.evaluate(() => getComputedStyle(document.getElementById('ce-canvas')).fontFamily);
  const glyphsOf = (target) => target.evaluate(() => window.careerExplorer.itemRect('role/prompt-engineer'));
  const w = await openHost(`${blog.url}font.html`, { width: 1000, height: 800 });
  assert.match(await familyOf(w.frame), /^"?DejaVu Serif"?, serif, Inter/);
  assert.ok(await glyphsOf(w.frame), 'the widget draws in it');
  assert.deepEqual(w.errors, []);
  await w.context.close();

  // The same page with and without the option: the glyphs are the serif face's.
  const canvasShot = async (query) => {
    const p = await newPage(browser, { width: 1000, height: 800 });
    await p.page.goto(`${widget.url}index.html${query}`);
    await waitWidgetReady(p.page);
    await waitIdle(p.page);
    const family = await familyOf(p.page);
    const png = await (await p.page.$('#ce-canvas')).screenshot();
    await p.context.close();
    return { family, png };
  };
  const plain = await canvasShot('');
  const serif = await canvasShot(`?font=${encodeURIComponent('DejaVu Serif, serif')}`);
  assert.match(plain.family, /^Inter/);
  assert.ok(!serif.png.equals(plain.png), 'the serif face draws other pixels than the default one');

  for (const bad of ['x;}body{color:red', 'inherit', 'Georgia, url(x)', 'a'.repeat(201)]) {
    const r = await newPage(browser, { width: 1000, height: 800 });
    const warnings = [];
    r.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await r.page.goto(`${widget.url}index.html?font=${encodeURIComponent(bad)}`);
    await waitWidgetReady(r.page);
    assert.match(await familyOf(r.page), /^Inter/, `"${bad.slice(0, 20)}" is not used`);
    assert.ok(warnings.some((t) => t.includes('ignoring ?font=')), `"${bad.slice(0, 20)}" is warned about`);
    assert.deepEqual(r.errors, []);
    await r.context.close();
  }
});

// A page of the blog's with `frames` snippets, once each has its frame; what embed.js told the
// blogger in the console (`said(text)`: some warning of embed.js's holds it).
async function openOptionsPage(path, frames) {
  const w = await newPage(browser);
  const warnings = [];
  w.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await w.page.goto(blog.url + path);
  await w.page.waitForFunction((n) => document.querySelectorAll('iframe[data-ce-embed]').length === n, frames);
  const own = () => warnings.filter((line) => line.startsWith('career explorer embed: '));
  return { ...w, warnings, own, said: (text) => own().some((line) => line.includes(text)) };
}

test('options an embed cannot use are left out, and the console tells the blogger which and why', async () => {
  const w = await openOptionsPage('bad-options.html', 3);
  const { said, warnings } = w;
  assert.ok(said('data-theme="neon": ignored: it is auto, light or dark'), warnings.join('\n'));
  assert.ok(said('data-id="BAD ID!": a name keeps only a-z, 0-9 and "-" (at most 32): using "badid"'), warnings.join('\n'));
  assert.ok(said('data-height="99999": a height is 360 to 2000 pixels: using 2000'), warnings.join('\n'));
  assert.ok(said('data-height="tall": ignored: it is auto or a number of pixels'), warnings.join('\n'));
  assert.ok(said('data-id="twin": another widget in this article has the same name'), warnings.join('\n'));
  // What was left out is not used: the frames are as without it.
  const frames = await w.page.$$eval('iframe[data-ce-embed]', (all) => all.map((f) => [f.dataset.ceEmbed, new URL(f.src).searchParams.get('theme')]));
  assert.deepEqual(frames, [['badid', null], ['twin', null], ['twin', null]]);
  assert.equal(w.own().length, 5);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('options as a blogger may type them are taken; a data-state that is no link is left out with a warning, not shown to readers', async () => {
  const w = await openOptionsPage('typed-options.html', 4);
  const { said, warnings } = w;
  const frames = await w.page.$$eval('iframe[data-ce-embed]', (all) => all.map((f) => {
    const q = new URL(f.src).searchParams;
    return [f.dataset.ceEmbed, q.get('theme'), q.get('compact'), q.get('start')];
  }));
  assert.deepEqual(frames, [
    ['a', 'dark', '1', null],       // " DARK " and the bare data-compact
    ['b', null, null, null],        // not a link's state: left out
    ['c', null, null, 'v1;view=skills'],  // a whole Share link: its state
    ['d', null, null, 'v1;view=plan;name=bx'],
  ]);
  assert.equal(await w.page.$eval('iframe[data-ce-embed="a"]', (f) => f.style.height), '500px', '"500px" is 500');
  assert.ok(said('data-state="garbage;;;view=nonexistent": ignored: it is the part of a Share link after "#"'), warnings.join('\n'));
  assert.ok(said('data-state="v1;view=plan;name=<b>x": characters a link never holds were left out: using "v1;view=plan;name=bx"'), warnings.join('\n'));
  assert.ok(said('data-compact="maybe": ignored: it is 1 (compact) or 0'), warnings.join('\n'));
  assert.equal(w.own().length, 3, warnings.join('\n'));
  // The reader of the second widget starts where the widget starts, with no notice about a link.
  const second = await (await w.page.$('iframe[data-ce-embed="b"]')).contentFrame();
  await waitWidgetReady(second);
  assert.deepEqual((await state(second)).notices, []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('data from a stranger is refused: another origin than the embedding page, or no embed at all',
     async () => {
  const w = await openHost(`${blog.url}stranger-data.html`, { width: 1000, height: 800 });
  assert.equal((await state(w.frame)).role, 'prompt-engineer', 'the bundled data');
  await w.context.close();

  const top = await newPage(browser);
  const warnings = [];
  top.page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await top.page.goto(`${widget.url}index.html?data=${encodeURIComponent(`${blog.url}my-careers.json`)}` +
                      '#v1;view=compare');
  await waitWidgetReady(top.page);
  assert.equal((await state(top.page)).role, 'prompt-engineer');
  assert.ok(warnings.some((t) => t.includes('ignoring ?data=')), warnings.join('\n'));
  // Nor does a fragment ever choose data.
  await top.page.goto(`${widget.url}index.html#data=${blog.url}my-careers.json`);
  await waitWidgetReady(top.page);
  assert.equal((await state(top.page)).role, 'prompt-engineer');
  assert.deepEqual(top.errors, []);
  await top.context.close();
});

test('an embed further down the article than the screen is ready without being scrolled to, then idles', async () => {
  // Room above the snippet: the frame starts well below the fold (within the lazy-loading
  // distance, so the browser loads it), where IntersectionObserver says it is out of view.
  const article = (await blogArticleOverride())
    .replace(`<script src="${widget.url}embed.js"`, `<div class="spacer"></div><script src="${widget.url}embed.js"`)
    .replace('</head>', '<style>.spacer { height: 700px; }</style></head>');
  assert.ok(article.includes('class="spacer"'), 'the spacer is in the article');
  const host = await serveFolder(dist, { override: (p) => (p === BLOG ? article : undefined) });
  const w = await openHost(host.url + BLOG.slice(1), { width: 1000, height: 700 });
  const box = await w.element.boundingBox();
  assert.ok(box.y > 700 + 300, `the frame starts below the fold (${box.y})`);
  // Its first frame is drawn: the loading indicator gave way to the picture.
  assert.equal(await w.frame.evaluate(() => document.getElementById('ce-loading').hidden), true);
  await animationFrames(w.page, 5);
  const before = await w.frame.evaluate(() => window.careerExplorer.frameCount());
  await w.frame.evaluate(() => window.careerExplorer.redraw());
  await animationFrames(w.page, 48);
  assert.equal(await w.frame.evaluate(() => window.careerExplorer.frameCount()), before,
               'no frames while out of view after the first');
  await w.element.scrollIntoViewIfNeeded();
  await w.frame.waitForFunction((n) => window.careerExplorer.frameCount() > n, before);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await host.close();
});

test('no frames while the embed is scrolled offscreen (real scroll), and again when back', async () => {
  const w = await openArticle({ width: 1000, height: 700 });
  await w.element.scrollIntoViewIfNeeded();
  await waitIdle(w.frame);
  await w.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await w.page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().bottom < 0);
  // IntersectionObserver reports after the next rendering steps: a few of the page's frames.
  await animationFrames(w.page, 5);
  const before = await w.frame.evaluate(() => window.careerExplorer.frameCount());
  // Something asks for frames (a script, a late tooltip): offscreen, none are drawn during the
  // next 48 frames of the page (the widget draws in animation frames, so it had every chance).
  await w.frame.evaluate(() => window.careerExplorer.redraw());
  await animationFrames(w.page, 48);
  assert.equal(await w.frame.evaluate(() => window.careerExplorer.frameCount()), before);
  await w.element.scrollIntoViewIfNeeded();
  await w.frame.waitForFunction((n) => window.careerExplorer.frameCount() > n, before);
  assert.deepEqual(w.errors, []);
  await w.context.close();
  await w.host.close();
});

// Headless Chromium cannot really hide a tab (minimising the window or bringing another tab to
// the front leaves document.visibilityState "visible", and CDP has no page-visibility switch
// that still runs script), so the frame's document reports "hidden" and gets the
// visibilitychange event, which is exactly what the widget's platform layer listens to.
test('no frames while the page is hidden (visibilitychange emulated in the frame)', async () => {
  const w = await openHost(`${blog.url}wide.html`, { width: 1000, height: 800 });
  await waitIdle(w.frame);
  await setDocumentHidden(w.frame, true);
  const before = await w.frame.evaluate(() => window.careerExplorer.frameCount());
  await w.frame.evaluate(() => window.careerExplorer.redraw());
  await w.page.mouse.move(300, 300);  // input while hidden is queued, not drawn
  await animationFrames(w.page, 48);
  assert.equal(await w.frame.evaluate(() => window.careerExplorer.frameCount()), before);
  await setDocumentHidden(w.frame, false);
  await w.frame.waitForFunction((n) => window.careerExplorer.frameCount() > n, before);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
