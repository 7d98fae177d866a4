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

// Waits until the widget in `target` (a Page or a Frame) has drawn with its data.
export async function waitWidgetReady(target, timeout = 30000) {
  await target.waitForFunction(() => window.careerExplorer?.getState().status === 'ready', null,
                               { timeout });
}

export async function state(target) {
  return target.evaluate(() => window.careerExplorer.getState());
}

// Clicks the centre of a named item (README, "JS API") with the real mouse. `frame` is given
// when the widget lives in an iframe: its rectangles are relative to the frame's viewport.
export async function clickItem(page, name, { frame, settleMs = 150 } = {}) {
  const target = frame || page;
  const r = await target.evaluate((n) => window.careerExplorer.itemRect(n), name);
  assert.ok(r, `item ${name} is on screen`);
  let dx = 0;
  let dy = 0;
  if (frame) {
    const box = await (await frame.frameElement()).boundingBox();
    dx = box.x;
    dy = box.y;
  }
  await page.mouse.click(dx + r.x + r.w / 2, dy + r.y + r.h / 2);
  await page.waitForTimeout(settleMs);
}

// Waits until nothing is drawn for a while (hover effects, settle frames), so that a screenshot
// shows a resting widget.
export async function waitIdle(target, quietMs = 400, timeout = 10000) {
  const end = Date.now() + timeout;
  let last = await target.evaluate(() => window.careerExplorer.frameCount());
  for (;;) {
    await new Promise((ok) => setTimeout(ok, quietMs));
    const now = await target.evaluate(() => window.careerExplorer.frameCount());
    if (now === last || Date.now() > end) return;
    last = now;
  }
}

export { pngDifference } from './png.mjs';
