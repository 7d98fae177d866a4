// The widget as a guest in someone's article, tried with real input events (CDP mouse wheel,
// touch scroll and pinch gestures, taps): the article scrolls when the widget cannot, pinch
// zooms the page and clicks nothing, a swipe over a slider scrolls, explanations open on a tap
// and stay, Back steps through what the reader opened, and an embed keeps its reader's own
// progress and shares links to the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { assertPicture } from './lib/png.mjs';
import { serveFolder } from './lib/server.mjs';
import { BLOG, serveBlog } from './lib/blog.mjs';
import { arrowTo, clickItem, focusedItem, newPage, state, tabTo, waitIdle, waitWidgetReady, until } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');

let browser;
let site;     // the widget's origin and the blogger's (lib/blog.mjs)
let widget;  // the widget's origin
let blog;    // the blogger's origin, serving the example article with its snippet

before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launch();
  site = await serveBlog(dist);
  ({ widget, blog } = site);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

async function openArticle(options) {
  const w = await newPage(browser, options);
  await w.page.addInitScript(() => {
    // Share copies through the Clipboard API: keep what was copied where the test can read it.
    window.__copied = [];
    if (navigator.clipboard) {
      navigator.clipboard.writeText = (text) => { window.__copied.push(text); return Promise.resolve(); };
    }
  });
  await w.page.goto(blog.url + BLOG.slice(1) + (options.hash || ''));
  const element = await w.page.waitForSelector('iframe', { state: 'attached' });
  await element.scrollIntoViewIfNeeded();
  const frame = await element.contentFrame();
  await waitWidgetReady(frame);
  await waitIdle(frame);
  const box = await element.boundingBox();
  return { ...w, element, frame, box };
}

const scrollY = (page) => page.evaluate(() => window.scrollY);
const rectIn = (frame, name) => frame.evaluate((n) => window.careerExplorer.itemRect(n), name);

// A finger on the screen, as the browser's input pipeline sees one (CDP touch events, which the
// browser turns into its own scroll and zoom gestures when the page does not take them): from
// (x, y), moving by (dx, dy) in `steps` moves `stepMs` apart, then lifted. `flick`: the moves and
// the lift are sent at once, as fast as the browser takes them (a flick, lifted while moving).
async function swipe(page, x, y, dy, { dx = 0, steps = 12, stepMs = 16, flick = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  const sent = [];
  for (let i = 1; i <= steps; i++) {
    sent.push(cdp.send('Input.dispatchTouchEvent',
                       { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / steps, y: y + (dy * i) / steps }] }));
    if (!flick) {
      await sent[sent.length - 1];
      await new Promise((ok) => setTimeout(ok, stepMs));
    }
  }
  sent.push(cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] }));
  await Promise.all(sent);
  await cdp.detach();
}

