// The widget in headless Chromium, driven as a reader would: real clicks at the rectangles the
// widget reports for its named items, assertions on its state and on the pixels it draws.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { openWidget } from './lib/browser.mjs';
import { assertPicture, pixelStats } from './lib/png.mjs';
import { animationFrames, clickItem, waitFramesAfter, waitQuiet } from './lib/widget-page.mjs';
import { servesDist } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
let browser;
let server;

servesDist(dist, (b, s) => { browser = b; server = s; }, { artifacts });

async function ready(options = {}) {
  const w = await openWidget(browser, server.url, options);
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'ready',
                               null, { timeout: 30000 });
  return w;
}

// Waits until no frame was drawn for a whole second of the page's animation frames (at most 15 s).
async function settle(page) {
  await waitQuiet(page, { quietFrames: 60, timeout: 15000 });
}

// Wheels the view under the middle of the page down until the item is fully on screen.
async function scrollToItem(page, name) {
  const { height } = page.viewportSize();
  for (let i = 0; i < 80; i++) {
    const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), name);
    if (r && r.y + r.h < height - 4) return;
    await page.mouse.move(500, height / 2);
    const before = await page.evaluate(() => window.careerExplorer.frameCount());
    await page.mouse.wheel(0, 120);
    await waitFramesAfter(page, before);  // the wheel was drawn
  }
  assert.fail(`item ${name} never came on screen`);
}

test('loads with no console errors and draws the roles (pixels, not blank)', async () => {
  const { page, errors, context } = await ready();
  const state = await page.evaluate(() => window.careerExplorer.getState());
  assert.equal(state.view, 'roles');
  assert.equal(state.role, 'prompt-engineer');
  const rect = await page.evaluate(() => window.careerExplorer.itemRect('role/mlops-engineer'));
  assert.ok(rect && rect.w > 100 && rect.h > 20, 'the MLOps row has a rectangle');
  const stats = await pixelStats(browser, await page.screenshot());
  assert.ok(stats.distinctColours > 50, `many colours drawn (${stats.distinctColours})`);
  assert.ok(stats.changedShare > 0.03, `text and bars cover the canvas (${stats.changedShare})`);
  // The first frame went on screen before the page's copies of it were written (main.cpp,
  // ce_js_after_paint), and they followed: the layer, the text mirror.
  await page.waitForFunction(() => performance.getEntriesByName('careerexplorer:painted').length > 0);
  const start = await page.evaluate(() => ({
    drawn: performance.getEntriesByName('careerexplorer:drawn')[0].startTime,
    painted: performance.getEntriesByName('careerexplorer:painted')[0].startTime,
    layer: document.querySelectorAll('#ce-layer [data-ce-id]').length,
    mirror: document.getElementById('ce-mirror').textContent.length,
  }));
  assert.ok(start.painted >= start.drawn, 'painted after drawn');
  assert.ok(start.layer > 10 && start.mirror > 100, `the layer and the mirror follow (${JSON.stringify(start)})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking a role row selects it; Compare switches and sorts', async () => {
  const { page, errors, context } = await ready();
  await clickItem(page, 'role/mlops-engineer');
  assert.equal((await page.evaluate(() => window.careerExplorer.getState())).role, 'mlops-engineer');
  await clickItem(page, 'view/compare');
  let state = await page.evaluate(() => window.careerExplorer.getState());
  assert.equal(state.view, 'compare');
  await clickItem(page, 'sort/entry');
  state = await page.evaluate(() => window.careerExplorer.getState());
  assert.equal(state.compareSort, 'entry');
  await clickItem(page, 'compare/ai-ethics-specialist');
  state = await page.evaluate(() => window.careerExplorer.getState());
  assert.equal(state.view, 'roles');
  assert.equal(state.role, 'ai-ethics-specialist');
  assert.deepEqual(errors, []);
  await context.close();
});

test('draws no frames while nobody touches it', async () => {
  const { page, context } = await ready();
  // Let the frames that follow start-up settle: on a loaded machine they can trail for a while.
  await settle(page);
  const before = await page.evaluate(() => window.careerExplorer.frameCount());
  await animationFrames(page, 180);  // 3 s of the page's frames, in any of which it could draw
  const afterIdle = await page.evaluate(() => window.careerExplorer.frameCount());
  assert.equal(afterIdle - before, 0, 'no frames in 180 animation frames of idle');
  // ...and it does draw when touched.
  await page.mouse.move(200, 200);
  await waitFramesAfter(page, afterIdle, 5000);
  await context.close();
});

// A toast (here "Link copied") is one still picture for its seconds: the widget draws the frames
// that show it and the one that takes it away, not a frame a tick to watch the clock.
test('a toast draws no frames while it shows, and then goes by itself', async () => {
  const { page, errors, context } = await ready();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await settle(page);
  const before = await page.evaluate(() => window.careerExplorer.frameCount());
  await clickItem(page, 'share');
  await page.waitForFunction(() => window.careerExplorer.getState().toast === 'Link copied');
  await page.waitForFunction(() => window.careerExplorer.getState().toast === '', null, { timeout: 15000 });
  const drawn = await page.evaluate(() => window.careerExplorer.frameCount()) - before;
  // The press's and the release's frames with their settle frames, the copy's answer with its
  // own, and the frame that takes the toast away (13 here): a frame a tick would be some 150 in
  // the toast's 2.5 s.
  assert.ok(drawn <= 20, `${drawn} frames from the click to the toast's going`);
  await page.waitForFunction(() => document.getElementById('ce-status').textContent !== 'Link copied');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken data file shows the validator messages in the widget', async () => {
  const broken = JSON.stringify({ format: 1, source: {}, skills: [], roles: [], courses: [] });
  const w = await openWidget(browser, server.url, {
    route: (page) => page.route('**/careers.json', (r) => r.fulfill({
      status: 200, contentType: 'application/json', body: broken })),
  });
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'error', null,
                               { timeout: 30000 });
  const state = await w.page.evaluate(() => window.careerExplorer.getState());
  assert.ok(state.dataErrors.includes('source.title: is required'), JSON.stringify(state.dataErrors));
  const stats = await pixelStats(browser, await w.page.screenshot());
  assert.ok(stats.changedShare > 0.01, 'the messages are drawn');
  // The text mirror lists them; the layer says the same, its list a stop for Tab (from which the
  // page keys scroll it) and for screen readers.
  const mirror = await w.page.evaluate(() => [...document.querySelectorAll('#ce-mirror li')].map((li) => li.textContent));
  assert.ok(mirror.includes('Error: source.title: is required'), JSON.stringify(mirror));
  await w.page.keyboard.press('Tab');
  await w.page.waitForFunction(() => document.activeElement?.getAttribute('data-ce-id') === 'problems/list');
  assert.match(await w.page.evaluate(() => document.activeElement.textContent),
               /^The career data file has these problems:\nError: source\.title: is required/);
  await w.context.close();
});

