// The browser draws the widget's text in the page's font (src/web/browser_fonts.cpp): what the
// page's CSS names is what the reader sees, a web font that arrives late replaces the fallback
// the first frames were drawn with, and characters past the Latin set are drawn by the reader's
// fonts rather than shown as placeholders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { servesDist } from './lib/suite.mjs';
import { pixelStats } from './lib/png.mjs';
import { newPage, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
// A face unlike the page's own (Inter, or the system's UI font): very heavy. fonts-inter is one
// of the packages the project installs (scripts/install-deps.sh).
const HEAVY_FACE = '/usr/share/fonts/opentype/inter/InterDisplay-Black.otf';
// And one far lighter than any fallback.
const THIN_FACE = '/usr/share/fonts/opentype/inter/Inter-Thin.otf';
let browser;
let server;
servesDist(dist, (b, s) => { browser = b; server = s; });

// The share of a named item's pixels that are not its background: how much ink its text has.
// (Inset: the corner pixel stands for the background, and a row's edge may be a line.)
async function ink(page, item) {
  const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), item);
  assert.ok(r, `${item} is on screen`);
  // Through DevTools: Playwright's own screenshot waits for web fonts to arrive.
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', {
    format: 'png', clip: { x: r.x + 4, y: r.y + 4, width: r.w - 8, height: r.h - 8, scale: 1 } });
  await cdp.detach();
  const png = Buffer.from(data, 'base64');
  return (await pixelStats(browser, png)).changedShare;
}

// Serves the page's style.css with a web font for the canvas, declared with `descriptors`
// (e.g. a unicode-range), whose file is held back until release(), as a slow web font is.
async function heldWebFont(page, family, faceFile, descriptors = '') {
  const css = await readFile(join(dist, 'style.css'), 'utf8');
  const face = await readFile(faceFile);
  const file = `${family.replace(/\W/g, '-').toLowerCase()}.otf`;
  let release;
  const released = new Promise((ok) => { release = ok; });
  const font = { requested: false, release };
  await page.route('**/style.css', (route) => route.fulfill({
    contentType: 'text/css',
    body: `${css}\n@font-face { font-family: "${family}"; src: url("${file}"); ${descriptors} }\n` +
          `#ce-canvas { font-family: "${family}", sans-serif; }\n`,
  }));
  await page.route(`**/${file}`, async (route) => {
    font.requested = true;
    await released;
    await route.fulfill({ contentType: 'font/otf', body: face });
  });
  return font;
}