// Two fingers moving apart around (x, y), from `from` to `to` pixels each side of it.
async function pinchOut(page, x, y, { from = 30, to = 102 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const points = (spread) => [{ x: x - spread, y, id: 1 }, { x: x + spread, y, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
  for (let i = 1; i <= 12; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 12) });
    await new Promise((ok) => setTimeout(ok, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

for (const colorScheme of ['light', 'dark']) {
test(`desktop: the wheel over the embed scrolls the article where the widget cannot scroll (${colorScheme})`, async () => {
  const w = await openArticle({ width: 1000, height: 800, colorScheme });
  assert.equal((await state(w.frame)).theme, colorScheme);
  const before = await scrollY(w.page);
  // Over the widget's title bar nothing scrolls: ten notches move the article.
  await w.page.mouse.move(w.box.x + 40, w.box.y + 20);
  for (let i = 0; i < 10; i++) await w.page.mouse.wheel(0, 100);
  await until(async () => (await scrollY(w.page)) > before + 300, 'the article scrolled under the wheel');
  // Upwards over the list (which the pointer may have scrolled down on its way): the list goes
  // back to its top first, then the article scrolls up.
  await w.element.scrollIntoViewIfNeeded();
  const box = await w.element.boundingBox();
  const mid = await scrollY(w.page);
  await w.page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.6);
  for (let i = 0; i < 20 && (await scrollY(w.page)) >= mid; i++) {
    await w.page.mouse.wheel(0, -100);
    await waitIdle(w.frame);
  }
  await until(async () => (await scrollY(w.page)) < mid, 'the article scrolled up past the widget at its top');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
}

// The example article with the widget's Compare list sorted and then a click on its title, where
// no control is (the keyboard focus on the canvas), and the pointer resting on the list; `row()`:
// the list's last row, below the frame (off screen, y 1e9) until the list scrolls.
async function restOnCompareList() {
  const w = await openArticle({ width: 1000, height: 800 });
  const row = async () => (await rectIn(w.frame, 'compare/ai-content-creator')) || { y: 1e9 };
  await clickItem(w.page, 'sort/entry', { frame: w.frame });
  const title = await w.frame.evaluate(() => {
    const r = document.querySelector('#ce-layer h2').getBoundingClientRect();
    return { x: r.x + 4, y: r.y + r.height / 2 };
  });
  await w.page.mouse.click(w.box.x + title.x, w.box.y + title.y);
  assert.equal(await w.frame.evaluate(() => document.activeElement.id), 'ce-canvas', 'the canvas has the click\'s focus');
  const list = await rectIn(w.frame, 'compare/mlops-engineer');
  await w.page.mouse.move(w.box.x + list.x + list.w / 2, w.box.y + list.y + list.h / 2);
  return { w, row };
}

test('desktop: Page Down scrolls the widget\'s list first, then the article, after a click or from the layer', async () => {
  // A click where no control is leaves the keyboard focus on the canvas; Page Down scrolls the
  // list under the pointer.
  const { w, row } = await restOnCompareList();
  const top = await scrollY(w.page);
  const before = (await row()).y;
  await w.page.keyboard.press('PageDown');
  await until(async () => (await row()).y < before, 'the list moved up under Page Down');
  assert.equal(await scrollY(w.page), top, 'the article stayed');
  // From the layer (Tab to a control): once the list is at its end, Page Down goes to the article.
  await tabTo(w.page, 'compare/ai-content-creator', { target: w.frame });
  const start = await scrollY(w.page);  // (the browser may have scrolled the article to show the focus)
  for (let i = 0; i < 12 && (await scrollY(w.page)) === start; i++) {
    const listAt = (await row()).y;
    await w.page.keyboard.press('PageDown');
    // Each press moves one of them (an article scrolled off the frame gets no animation frames).
    await until(async () => (await scrollY(w.page)) !== start || (await row()).y !== listAt,
                'Page Down moved the list or the article');
  }
  assert.ok((await scrollY(w.page)) > start, 'the article scrolled past the widget\'s end');
  const last = await row();
  assert.ok(last.y + last.h <= w.box.height, `the list was at its end: its last row on screen (${last.y})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('desktop: Space pages as Page Down does after a click, Shift+Space back, and at the end the article', async () => {
  const { w, row } = await restOnCompareList();
  const top = await scrollY(w.page);
  const before = (await row()).y;
  await w.page.keyboard.press('Space');
  await until(async () => (await row()).y < before, 'the list moved up under Space');
  assert.equal(await scrollY(w.page), top, 'the article stayed');
  const moved = (await row()).y;
  await w.page.keyboard.press('Shift+Space');
  await until(async () => (await row()).y > moved, 'the list moved back under Shift+Space');
  for (let i = 0; i < 12 && (await scrollY(w.page)) === top; i++) {
    const listAt = (await row()).y;
    await w.page.keyboard.press('Space');
    await until(async () => (await scrollY(w.page)) !== top || (await row()).y !== listAt,
                'Space moved the list or the article');
  }
  assert.ok((await scrollY(w.page)) > top, 'the article scrolled past the widget\'s end');
  assert.equal((await state(w.frame)).view, 'compare', 'Space activated nothing');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('desktop: with nothing focused in the frame, Space pages the article, as Page Down does there', async () => {
  const w = await openArticle({ width: 1000, height: 800 });
  // The frame has the focus (the keys go to it, not to the article), and nothing in it has.
  await w.frame.evaluate(() => { document.activeElement?.blur(); window.focus(); });
  assert.deepEqual(await w.frame.evaluate(() => [document.hasFocus(), document.activeElement === document.body]), [true, true],
                   'the frame\'s body has the focus');
  assert.equal(await w.page.evaluate(() => document.activeElement.tagName), 'IFRAME');
  const top = await scrollY(w.page);
  await w.page.keyboard.press('Space');
  await until(async () => (await scrollY(w.page)) > top, 'Space paged the article');
  const paged = await scrollY(w.page);
  await w.page.keyboard.press('Shift+Space');
  await until(async () => (await scrollY(w.page)) < paged, 'Shift+Space paged it back');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('phone: a dialog the keyboard opens in a half-shown embed scrolls the article to show its focus', async () => {
  const w = await openArticle({ width: 360, height: 640 });
  // The frame's top on screen, its lower part below the window.
  await w.page.evaluate(() => {
    const frame = document.querySelector('iframe');
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY - 300);
  });
  // (null while the item is not drawn yet: a dialog's first frame is measured unseen)
  const onScreen = async (name) => {
    const frame = await w.element.boundingBox();  // (where the article has it now)
    const r = await rectIn(w.frame, name);
    return r && { top: frame.y + r.y, bottom: frame.y + r.y + r.h };
  };
  await tabTo(w.page, 'menu', { target: w.frame });
  const menu = await onScreen('menu');
  assert.ok(menu.top >= 0 && menu.bottom <= 640, `the menu button is on screen (${menu.top}..${menu.bottom})`);
  await w.page.keyboard.press('Enter');
  await arrowTo(w.page, 'menu/embed', { target: w.frame });
  const before = await scrollY(w.page);
  await w.page.keyboard.press('Enter');
  await until(async () => (await focusedItem(w.frame)) === 'dialog/copy', 'the dialog took the focus');
  await until(async () => (await onScreen('dialog/copy'))?.bottom <= 640,
              'the focused Copy button was scrolled into the window');
  const copy = await onScreen('dialog/copy');
  assert.ok(copy.top >= 0, `Copy is on screen (${copy.top}..${copy.bottom})`);
  assert.ok((await scrollY(w.page)) > before, 'the article scrolled, not the widget');
  // Only as far as needed: the frame's top (the widget's header) is still near the window's.
  assert.ok((await w.element.boundingBox()).y > -200, 'scrolled just enough');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('desktop: the wheel scrolls a long role profile first, then the article', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;role=data-scientist-nlp`);
  await waitWidgetReady(w.page);
  const first = await rectIn(w.page, 'info/pay/data-scientist-nlp/entry');
  assert.ok(first, 'the pay chart is on screen');
  await w.page.mouse.move(700, 400);
  await w.page.mouse.wheel(0, 100);
  await until(async () => {
    const r = await rectIn(w.page, 'info/pay/data-scientist-nlp/entry');
    return !r || r.y < first.y - 50;
  }, 'the profile scrolled under the wheel');
  assert.equal(await scrollY(w.page), 0, 'the page itself does not scroll (it has nothing to scroll)');
  await w.context.close();
});

for (const colorScheme of ['light', 'dark']) {
test(`phone: a swipe over the embed scrolls the article, and the list inside scrolls first (${colorScheme})`, async () => {
  const w = await openArticle({ width: 360, height: 640, hasTouch: true, isMobile: true, colorScheme });
  assert.equal((await state(w.frame)).theme, colorScheme);
  // Compare, at a phone's width, is longer than the frame: a swipe up on it scrolls the widget.
  // Whichever role comes first in Compare's order: its row is on screen.
  const roles = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8')).roles.map((r) => r.id);
  let probe = null;
  let row = null;
  for (const id of roles) {
    const r = await rectIn(w.frame, `compare/${id}`);
    if (r && (!row || r.y < row.y)) [probe, row] = [`compare/${id}`, r];
  }
  assert.ok(row, 'a Compare row is on screen');
  const before = await scrollY(w.page);
  await swipe(w.page, w.box.x + 180, w.box.y + w.box.height * 0.7, -150);
  await until(async () => {
    const r = await rectIn(w.frame, probe);
    return !r || r.y < row.y - 60;
  }, 'the widget scrolled under the finger');
  assert.ok(Math.abs((await scrollY(w.page)) - before) < 20, 'the article stayed while the widget scrolled');
  // Over the widget's header nothing scrolls: the same swipe moves the article.
  const box = await w.element.boundingBox();
  await swipe(w.page, box.x + 180, box.y + 20, -200);
  await until(async () => (await scrollY(w.page)) > before + 100, 'the article scrolled under the finger');
  const png = await w.page.screenshot();
  // The article is light or dark with the reader's system, like the widget.
  await assertPicture(browser, png, { width: 360, height: 640, dark: colorScheme === 'dark',
                                      what: 'the article after the swipe' });
  await writeFile(join(artifacts, `guest-blog-swipe-360-${colorScheme}.png`), png);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
}

test('phone: a flick glides on after the finger lifts (momentum)', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html#v1;view=skills`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  // A flick is a fast move lifted while moving. On a loaded machine the browser may space the
  // moves out (no flick then, correctly no glide): the flick is tried again, a few times at most.
  let framesAtLift = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    await swipe(w.page, 180, 500, -120, { steps: 6, flick: true });
    framesAtLift = await w.page.evaluate(() => window.careerExplorer.frameCount());
    await new Promise((ok) => setTimeout(ok, 150));
    if ((await w.page.evaluate(() => window.careerExplorer.frameCount())) > framesAtLift + 3) break;
    await waitIdle(w.page);
  }
  // Where each skill's rating row is: the visible ones move up (or away) as the list glides.
  const skills = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8')).skills.map((k) => k.id);
  const rows = () => w.page.evaluate((ids) => ids.map((id) => {
    const r = window.careerExplorer.itemRect(`skill/${id}/2`);
    return r ? Math.round(r.y) : null;
  }), skills);
  const atLift = await rows();
  await until(async () => (await w.page.evaluate(() => window.careerExplorer.frameCount())) > framesAtLift + 5,
              'frames keep coming after the finger lifted, with no input');
  await waitIdle(w.page);
  const after = await rows();
  const firstAfter = after.findIndex((y) => y !== null);
  const firstAtLift = atLift.findIndex((y) => y !== null);
  assert.ok(firstAfter > firstAtLift || (firstAfter === firstAtLift && after[firstAfter] < atLift[firstAtLift]),
            `the list moved on after the lift (${firstAtLift}@${atLift[firstAtLift]} -> ${firstAfter}@${after[firstAfter]})`);
  // And then it stops: no frames while nobody touches it.
  const idle = await w.page.evaluate(() => window.careerExplorer.frameCount());
  await new Promise((ok) => setTimeout(ok, 600));
  assert.equal(await w.page.evaluate(() => window.careerExplorer.frameCount()), idle, 'it comes to rest');
  await w.context.close();
});

test('phone: pinch over the embed zooms the article and clicks nothing', async () => {
  const w = await openArticle({ width: 360, height: 640, hasTouch: true, isMobile: true });
  const before = await state(w.frame);
  // Over the Compare rows: a press there would open a role.
  await pinchOut(w.page, w.box.x + w.box.width / 2, w.box.y + w.box.height * 0.6);
  await until(async () => (await w.page.evaluate(() => window.visualViewport.scale)) > 1.2,
              'the article zoomed in');
  await waitIdle(w.frame);
  const after = await state(w.frame);
  assert.equal(after.view, before.view, 'no tab was switched');
  assert.equal(after.role, before.role, 'no role was opened');
  assert.equal(after.dialog, '', 'nothing was opened');
  // The article told the widget its zoom (embed.js): the canvas is drawn at that scale, so its
  // text stays sharp rather than magnified like an image.
  const zoom = await w.page.evaluate(() => window.visualViewport.scale);
  await until(async () => {
    const c = await w.frame.evaluate(() => {
      const canvas = document.getElementById('ce-canvas');
      return { backing: canvas.width, css: canvas.getBoundingClientRect().width * devicePixelRatio };
    });
    return c.backing >= Math.floor(c.css * Math.min(zoom, 4)) - 2;
  }, `the canvas is drawn at the article's zoom (${zoom})`);
  await waitIdle(w.frame);
  assert.equal((await state(w.frame)).status, 'ready');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// Two fingers zoom the page in over Compare's "From my job" (a page of `page`; its content at
// `content()` on the page's layout viewport, the widget's items in `widgetIn`), then a tap where
// the zoomed screen shows it chooses it, and the page stays zoomed.
async function pinchThenTap(page, widgetIn, content) {
  assert.equal((await state(widgetIn)).compareMode, 'pay');
  const target = await rectIn(widgetIn, 'mode/paths');
  const at = await content();
  await pinchOut(page, at.x + target.x + target.w / 2, at.y + target.y + target.h / 2, { from: 40, to: 80 });
  await until(async () => (await page.evaluate(() => window.visualViewport.scale)) > 1.4, 'the page zoomed in');
  await waitIdle(widgetIn);
  // Touch input is in CSS pixels of what the zoomed screen shows (the visual viewport): the
  // button's place on the page less the part of the page scrolled off by the zoom.
  const view = await page.evaluate(() => ({ x: visualViewport.offsetLeft, y: visualViewport.offsetTop,
                                            w: visualViewport.width, h: visualViewport.height }));
  const r = await rectIn(widgetIn, 'mode/paths');
  const now = await content();
  const x = now.x + r.x + r.w / 2 - view.x, y = now.y + r.y + r.h / 2 - view.y;
  assert.ok(x > 0 && y > 0 && x < view.w && y < view.h, `"From my job" is on the zoomed screen (${x}, ${y})`);
  await page.touchscreen.tap(x, y);
  await until(async () => (await state(widgetIn)).compareMode === 'paths', 'the tap chose "From my job"');
  assert.ok((await page.evaluate(() => window.visualViewport.scale)) > 1.4, 'still zoomed: the tap zoomed nothing back');
}

test('phone: after a real pinch on the article, a tap opens what is under the finger', async () => {
  const w = await openArticle({ width: 360, height: 640, hasTouch: true, isMobile: true });
  // Where the frame's content starts on the article's layout viewport.
  await pinchThenTap(w.page, w.frame, () => w.element.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x + e.clientLeft, y: r.y + e.clientTop };
  }));
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('phone: the widget alone on its page zooms under a real pinch, and a tap after opens what is under the finger', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html#v1;view=compare`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  await pinchThenTap(w.page, w.page, async () => ({ x: 0, y: 0 }));
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a pinch-zoomed page gets a canvas drawn at its zoom, within limits, and back at one pixel a pixel after', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const backing = () => w.page.evaluate(() => {
    const canvas = document.getElementById('ce-canvas');
    return { width: canvas.width, height: canvas.height, css: canvas.getBoundingClientRect().width, dpr: devicePixelRatio };
  });
  const plain = await backing();
  assert.ok(Math.abs(plain.width - plain.css * plain.dpr) <= 2, 'unzoomed: one canvas pixel a device pixel');
  const cdp = await w.page.context().newCDPSession(w.page);
  const zoomTo = async (scale) => {
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: scale });
    await until(async () => Math.abs((await w.page.evaluate(() => window.visualViewport.scale)) - scale) < 0.01,
                `the page zoomed to ${scale}`);
  };
  await zoomTo(2);
  await until(async () => (await backing()).width >= plain.width * 2 - 2, 'the canvas is drawn at twice the pixels');
  // A zoom far past what is useful stops at four device pixels a CSS pixel.
  await zoomTo(5);
  await until(async () => (await backing()).width >= plain.css * 4 - 2, 'the canvas follows the zoom up to its limit');
  await waitIdle(w.page);
  const capped = await backing();
  assert.ok(capped.width <= plain.css * 4 + 2 && capped.width * capped.height <= 8e6 + 8000,
            `the canvas stays within its limits (${capped.width}x${capped.height})`);
  // Zoomed out again, the canvas is back to one pixel a device pixel, and still takes the pointer.
  await zoomTo(1);
  await until(async () => Math.abs((await backing()).width - plain.width) <= 2, 'back at one canvas pixel a device pixel');
  await clickItem(w.page, 'role/mlops-engineer');
  await until(async () => (await state(w.page)).role === 'mlops-engineer', 'the click opened the role');
  await cdp.detach();
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// CSS zoom on the widget's own page (a reader's style sheet or a zoom extension) enlarges the
// canvas as it does the page's text: the widget is drawn at the zoomed screen's pixels, lays out in
// the canvas's own CSS px, and a click lands where an item is drawn. (devicePixelRatio does not
// include this zoom; the canvas's currentCSSZoom does.)
test('a page under CSS zoom gets the widget drawn sharp at that zoom, and clicks land on what is drawn', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.zoom = '2'; });
  });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const look = () => w.page.evaluate(() => {
    const canvas = document.getElementById('ce-canvas');
    const box = canvas.getBoundingClientRect();
    const tab = document.querySelector('#ce-layer [data-ce-id="view/compare"]').getBoundingClientRect();
    return { backing: canvas.width, shown: box.width * devicePixelRatio, own: canvas.offsetWidth,
             drawn: window.careerExplorer.itemRect('view/compare'), layer: { x: tab.x, y: tab.y, w: tab.width, h: tab.height } };
  });
  const check = async (zoom) => {
    await until(async () => { const seen = await look(); return Math.abs(seen.backing - seen.shown) <= 2; },
                `zoom ${zoom}: one canvas pixel a screen pixel`);
    const seen = await look();
    assert.ok(Math.abs(seen.shown - seen.own * zoom) <= 2, `zoom ${zoom} is in force (${seen.shown} px shown, ${seen.own} own)`);
    for (const k of ['x', 'y', 'w', 'h']) {
      assert.ok(Math.abs(seen.drawn[k] - seen.layer[k]) <= 1, `zoom ${zoom}: itemRect and the layer agree on ${k} (${JSON.stringify(seen)})`);
    }
    return seen.drawn.h;
  };
  const tallAt2 = await check(2);
  await clickItem(w.page, 'view/compare');
  await until(async () => (await state(w.page)).view === 'compare', 'the click at zoom 2 opened Compare');
  // The reader's zoom changes while the page is open; the widget grows and shrinks with the page.
  const zoomTo = (zoom) => w.page.evaluate((z) => { document.documentElement.style.zoom = String(z); }, zoom);
  await zoomTo(1);
  const tall = await check(1);
  assert.ok(Math.abs(tallAt2 - 2 * tall) <= 1, `a tab at zoom 2 is twice as tall as at zoom 1 (${tallAt2}, ${tall})`);
  await zoomTo(1.5);
  const tallAt15 = await check(1.5);
  assert.ok(Math.abs(tallAt15 - 1.5 * tall) <= 1, `a tab at zoom 1.5 is 1.5 times as tall (${tallAt15}, ${tall})`);
  await clickItem(w.page, 'view/skills');
  await until(async () => (await state(w.page)).view === 'skills', 'the click at zoom 1.5 opened Skills');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A reader who set a larger default text size in the browser (16 px unless changed) sees the
