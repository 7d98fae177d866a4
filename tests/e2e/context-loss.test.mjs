// Losing the WebGL context (a GPU process restart, a driver reset; here forced through
// WEBGL_lose_context): when it comes back the widget draws the same picture again, its font atlas
// uploaded anew, and answers clicks; when it does not, the page says so and offers a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { clickItem, newPage, pngDifference, state, waitFramesAfter, waitIdle, waitWidgetReady }
  from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serveFolder(dist);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Loses the widget's context; resolves once the canvas has reported the loss.
async function loseContext(page) {
  await page.evaluate(() => new Promise((ok) => {
    const canvas = document.getElementById('ce-canvas');
    canvas.addEventListener('webglcontextlost', () => ok(), { once: true });
    // The same context the widget drew with: a canvas has one WebGL2 context.
    window.__ceLoseContext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__ceLoseContext.loseContext();
  }));
}

test('a lost context that comes back shows the same picture and answers clicks', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const canvas = w.page.locator('#ce-canvas');
  const before = await canvas.screenshot();

  await loseContext(w.page);
  // Never a blank canvas while it is gone: the loading indicator covers it.
  assert.equal(await w.page.locator('#ce-loading').isVisible(), true, 'the loading indicator while the context is lost');
  const frames = await w.page.evaluate(() => window.careerExplorer.frameCount());
  await w.page.evaluate(() => window.__ceLoseContext.restoreContext());
  await waitFramesAfter(w.page, frames);
  await waitIdle(w.page);
  assert.equal(await w.page.locator('#ce-loading').isVisible(), false, 'and not once it is back');
  const after = await canvas.screenshot();
  assert.equal(await pngDifference(browser, before, after), 0, 'the same pixels after the restore');

  await clickItem(w.page, 'role/genai-engineer');
  assert.equal((await state(w.page)).role, 'genai-engineer');
  await waitIdle(w.page);
  const clicked = await canvas.screenshot();
  assert.ok(await pngDifference(browser, after, clicked) > 0.01, 'the click is drawn');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a lost context that does not come back ends in a message offering a reload', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html`);
  await waitWidgetReady(w.page);
  await w.page.keyboard.press('Tab');  // a keyboard reader, in the widget's controls
  assert.ok(await w.page.evaluate(() => document.getElementById('ce-layer').contains(document.activeElement)));
  await loseContext(w.page);
  // The widget waits 4 s for the browser to restore it (kRestoreTimeoutMs in webgl_renderer.cpp).
  await w.page.waitForSelector('#ce-message:not([hidden])', { timeout: 20000 });
  assert.match(await w.page.textContent('#ce-message'), /graphics context was lost/);
  assert.ok(await w.page.locator('#ce-message button').count() > 0, 'a reload button');
  assert.equal(await w.page.locator('#ce-loading').isVisible(), false, 'in place of the loading indicator');
  // The picture is gone, and so are the controls that described it: nothing to Tab to or hear
  // but the message.
  assert.ok(await w.page.locator('#ce-layer [data-ce-id]').count() > 0, 'the layer had its controls');
  assert.equal(await w.page.locator('#ce-layer').isVisible(), false);
  assert.ok(await w.page.evaluate(() => document.getElementById('ce-mirror').hidden), 'nor its text for screen readers');
  // A keyboard focus that was in the widget is on the message's button.
  assert.equal(await w.page.evaluate(() => document.activeElement.textContent), 'Click to reload');
  await w.context.close();
});

// A context lost before the widget takes it over (web/app.js makes it while the wasm downloads).
const loseAtStart = () => {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
    const gl = original.call(this, kind, ...rest);
    if (kind === 'webgl2' && gl && !window.__ceLoseContext) {
      window.__ceLoseContext = gl.getExtension('WEBGL_lose_context');
      window.__ceLoseContext.loseContext();
    }
    return gl;
  };
};

test('a context lost before the widget takes it over: the widget draws once it is back, else offers a reload', async () => {
  const back = await newPage(browser);
  await back.page.addInitScript(loseAtStart);
  await back.page.goto(`${server.url}index.html`);
  await waitWidgetReady(back.page);
  await back.page.evaluate(() => window.__ceLoseContext.restoreContext());
  await waitFramesAfter(back.page, 0);
  await waitIdle(back.page);
  assert.ok(await back.page.evaluate(() => window.careerExplorer.framesPresented()) > 0, 'it drew');
  assert.equal(await back.page.locator('#ce-message').isVisible(), false);
  await clickItem(back.page, 'role/genai-engineer');
  assert.equal((await state(back.page)).role, 'genai-engineer');
  assert.deepEqual(back.errors, []);
  await back.context.close();

  const gone = await newPage(browser);
  await gone.page.addInitScript(loseAtStart);
  await gone.page.goto(`${server.url}index.html`);
  await gone.page.waitForSelector('#ce-message:not([hidden])', { timeout: 20000 });
  // Not "this browser cannot show it": it can, and a reload usually brings the context back.
  assert.match(await gone.page.textContent('#ce-message'), /graphics context was lost/);
  assert.ok(await gone.page.locator('#ce-message button').count() > 0, 'a reload button');
  await gone.context.close();
});