test('a missing data file is reported in the widget', async () => {
  const w = await openWidget(browser, server.url, {
    route: (page) => page.route('**/careers.json', (r) => r.fulfill({ status: 404, body: 'gone' })),
  });
  await w.page.waitForFunction(() => window.careerExplorer?.getState().status === 'error', null,
                               { timeout: 30000 });
  const state = await w.page.evaluate(() => window.careerExplorer.getState());
  assert.ok(state.failure.length > 0);
  // The page says so in words, with a retry (role=alert: screen readers hear it at once).
  await w.page.waitForSelector('#ce-message:not([hidden]) button');
  const message = await w.page.textContent('#ce-message');
  assert.match(message, /could not be loaded/);
  // The site's fault, not the reader's connection; and no link to the very file that failed.
  assert.match(message, /did not send it; it may be missing there/);
  assert.doesNotMatch(message, /connection|still readable/);
  assert.equal(await w.page.$('#ce-message a'), null);
  await w.context.close();
});

test('a browser without WebGL2 gets an HTML message, not a blank canvas', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(server.url);
  await page.waitForFunction(() => /WebGL\s*2/i.test(document.body.innerText), null,
                             { timeout: 10000 });
  const text = await page.evaluate(() => document.body.innerText);
  assert.match(text, /WebGL\s*2/i);
  await context.close();
});

test('a browser whose WebAssembly lacks the features the widget is built with gets the same message', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  // As a browser of before 2021 answers: a module with the 0xFC-prefixed instructions (bulk
  // memory, non-trapping float-to-int) is not valid there. WebGL 2 is there.
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => !new Uint8Array(bytes).includes(0xfc) && validate(bytes);
  });
  await page.goto(server.url);
  await page.waitForFunction(() => /recent WebAssembly/.test(document.body.innerText), null,
                             { timeout: 10000 });
  assert.match(await page.textContent('#ce-message'), /cannot show the career explorer/);
  assert.equal(await page.evaluate(() => typeof window.createCareerExplorer), 'undefined',
               'the widget\'s script was not run');
  await context.close();
});