test('a web font the page names is drawn once it arrives, in place of the fallback', async () => {
  const w = await newPage(browser);
  const font = await heldWebFont(w.page, 'Late Face', HEAVY_FACE);
  // Not until "load": a font the page is still loading holds its load event back.
  await w.page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const before = await ink(w.page, 'role/prompt-engineer');
  assert.ok(font.requested, 'the widget asked the page for the font its CSS names');
  font.release();
  await until(() => w.page.evaluate(() => document.fonts.check('16px "Late Face"')),
              'the web font arrives');
  await waitIdle(w.page);
  const after = await ink(w.page, 'role/prompt-engineer');
  assert.ok(after > before * 1.1,
            `the row is drawn again in the heavy face once it is there (ink ${before} -> ${after})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A web font split by script (unicode-range), as font services serve them: the face for
// Cyrillic is fetched only when a Cyrillic character is drawn, after the first picture, and the
// text drawn with the fallback until then is drawn again in it.
test('a web font face for another script is drawn once the canvas has fetched it', async () => {
  const w = await newPage(browser);
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  catalog.roles[0].title = 'ЖЖЖЖЖЖЖЖЖЖЖЖ';
  await w.page.route('**/careers.json', (route) => route.fulfill({
    contentType: 'application/json', body: JSON.stringify(catalog) }));
  const font = await heldWebFont(w.page, 'Split Face', THIN_FACE, 'unicode-range: U+0400-04FF;');
  await w.page.goto(server.url, { waitUntil: 'domcontentloaded' });
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const item = `role/${catalog.roles[0].id}`;
  const before = await ink(w.page, item);
  await until(() => font.requested, 'drawing the Cyrillic title asks for the face that has it');
  font.release();
  await until(() => w.page.evaluate(() => document.fonts.check('16px "Split Face"', 'Ж')),
              'the face arrives');
  await waitIdle(w.page);
  const after = await ink(w.page, item);
  assert.ok(after < before * 0.9,
            `the title is drawn again in the thin face once it is there (ink ${before} -> ${after})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a title in Cyrillic is drawn by the reader\'s fonts, not as placeholders', async () => {
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const inkOf = async (title) => {
    const w = await newPage(browser);
    catalog.roles[0].title = title;
    const body = JSON.stringify(catalog);
    await w.page.route('**/careers.json', (route) => route.fulfill({
      contentType: 'application/json', body }));
    await w.page.goto(server.url);
    await waitWidgetReady(w.page);
    await waitIdle(w.page);
    const share = await ink(w.page, `role/${catalog.roles[0].id}`);
    assert.deepEqual(w.errors, []);
    await w.context.close();
    return share;
  };
  // Ж is a dense letter, '?' (ImGui's placeholder) a thin one: the same row, far more ink.
  const cyrillic = await inkOf('ЖЖЖЖЖЖЖЖЖЖЖЖ');
  const placeholders = await inkOf('????????????');
  assert.ok(cyrillic > placeholders * 1.3,
            `Ж is drawn as itself (ink ${cyrillic}, the placeholder's ${placeholders})`);
});

test('a character past U+FFFF, an emoji in a plan\'s name, is drawn as itself, not as two placeholders', async () => {
  const name = 'Study \u{1F600} \u{1D538}';  // a grinning face, a double-struck A
  const escaped = [...new TextEncoder().encode(name)]
    .map((b) => (/[a-z0-9-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '~' + b.toString(16).padStart(2, '0')))
    .join('');
  const w = await newPage(browser);
  // What the widget asks the browser to draw: each glyph is measured first (library_browser_fonts.js).
  await w.page.addInitScript(() => {
    const measured = window.measuredGlyphs = new Set();
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text) {
      measured.add(text);
      return measure.call(this, text);
    };
  });
  await w.page.goto(`${server.url}#v1;view=plan;name=${escaped}`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const plans = await w.page.evaluate(() => window.careerExplorer.getState().plans);
  assert.equal(plans.find((p) => p.active).name, name);
  const measured = await w.page.evaluate(() => [...window.measuredGlyphs]);
  // A 16-bit ImWchar turned each into U+FFFD: the browser was never asked for them.
  for (const c of ['\u{1F600}', '\u{1D538}']) assert.ok(measured.includes(c), `U+${c.codePointAt(0).toString(16)} was drawn`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a paragraph of thousands of distinct characters is drawn over several frames, all of it, and then the widget rests', async () => {
  // 4,000 CJK ideographs, each once: one frame drawing them all held the page for seconds.
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  let text = '';
  for (let i = 0; i < 4000; i++) text += String.fromCodePoint(0x4E00 + i) + (i % 40 === 39 ? ' ' : '');
  catalog.roles[0].summary = text;
  const body = JSON.stringify(catalog);
  const w = await newPage(browser);
  // Counts the glyphs the widget draws for the first time (library_browser_fonts.js draws each
  // with fillText on its staging canvas), per task: one frame runs in one task.
  await w.page.addInitScript(() => {
    const seen = new Set();
    const perTask = [];
    let current = null;
    const original = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (t, ...rest) {
      if (t.codePointAt(0) >= 0x4E00 && t.codePointAt(0) < 0xA000) {
        seen.add(t);
        if (!current) {
          current = { n: 0 };
          perTask.push(current);
          queueMicrotask(() => { current = null; });
        }
        current.n += 1;
      }
      return original.call(this, t, ...rest);
    };
    window.__glyphs = () => ({ distinct: seen.size, tasks: perTask.map((t) => t.n) });
  });
  await w.page.route('**/careers.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await waitIdle(w.page, 800);
  const g = await w.page.evaluate(() => window.__glyphs());
  assert.equal(g.distinct, 4000, 'every ideograph was drawn in the end');
  assert.ok(g.tasks.length >= 2, `they were drawn over several frames (${g.tasks.join(', ')})`);
  assert.ok(Math.max(...g.tasks) < 4000, 'no frame drew them all');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// How privacy settings answer a read of a canvas: Tor Browser and Firefox's resistFingerprinting
// give blank (opaque white) pixels; Brave changes a few low bits here and there.
const blankReads = () => {
  CanvasRenderingContext2D.prototype.getImageData = function (x, y, w, h) {
    const image = new ImageData(w, h);
    image.data.fill(255);
    return image;
  };
};
const noisyReads = () => {
  const original = CanvasRenderingContext2D.prototype.getImageData;
  let seed = 7;
  CanvasRenderingContext2D.prototype.getImageData = function (...args) {
    const image = original.apply(this, args);
    for (let i = 3; i < image.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const v = image.data[i] + (seed % 7) - 3;
      image.data[i] = Math.max(0, Math.min(255, v));
    }
    return image;
  };
};

test('a browser that blanks canvas reads says why the widget cannot show, not a page without text', async () => {
  const w = await newPage(browser);
  await w.page.addInitScript(blankReads);
  await w.page.goto(server.url);
  await w.page.waitForSelector('#ce-message:not([hidden])', { timeout: 20000 });
  const message = await w.page.textContent('#ce-message');
  assert.match(message, /cannot show the career explorer/);
  assert.match(message, /privacy setting/);
  assert.ok(await w.page.locator('#ce-message button').count() > 0, 'a reload button');
  assert.equal(await w.page.isVisible('#ce-canvas'), false, 'no canvas without text is shown');
  await w.context.close();
});

test('a browser that adds faint noise to canvas reads still shows the text', async () => {
  const w = await newPage(browser);
  await w.page.addInitScript(noisyReads);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const share = await ink(w.page, 'role/prompt-engineer');
  assert.ok(share > 0.03, `the row has text (ink ${share})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