// widget grow by the same ratio, as a page set in rem does: drawn sharp, clicks landing where
// items are drawn, the layer on them. A phone keeps the narrowest layout's 320 px of the widget's
// own, and an embed asks for a frame tall enough for its layout at that size.
test('a larger default text size in the browser enlarges the widget, as it does a page set in rem', async () => {
  const withTextSize = async (size, viewport, url) => {
    const w = await newPage(browser, viewport);
    const cdp = await w.context.newCDPSession(w.page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: size } });
    await w.page.goto(url);
    return w;
  };
  const look = (page) => page.evaluate(() => {
    const canvas = document.getElementById('ce-canvas');
    const tab = document.querySelector('#ce-layer [data-ce-id="view/compare"]').getBoundingClientRect();
    return { backing: canvas.width, shown: canvas.getBoundingClientRect().width * devicePixelRatio,
             own: canvas.offsetWidth, drawn: window.careerExplorer.itemRect('view/compare'),
             layer: { x: tab.x, y: tab.y, w: tab.width, h: tab.height } };
  });
  const heights = {};
  for (const size of [16, 24]) {
    const w = await withTextSize(size, { width: 1000, height: 700 }, `${widget.url}index.html`);
    await waitWidgetReady(w.page);
    await waitIdle(w.page);
    await until(async () => { const seen = await look(w.page); return Math.abs(seen.backing - seen.shown) <= 2; },
                `text size ${size}: one canvas pixel a screen pixel`);
    const seen = await look(w.page);
    for (const k of ['x', 'y', 'w', 'h']) {
      assert.ok(Math.abs(seen.drawn[k] - seen.layer[k]) <= 1, `text size ${size}: itemRect and the layer agree on ${k} (${JSON.stringify(seen)})`);
    }
    heights[size] = seen.drawn.h;
    await clickItem(w.page, 'view/compare');
    await until(async () => (await state(w.page)).view === 'compare', `text size ${size}: the click opened Compare`);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  }
  assert.ok(Math.abs(heights[24] - 1.5 * heights[16]) <= 1, `a tab is 1.5 times as tall at 24 px as at 16 (${JSON.stringify(heights)})`);

  // A phone: 360 px of screen, so the widget grows only to keep 320 px of its own.
  const phone = await withTextSize(24, { width: 360, height: 640, hasTouch: true, isMobile: true }, `${widget.url}index.html`);
  await waitWidgetReady(phone.page);
  await until(async () => Math.abs((await look(phone.page)).own - 320) <= 1, 'the phone lays the widget out in 320 px');
  assert.ok((await phone.page.evaluate(() => window.careerExplorer.itemRect('view/plan'))).x + 1 < 360, 'the last tab is on screen');
  await phone.context.close();

  // The embed: the frame the widget asks for holds its 700 px layout at 1.5 times the size.
  const frameHeight = async (size) => {
    const w = await withTextSize(size, { width: 1000, height: 1400 }, blog.url + BLOG.slice(1));
    const element = await w.page.waitForSelector('iframe', { state: 'attached' });
    await waitWidgetReady(await element.contentFrame());
    let height = 0;
    await until(async () => { height = (await element.boundingBox()).height; return height > 600; }, 'the frame took its height');
    await w.context.close();
    return height;
  };
  const [plain, large] = [await frameHeight(16), await frameHeight(24)];
  assert.ok(Math.abs(large - 1.5 * plain) <= 2, `the frame is 1.5 times as tall at 24 px (${plain}, ${large})`);
});

