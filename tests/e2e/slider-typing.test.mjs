// A number typed into a slider (Ctrl+click opens Dear ImGui's text field on it) is read back by
// sscanf, which the wasm build replaces with its own small one (src/web/small_scanf.h): the
// typed value must reach the state, and text that is no number must leave it alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { newPage, state, until, waitFramesAfter, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesDist } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let server;

servesDist(dist, (b, s) => { browser = b; server = s; });

async function typeIntoSlider(page, name, text) {
  const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), name);
  assert.ok(r, `${name} is on screen`);
  const before = await page.evaluate(() => window.careerExplorer.frameCount());
  await page.keyboard.down('Control');
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await page.keyboard.up('Control');
  // The text field's caret blinks, so the widget never goes quiet: wait for the click's frames.
  await waitFramesAfter(page, before + 4);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await waitIdle(page);
}

test('Ctrl+click on the hours slider, a typed number sets the hours; letters change nothing', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  assert.notEqual((await state(w.page)).hoursPerWeek, 17, 'the hours do not start at 17');

  await typeIntoSlider(w.page, 'plan/hours', '17');
  await until(async () => (await state(w.page)).hoursPerWeek === 17, 'the typed 17 hours were taken');

  await typeIntoSlider(w.page, 'plan/hours', 'abc');
  assert.equal((await state(w.page)).hoursPerWeek, 17, 'text that is no number left the hours alone');

  await typeIntoSlider(w.page, 'plan/hours', ' 23 ');
  await until(async () => (await state(w.page)).hoursPerWeek === 23, 'the typed 23, with spaces, was taken');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