for (const [width, height] of [[1000, 700], [360, 640]]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`renders at ${width}x${height} in ${colorScheme}`, async () => {
      const { page, errors, context } = await ready({ width, height, colorScheme,
                                                      deviceScaleFactor: 2 });
      const state = await page.evaluate(() => window.careerExplorer.getState());
      assert.equal(state.theme, colorScheme);
      // Every picture kept is checked: device pixels, the theme's background, something drawn.
      const keep = async (name) => {
        const png = await page.screenshot();
        await writeFile(join(artifacts, `${name}-${width}x${height}-${colorScheme}.png`), png);
        await assertPicture(browser, png, { width: width * 2, height: height * 2,
                                            dark: colorScheme === 'dark', what: name });
      };
      await keep('roles');
      await clickItem(page, 'view/compare');
      await keep('compare');
      if (width < 720) {
        await clickItem(page, 'view/roles');
        await clickItem(page, 'role/genai-engineer');
        await keep('profile');
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('rating skills through the UI reorders the roles and changes the plan', async () => {
  const { page, errors, context } = await ready();
  const state = () => page.evaluate(() => window.careerExplorer.getState());
  await clickItem(page, 'view/plan');
  const before = await state();
  assert.equal(before.plan.role, 'prompt-engineer');  // nothing rated: the role being looked at
  const coursesBefore = before.plan.courses.map((c) => c.id);

  await clickItem(page, 'view/skills');
  await clickItem(page, 'profile/writer-marketer');
  let s = await state();
  assert.ok(Object.keys(s.ratings).length >= 5, 'the profile filled the ratings');
  const best = Object.entries(s.scores).sort((a, b) => b[1] - a[1])[0][0];
  assert.equal(best, 'ai-content-creator');

  // The Roles list now leads with the best fit.
  await clickItem(page, 'view/roles');
  const top = await page.evaluate(() => window.careerExplorer.itemRect('role/ai-content-creator'));
  const other = await page.evaluate(() => window.careerExplorer.itemRect('role/mlops-engineer'));
  assert.ok(top.y < other.y, 'best fit first');

  // The plan follows: it targets the best fit, and differs from the plan from scratch.
  await clickItem(page, 'view/plan');
  s = await state();
  assert.equal(s.plan.role, 'ai-content-creator');
  assert.notDeepEqual(s.plan.courses.map((c) => c.id), coursesBefore);

  // One more rating, made with a click on its level, moves the score.
  await clickItem(page, 'view/skills');
  const scoreBefore = s.scores['ai-content-creator'];
  await scrollToItem(page, 'skill/generative-media-tools/3');
  await clickItem(page, 'skill/generative-media-tools/3');
  s = await state();
  assert.equal(s.ratings['generative-media-tools'], 3);
  assert.ok(s.scores['ai-content-creator'] > scoreBefore);
  assert.deepEqual(errors, []);
  await context.close();
});

test('screen readers get the view as text, kept in step with the canvas', async () => {
  const { page, errors, context } = await ready();
  const mirror = () => page.evaluate(() => document.getElementById('ce-mirror').innerText);
  let text = await mirror();
  assert.match(text, /Roles/);
  assert.match(text, /Prompt Engineer: \$100k to \$180k or more a year \(partly our reading\)/);
  await clickItem(page, 'view/compare');
  await page.waitForFunction(() => /Pay compared/.test(document.getElementById('ce-mirror').innerText));
  text = await mirror();
  // A figure for a few posts is not the role's pay: the creator's pay is not stated.
  assert.match(text, /AI Content Creator \/ Consultant: pay not stated/);
  assert.doesNotMatch(text, /\$400k/);
  // The layer holds the same text in reading order, so the mirror is kept from screen readers
  // (no text is met twice); it stays readable when there is no layer (robust.test.mjs).
  assert.equal(await page.evaluate(() => document.getElementById('ce-mirror').getAttribute('aria-hidden')), 'true');
  assert.ok(await page.evaluate(() => document.querySelectorAll('#ce-layer [data-ce-id], #ce-layer *').length) > 10);
  // A confirmation is announced through the live region.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await clickItem(page, 'share');
  await page.waitForFunction(() => document.getElementById('ce-status').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => document.getElementById('ce-status').getAttribute('role')), 'status');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page has one h1, and a message titles itself under it', async () => {
  const { page, errors, context } = await ready();
  // (The text mirror's headings for the view are h2 and below.)
  const h1s = await page.evaluate(() => [...document.querySelectorAll('h1')].map((h) => h.textContent));
  assert.deepEqual(h1s, ['GenAI Career Explorer']);
  assert.deepEqual(errors, []);
  await context.close();

  const broken = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const noGl = await broken.newPage();
  await noGl.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await noGl.goto(server.url);
  await noGl.waitForFunction(() => document.querySelector('#ce-message h2'), null, { timeout: 10000 });
  assert.equal(await noGl.evaluate(() => document.querySelectorAll('h1').length), 1);
  assert.match(await noGl.evaluate(() => document.querySelector('#ce-message h2').textContent), /cannot show/);
  await broken.close();
});

test('reduced motion stops the spinner; forced colours give the focus outline system colours and keep the layer invisible', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const spinner = () => page.evaluate(() => getComputedStyle(document.querySelector('.ce-spinner')).animationName);
  assert.equal(await spinner(), 'ce-spin');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await spinner(), 'none');

  await page.waitForFunction(() => window.careerExplorer?.getState().status === 'ready', null, { timeout: 30000 });
  await page.keyboard.press('Tab');  // keyboard focus (:focus-visible) on the operable layer
  const outline = () => page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  assert.ok(await page.evaluate(() => document.activeElement.closest('#ce-layer') !== null),
            'Tab reaches the layer over the canvas');
  // Normally the canvas draws the focus ring (in the widget's palette) on the focused item.
  assert.equal((await outline()).split(' ')[0], 'none');
  await page.emulateMedia({ forcedColors: 'active' });
  assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
  assert.equal(await outline(), 'solid 3px');
  // Highlight, as the system defines it: the same colour an element styled with it gets.
  const [outlineColour, highlight] = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.color = 'Highlight';
    document.body.appendChild(probe);
    const colours = [getComputedStyle(document.activeElement).outlineColor, getComputedStyle(probe).color];
    probe.remove();
    return colours;
  });
  assert.equal(outlineColour, highlight);
  // The layer's own labels stay invisible: the system's text colour would draw them over the
  // canvas's (the focused one included, whose outline alone shows).
  const visible = await page.evaluate(() => Array.from(document.querySelectorAll('#ce-layer *'))
    .map((e) => [e.getAttribute('data-ce-id') || e.tagName, getComputedStyle(e)])
    .filter(([, s]) => s.color !== 'rgba(0, 0, 0, 0)' || s.backgroundColor !== 'rgba(0, 0, 0, 0)')
    .map(([id, s]) => `${id}: ${s.color} on ${s.backgroundColor}`));
  assert.ok(await page.evaluate(() => document.querySelectorAll('#ce-layer *').length > 20));
  assert.deepEqual(visible, []);
  await context.close();
});