test('desktop: a touchpad pinch (Ctrl+wheel) over the embed zooms the article', async () => {
  const w = await openArticle({ width: 1000, height: 800 });
  const before = await state(w.frame);
  const cdp = await w.page.context().newCDPSession(w.page);
  await cdp.send('Input.synthesizePinchGesture', {
    x: w.box.x + w.box.width / 2, y: w.box.y + w.box.height / 2, scaleFactor: 2, gestureSourceType: 'mouse',
  });
  await cdp.detach();
  await until(async () => (await w.page.evaluate(() => window.visualViewport.scale)) > 1.2,
              'the article zoomed in');
  const after = await state(w.frame);
  assert.equal(after.view, before.view);
  assert.equal(after.role, before.role);
  await w.context.close();
});

test('phone: a vertical swipe that starts on the hours slider scrolls, and leaves the hours alone', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const slider = await rectIn(w.page, 'plan/hours');
  assert.ok(slider, 'the hours slider is on screen');
  const hours = (await state(w.page)).hoursPerWeek;
  await swipe(w.page, slider.x + slider.w * 0.2, slider.y + slider.h / 2, -100);
  await waitIdle(w.page);
  assert.equal((await state(w.page)).hoursPerWeek, hours, 'the study hours did not change');
  const moved = await rectIn(w.page, 'plan/hours');
  assert.ok(!moved || moved.y < slider.y - 40, 'the plan scrolled');
  // (The rest of the test drags it sideways: it must still be on screen for that.)
  // A sideways drag on it does move the slider.
  assert.ok(moved, 'the slider is still on screen');
  await swipe(w.page, moved.x + 10, moved.y + moved.h / 2, 0, { dx: moved.w * 0.8 });
  await waitIdle(w.page);
  assert.ok((await state(w.page)).hoursPerWeek > 10, 'a sideways drag set more hours');
  await w.context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`phone: a tap opens where a figure comes from, it stays, and a tap elsewhere or Escape closes it (${colorScheme})`,
       async () => {
    const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true, colorScheme });
    await w.page.goto(`${widget.url}index.html#v1;role=genai-engineer`);
    await waitWidgetReady(w.page);
    await waitIdle(w.page);
    const source = await rectIn(w.page, 'info/source');
    assert.ok(source && source.h >= 24, 'the header\'s source line is a target a finger can hit');
    await w.page.touchscreen.tap(source.x + source.w / 2, source.y + source.h / 2);
    await until(async () => !!(await rectIn(w.page, 'popover/info/source')), 'the source opened on a tap');
    await new Promise((ok) => setTimeout(ok, 1500));
    const box = await rectIn(w.page, 'popover/info/source');
    assert.ok(box, 'it is still open with no finger on the screen');
    assert.ok(box.x >= 0 && box.x + box.w <= 360 && box.w > 200, `it fits the screen (${JSON.stringify(box)})`);
    const png = await w.page.screenshot();
    await assertPicture(browser, png, { width: 360, height: 640, dark: colorScheme === 'dark',
                                        what: 'the open explanation' });
    await writeFile(join(artifacts, `guest-popover-360-${colorScheme}.png`), png);
    // A tap elsewhere closes it and does what it does there, as on a page: on a pay band, the
    // band's source opens with that one tap.
    const band = await rectIn(w.page, 'info/pay/genai-engineer/senior');
    assert.ok(band, 'the senior pay band is on screen');
    assert.ok(band.y >= box.y + box.h || band.y + band.h <= box.y, 'the band is clear of the open explanation');
    await w.page.touchscreen.tap(band.x + band.w / 2, band.y + band.h / 2);
    await until(async () => !!(await rectIn(w.page, 'popover/info/pay/genai-engineer/senior')), 'the band opened');
    assert.equal(await rectIn(w.page, 'popover/info/source'), null, 'the same tap closed the first');
    // The tap gave the canvas the keyboard focus, as a click does.
    assert.equal(await w.page.evaluate(() => document.activeElement.id), 'ce-canvas');
    // Escape closes it.
    await w.page.focus('#ce-canvas');
    await w.page.keyboard.press('Escape');
    await until(async () => !(await rectIn(w.page, 'popover/info/pay/genai-engineer/senior')), 'Escape closed it');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
}

