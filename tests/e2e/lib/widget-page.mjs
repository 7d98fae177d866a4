// Small helpers shared by the share, embed and offline tests: open a page in its own context,
// wait for the widget (in the page or in a frame), click named items, compare screenshots.
import assert from 'node:assert/strict';

// A fresh context (no storage, no service worker) with one page that records errors.
export async function newPage(browser, { width = 1000, height = 700, colorScheme = 'light',
                                         deviceScaleFactor = 1, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme,
                                             deviceScaleFactor, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

// Waits until the widget in `target` (a Page or a Frame) has drawn with its data. The time limit
// only ends a wait that would never end: on a machine busy compiling, the first page of a file
// (Chromium starting, SwiftShader compiling its shaders) has taken over 30 s.
// A wait that ends says what the page was doing (the start-up marks it reached, its message,
// whether it was hidden), so that a failure seen once in CI can be told apart from another.
export async function waitWidgetReady(target, timeout = 90000) {
  try {
    await target.waitForFunction(() => window.careerExplorer?.getState().status === 'ready', null,
                                 { timeout });
  } catch (error) {
    const seen = await target.evaluate(() => ({
      url: location.href,
      readyState: document.readyState,
      visibility: document.visibilityState,
      status: window.careerExplorer ? window.careerExplorer.getState().status : '(no careerExplorer)',
      marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
      loading: !document.getElementById('ce-loading')?.hidden,
      message: document.getElementById('ce-message')?.textContent.trim().slice(0, 300) ?? '',
    })).catch((e) => `(the page could not be read: ${e.message})`);
    error.message += `\nwhat the page was doing: ${JSON.stringify(seen)}`;
    throw error;
  }
}

export async function state(target) {
  return target.evaluate(() => window.careerExplorer.getState());
}

// Clicks the centre of a named item (README, "JS API") with the real mouse. `frame` is given
// when the widget lives in an iframe: its rectangles are relative to the frame's viewport.
// Returns once the widget has drawn the click and the settle frames every input asks for
// (1 + kSettleFrames in src/web/frame_scheduler.h), so the next view's items have rectangles.
// It does not wait for quiet: a toast animates for seconds and would be over by then.
export async function clickItem(page, name, { frame } = {}) {
  const target = frame || page;
  // An item a click before brought up (a menu's entry) may come a frame or two after that click's
  // input frames on a busy machine: it is waited for, up to a limit that fails a missing one.
  let r = null;
  await until(async () => (r = await target.evaluate((n) => window.careerExplorer.itemRect(n), name)),
              `item ${name} is on screen`, 5000);
  let dx = 0;
  let dy = 0;
  if (frame) {
    const box = await (await frame.frameElement()).boundingBox();
    dx = box.x;
    dy = box.y;
  }
  const before = await target.evaluate(() => window.careerExplorer.frameCount());
  await page.mouse.click(dx + r.x + r.w / 2, dy + r.y + r.h / 2);
  await waitFramesAfter(target, before + INPUT_FRAMES - 1);
}

const INPUT_FRAMES = 4;

// Resolves after `n` animation frames of `target`'s document: the browser's own rendering clock,
// in which the widget would have drawn had it wanted to (its frames are animation frames too).
export function animationFrames(target, n) {
  return target.evaluate((count) => new Promise((ok) => {
    let left = count;
    const tick = () => { if (--left <= 0) ok(); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }), n);
}

// Waits until the widget has drawn more than `count` frames.
export async function waitFramesAfter(target, count, timeout = 10000) {
  await target.waitForFunction((n) => window.careerExplorer.frameCount() > n, count, { timeout });
}

// Waits until the widget drew nothing during `quietFrames` animation frames in a row (hover
// effects, settle frames and toasts are over). A focused text field redraws ten times a second
// for its cursor, so a quiet spell shorter than 6 frames is what such a view can give.
export async function waitQuiet(target, { quietFrames = 24, timeout = 15000 } = {}) {
  await target.evaluate(() => { delete window.__ceQuiet; });
  await target.waitForFunction((q) => {
    const s = window.__ceQuiet || (window.__ceQuiet = { last: -1, same: 0 });
    const n = window.careerExplorer.frameCount();
    if (n === s.last) s.same++;
    else Object.assign(s, { last: n, same: 0 });
    return s.same >= q;
  }, quietFrames, { timeout, polling: 'raf' });
}

// Waits until nothing is drawn for a while (hover effects, settle frames, a late tooltip frame),
// so that a screenshot shows a resting widget. `quietMs` is counted in animation frames (60 a
// second), not on a clock.
export async function waitIdle(target, quietMs = 400, timeout = 10000) {
  await waitQuiet(target, { quietFrames: Math.ceil(quietMs / (1000 / 60)), timeout });
}

// Makes the document in `target` (a Page or a Frame) say it is hidden or visible and tells its
// listeners, as a browser does when the tab is switched: headless Chromium never hides a page.
export function setDocumentHidden(target, hidden) {
  return target.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

// Waits until `check` (run in node) holds, polling; fails with `message` after `timeout` ms.
export async function until(check, message, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    assert.ok(Date.now() < end, message);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

// The operable layer's item that has the focus in `target` (a Page or a Frame): its name, or ''.
export const focusedItem = (target) =>
  target.evaluate(() => document.activeElement?.getAttribute('data-ce-id') || '');

// Presses Tab (Shift+Tab with `back`) until the layer item `id` in `target` (the page, or the
// frame of an embed) has the focus; fails after `max` presses.
export async function tabTo(page, id, { target = page, back = false, max = 400 } = {}) {
  await pressUntilFocused(page, id, back ? 'Shift+Tab' : 'Tab', { target, max });
}

// The same with the arrow keys (a menu's entries, a group's items): ArrowDown, or ArrowUp.
export async function arrowTo(page, id, { target = page, up = false, max = 30 } = {}) {
  await pressUntilFocused(page, id, up ? 'ArrowUp' : 'ArrowDown', { target, max });
}

async function pressUntilFocused(page, id, key, { target, max }) {
  for (let i = 0; i < max; i++) {
    if ((await focusedItem(target)) === id) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${id} never got the focus by ${key} (at ${await focusedItem(target)})`);
}

export { pngDifference } from './png.mjs';