test('destroy() stops it for good: no frames, no listeners, no controls left to work', async () => {
  const { page, errors, context } = await ready();
  await settle(page);
  const compare = await page.evaluate(() => window.careerExplorer.itemRect('view/compare'));
  assert.ok(compare, 'Compare is on screen before');
  assert.ok(await page.evaluate(() => document.querySelectorAll('#ce-layer button').length) > 5);
  await page.evaluate(() => window.careerExplorer.destroy());
  const after = await page.evaluate(() => ({
    status: window.careerExplorer.getState().status,
    frames: window.careerExplorer.frameCount(),
    controls: document.querySelectorAll('#ce-layer *').length,
  }));
  assert.equal(after.status, 'destroyed');
  assert.equal(after.controls, 0, 'the operable layer is empty');
  assert.equal(await page.evaluate(() => window.careerExplorer.itemRect('view/compare')), null, 'nothing is on screen');
  assert.equal(await page.evaluate(() => window.careerExplorer.setTheme('dark')), false);
  // Neither the mouse nor the keyboard reaches it any more.
  await page.mouse.click(compare.x + compare.w / 2, compare.y + compare.h / 2);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await animationFrames(page, 30);
  const end = await page.evaluate(() => ({
    view: window.careerExplorer.getState().view,
    frames: window.careerExplorer.frameCount(),
    inLayer: !!document.activeElement.closest('#ce-layer'),
  }));
  assert.equal(end.view, 'roles');
  assert.equal(end.frames, after.frames, 'no frame drawn after destroy()');
  assert.equal(end.inLayer, false);
  assert.deepEqual(errors, []);
  await context.close();
});