test('Back steps through views, an opened role and a dialog; settings add no entries', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const length = await w.page.evaluate(() => history.length);
  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'profile/software-engineer');  // a setting
  await clickItem(w.page, 'view/compare');
  await clickItem(w.page, 'compare/mlops-engineer');     // opens the role
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/embed');
  await until(async () => (await state(w.page)).dialog !== '', 'the dialog opened');
  assert.equal(await w.page.evaluate(() => history.length), length + 4, 'four places, four entries');
  const rated = (await state(w.page)).ratings;
  assert.ok(Object.keys(rated).length > 0, 'the profile rated skills');

  const back = async () => {
    await w.page.evaluate(() => history.back());
    await waitIdle(w.page);
  };
  await back();
  assert.equal((await state(w.page)).dialog, '', 'Back closed the dialog');
  assert.equal((await state(w.page)).role, 'mlops-engineer');
  await back();
  assert.equal((await state(w.page)).view, 'compare', 'Back returned to Compare');
  await back();
  let s = await state(w.page);
  assert.equal(s.view, 'skills', 'Back returned to My skills');
  assert.deepEqual(s.ratings, rated, 'the ratings stayed');
  assert.ok((await w.page.evaluate(() => location.hash)).includes('job=software-engineer;changed='), 'the address keeps the settings');
  await w.page.evaluate(() => history.forward());
  await waitIdle(w.page);
  assert.equal((await state(w.page)).view, 'compare', 'Forward works too');

  // Forward onto the closed dialog's entry does not open it again, and leaves that entry at
  // once: the next Back returns to Compare, instead of resting on a look-alike of this place.
  await w.page.evaluate(() => history.forward());
  await waitIdle(w.page);
  s = await state(w.page);
  assert.equal(s.view, 'roles');
  const depth = await w.page.evaluate(() => history.state.depth);
  await w.page.evaluate(() => history.forward());
  await until(async () => (await w.page.evaluate(() => history.state.depth)) === depth,
              'the widget went back from the dialog\'s entry');
  await waitIdle(w.page);
  assert.equal((await state(w.page)).dialog, '', 'Forward did not reopen the dialog');
  assert.equal((await state(w.page)).role, 'mlops-engineer');
  await back();
  assert.equal((await state(w.page)).view, 'compare', 'Back after it returned to Compare');
  assert.equal(await w.page.evaluate(() => history.length), length + 4, 'and no entry was added');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a tab or a search result back to an earlier place is a new step: Back returns, not past it', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const length = await w.page.evaluate(() => history.length);
  const first = await state(w.page);
  assert.equal(first.view, 'roles');
  await clickItem(w.page, 'view/compare');
  // The search result opens the place the reader just left: the same role in Roles.
  await w.page.focus('input[type="search"]');
  await w.page.keyboard.type(first.role.replace(/-/g, ' '));
  await until(async () => {
    const s = (await state(w.page)).search;
    return s.open && !s.searching && s.results[0]?.kind === 'role' && s.results[0].id === first.role;
  }, 'the search found the role');
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).view === 'roles', 'the result opened Roles');
  await waitIdle(w.page);
  assert.equal(await w.page.evaluate(() => history.length), length + 2, 'two steps, two entries');
  await clickItem(w.page, 'view/skills');
  await clickItem(w.page, 'view/roles');  // a tab back to the view just left
  assert.equal(await w.page.evaluate(() => history.length), length + 4, 'four steps, four entries');

  const page = await w.page.evaluate(() => location.pathname);
  for (const view of ['skills', 'roles', 'compare', 'roles']) {
    await w.page.evaluate(() => history.back());
    await waitIdle(w.page);
    assert.equal(await w.page.evaluate(() => location.pathname), page, 'Back stayed on the widget\'s page');
    assert.equal((await state(w.page)).view, view, `Back returned to ${view}`);
  }
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('arrow keys through the roles or the view tabs are one step each run: Back returns to where they began', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const length = await w.page.evaluate(() => history.length);
  const first = (await state(w.page)).role;
  const roles = (await w.page.evaluate(() => [...document.querySelectorAll('#ce-layer [role="radio"][data-ce-id^="role/"]')]
    .map((el) => el.getAttribute('data-ce-id').slice(5))));
  assert.ok(roles.length >= 4 && roles[0] === first, `the roles group, the first role chosen (${roles})`);
  await tabTo(w.page, `role/${first}`);
  for (const role of roles.slice(1, 4)) {
    await w.page.keyboard.press('ArrowDown');
    await until(async () => (await state(w.page)).role === role, `the arrow chose ${role}`);
  }
  await waitIdle(w.page);
  assert.equal(await w.page.evaluate(() => history.length), length + 1, 'three arrows, one entry');
  assert.ok((await w.page.evaluate(() => location.hash)).includes(`role=${roles[3]}`), 'the address follows the arrows');

  // The view tabs' arrows are a run of their own; Enter on a role after them a step of its own.
  await tabTo(w.page, 'view/roles', { back: true });
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).view === 'compare', 'the arrow chose Compare');
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).view === 'skills', 'the arrow chose My skills');
  await waitIdle(w.page);
  assert.equal(await w.page.evaluate(() => history.length), length + 2, 'a run of tabs, one entry');

  await w.page.evaluate(() => history.back());
  await waitIdle(w.page);
  let s = await state(w.page);
  assert.equal(s.view, 'roles', 'Back returned to Roles');
  assert.equal(s.role, roles[3], 'at the role where the arrows stopped');
  await w.page.evaluate(() => history.back());
  await waitIdle(w.page);
  s = await state(w.page);
  assert.equal(s.role, first, 'the next Back: the role where the arrows began');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('an embed never adds entries to the article\'s history', async () => {
  const w = await openArticle({ width: 1000, height: 800 });
  const length = await w.page.evaluate(() => history.length);
  await clickItem(w.page, 'view/skills', { frame: w.frame });
  await clickItem(w.page, 'view/plan', { frame: w.frame });
  await clickItem(w.page, 'view/roles', { frame: w.frame });
  await waitIdle(w.frame);
  assert.equal(await w.page.evaluate(() => history.length), length);
  await w.context.close();
});

test('a returning reader of an embed sees their own progress, with no shared-link banner', async () => {
  const w = await openArticle({ width: 1000, height: 800 });
  assert.equal((await state(w.frame)).view, 'compare', 'a first visit starts on the blogger\'s view');
  await clickItem(w.page, 'view/skills', { frame: w.frame });
  await clickItem(w.page, 'profile/data-analyst', { frame: w.frame });
  await waitIdle(w.frame);
  const mine = await state(w.frame);
  await w.page.reload();
  const frame = await (await w.page.waitForSelector('iframe', { state: 'attached' })).contentFrame();
  await (await w.page.$('iframe')).scrollIntoViewIfNeeded();
  await waitWidgetReady(frame);
  const s = await state(frame);
  assert.equal(s.view, 'skills', 'the reader\'s own view');
  assert.deepEqual(s.ratings, mine.ratings, 'the reader\'s own ratings');
  assert.equal(s.viewingLink, false, 'no "you are looking at a shared link" banner');
  await w.context.close();
});

test('Share inside an embed links to the article, and that link reopens the widget as shared', async () => {
  const w = await openArticle({ width: 1000, height: 800 });
  await clickItem(w.page, 'view/skills', { frame: w.frame });
  await clickItem(w.page, 'profile/writer-marketer', { frame: w.frame });
  await clickItem(w.page, 'view/plan', { frame: w.frame });
  await clickItem(w.page, 'share', { frame: w.frame });
  await until(async () => (await w.frame.evaluate(() => window.__copied.length)) > 0, 'Share copied a link');
  const link = (await w.frame.evaluate(() => window.__copied))[0];
  const articleUrl = blog.url + BLOG.slice(1);
  assert.ok(link.startsWith(`${articleUrl}#career-explorer:v1;view=plan`), `the link is to the article: ${link}`);
  const sent = await state(w.frame);
  await w.context.close();

  const r = await openArticle({ width: 1000, height: 800, hash: link.slice(link.indexOf('#')) });
  const s = await state(r.frame);
  assert.equal(s.view, 'plan');
  assert.deepEqual(s.ratings, sent.ratings, 'the sender\'s ratings');
  assert.ok((await r.element.getAttribute('loading')) === 'eager', 'a widget link loads the widget at once');
  await r.context.close();
});

test('an article link keeps a plan\'s own name (its ~ escapes) and a job\'s ratings written as changes', async () => {
  // "My plan!" as escapeName writes it, and the data analyst's ratings with python raised to 3
  // and statistics cleared: embed.js once dropped every '~', so the name came out "4dy20plan21".
  // A chat app's tracker and a closing bracket after it are not the link's (nor its name's).
  const hash = '#career-explorer:v1;view=plan;job=data-analyst;changed=python.3,statistics.0;name=~4dy~20plan~21)&utm_source=chat';
  const r = await openArticle({ width: 1000, height: 800, hash });
  const s = await state(r.frame);
  assert.equal(s.view, 'plan');
  assert.equal(s.plans.find((p) => p.active).name, 'My plan!');
  assert.equal(s.job, 'data-analyst');
  assert.equal(s.jobAdjusted, true);
  assert.deepEqual(s.ratings, { 'analytical-thinking': 3, 'business-analysis': 3, python: 3, 'data-management': 2,
                                'stakeholder-communication': 2, 'feature-engineering': 1, 'machine-learning': 1,
                                'ai-literacy': 1, storytelling: 1 });
  assert.deepEqual(s.notices, []);
  await r.context.close();
});

test('an overlong article link is turned down as too long, not read in part', async () => {
  const hash = `#career-explorer:v1;view=plan;skills=${'python.3,'.repeat(5000)}`;
  const r = await openArticle({ width: 1000, height: 800, hash });
  const s = await state(r.frame);
  assert.equal(s.view, 'compare', 'the blogger\'s starting view');
  assert.deepEqual(s.ratings, {});
  assert.deepEqual(s.notices, ['The link could not be read (it is too long); showing the start view.']);
  await r.context.close();
});

test('a blog with its own light/dark switch switches the widget with one event', async () => {
  const w = await openArticle({ width: 1000, height: 800, colorScheme: 'light' });
  assert.equal((await state(w.frame)).theme, 'light');
  const switchTo = (theme) => w.page.evaluate((t) =>
    document.dispatchEvent(new CustomEvent('careerexplorer:theme', { detail: t })), theme);
  await switchTo('dark');
  await until(async () => (await state(w.frame)).theme === 'dark', 'the widget went dark');
  assert.equal(await w.frame.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
  await switchTo('purple');  // not a theme: nothing happens
  await switchTo('auto');    // the reader's system again
  await until(async () => (await state(w.frame)).theme === 'light', 'back to the system\'s light');
  assert.equal(await w.frame.evaluate(() => document.documentElement.getAttribute('data-theme')), null);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('auto height leaves some article around the frame on a short screen', async () => {
  const w = await openArticle({ width: 360, height: 560, hasTouch: true, isMobile: true });
  const height = await w.element.evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(height <= 560 * 0.85 + 1 && height >= 360, `the frame is ${height} px on a 560 px screen`);
  await w.context.close();
});

test('auto height leaves some article around the frame on a phone held sideways, and when the window gets shorter', async () => {
  const sideways = await openArticle({ width: 568, height: 320, hasTouch: true, isMobile: true });
  const frameHeight = (w) => w.element.evaluate((f) => f.getBoundingClientRect().height);
  let height = await frameHeight(sideways);
  assert.ok(height <= 320 * 0.85 + 1 && height >= 200, `the frame is ${height} px on a 320 px screen`);
  await sideways.context.close();
  const desk = await openArticle({ width: 1000, height: 800 });
  assert.equal(await frameHeight(desk), 640, 'what the widget asks for in the 680 px column');
  await desk.page.setViewportSize({ width: 1000, height: 400 });
  await until(async () => (await frameHeight(desk)) <= 340, 'the frame re-fits a shorter window');
  await desk.page.setViewportSize({ width: 1000, height: 900 });
  await until(async () => (await frameHeight(desk)) === 640, 'and grows back to what the widget asks');
  await desk.context.close();
});

// The canvas types nothing (every text field is the layer's real input), so a paste on it, like
// a key it does not use, is the page's to handle.
test('paste: Ctrl+V on the focused canvas, and keys the widget does not use, reach the page', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await w.page.evaluate(() => {
    window.__pastes = [];
    window.__keys = [];
    const canvas = document.getElementById('ce-canvas');
    // After the widget's own listeners (bubbling, on the document): what they left to the page.
    document.addEventListener('paste', (e) => window.__pastes.push(e.clipboardData.getData('text/plain') + '|' + e.defaultPrevented));
    document.addEventListener('keydown', (e) => window.__keys.push(e.key + '|' + e.defaultPrevented));
    return navigator.clipboard.writeText('pasted text');
  });
  await w.page.focus('#ce-canvas');
  await w.page.keyboard.press('Control+V');
  await w.page.waitForFunction(() => window.__pastes.length > 0);
  assert.deepEqual(await w.page.evaluate(() => window.__pastes), ['pasted text|false'],
                   'the paste reached the page untouched');
  // Keys the widget does not use (Escape too, with nothing open), and Tab, are the page's.
  await w.page.keyboard.press('F7');
  await w.page.keyboard.press('Escape');
  await w.page.keyboard.press('Tab');
  const keys = await w.page.evaluate(() => window.__keys);
  assert.ok(keys.includes('F7|false') && keys.includes('Escape|false') && keys.includes('Tab|false'), keys.join(', '));
  await waitIdle(w.page);
  assert.equal((await state(w.page)).status, 'ready');
  // With a dialog open (ImGui then wants the keyboard), a press on the canvas beside it gives the
  // canvas the focus: Escape there is the widget's (it closes the dialog), other keys the page's.
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/reset');
  await until(async () => (await state(w.page)).dialog === 'Start over?', 'Start over? opened');
  await w.page.mouse.click(20, 680);
  await until(() => w.page.evaluate(() => document.activeElement.id === 'ce-canvas'), 'the canvas took the focus');
  await w.page.evaluate(() => { window.__keys = []; });
  await w.page.keyboard.press('F7');
  await w.page.keyboard.press('k');
  await w.page.keyboard.press('Escape');
  assert.deepEqual(await w.page.evaluate(() => window.__keys), ['F7|false', 'k|false', 'Escape|true']);
  await until(async () => (await state(w.page)).dialog === '', 'Escape closed the dialog');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
