// The controls the widget draws itself instead of Dear ImGui's (src/ui/slider.h,
// src/ui/text_field.h): sliders follow a real mouse drag; a text field typed in the layer's real
// input shows what was typed where the caret is; text to copy by hand is the layer's read-only
// text area, selected whole by a click so that the browser's own copy takes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { clickItem, newPage, pngDifference, state, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesDist } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let server;

servesDist(dist, (b, s) => { browser = b; server = s; });

const itemRect = (page, name) => page.evaluate((n) => window.careerExplorer.itemRect(n), name);

async function drag(page, from, to, y) {
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move(to, y, { steps: 6 });
  await page.mouse.up();
  await waitIdle(page);
}

test('a mouse drag moves the hours and budget sliders, to each end and back', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const hours = await itemRect(w.page, 'plan/hours');
  assert.ok(hours, 'the hours slider is on screen');
  await drag(w.page, hours.x + hours.w / 2, hours.x + hours.w + 60, hours.y + hours.h / 2);
  assert.equal((await state(w.page)).hoursPerWeek, 40, 'dragged past the right end: the most hours');
  await drag(w.page, hours.x + hours.w - 6, hours.x - 60, hours.y + hours.h / 2);
  assert.equal((await state(w.page)).hoursPerWeek, 1, 'dragged past the left end: the fewest');
  const layer = await w.page.evaluate(() => {
    const el = document.querySelector('[data-ce-id="plan/hours"]');
    return { type: el.type, value: el.value, text: el.getAttribute('aria-valuetext') };
  });
  assert.deepEqual({ type: layer.type, value: layer.value }, { type: 'range', value: '1' }, 'the layer says the same');
  // Read with what it means: when the plan would be done at that pace.
  assert.match(layer.text, /^1 hour a week, done (by|between) /);

  await clickItem(w.page, 'filter/budget');
  const budget = await itemRect(w.page, 'plan/budget');
  assert.ok(budget, 'the budget slider came with the cap');
  await drag(w.page, budget.x + budget.w / 2, budget.x + budget.w + 60, budget.y + budget.h / 2);
  const cap = (await state(w.page)).filters.budgetUsd;
  await drag(w.page, budget.x + budget.w - 6, budget.x + budget.w / 2, budget.y + budget.h / 2);
  const middle = (await state(w.page)).filters.budgetUsd;
  assert.ok(middle > 0 && middle < cap, `half way is less than the most (${middle} < ${cap})`);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('after a click on a slider the arrow keys go on moving it, as a page\'s own slider', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const hours = await itemRect(w.page, 'plan/hours');
  await w.page.mouse.click(hours.x + hours.w / 2, hours.y + hours.h / 2);
  await waitIdle(w.page);
  const clicked = (await state(w.page)).hoursPerWeek;
  assert.equal(await w.page.evaluate(() => document.activeElement.getAttribute('data-ce-id')), 'plan/hours',
               'the slider has the keyboard focus');
  // No focus ring after the click, as on a page; a key brings it (Shift changes nothing else).
  const around = { x: hours.x - 8, y: hours.y - 8, width: hours.w + 16, height: hours.h + 16 };
  const clickedPicture = await w.page.screenshot({ clip: around });
  await w.page.keyboard.press('Shift');
  await waitIdle(w.page);
  assert.equal((await state(w.page)).hoursPerWeek, clicked);
  assert.ok(await pngDifference(browser, clickedPicture, await w.page.screenshot({ clip: around })) > 0.01,
            'a key drew the focus ring around the slider');
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).hoursPerWeek === clicked + 1, 'ArrowRight added an hour');
  await w.page.keyboard.press('Home');
  await until(async () => (await state(w.page)).hoursPerWeek === 1, 'Home went to the fewest');
  // A click elsewhere gives the keys back to the canvas.
  await clickItem(w.page, 'view/roles');
  assert.notEqual(await w.page.evaluate(() => document.activeElement.getAttribute('data-ce-id')), 'plan/hours');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('after a tap on a slider a keyboard\'s arrow keys move it (a tablet with a keyboard)', async () => {
  const w = await newPage(browser, { width: 800, height: 1000, hasTouch: true, isMobile: true });
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const hours = await itemRect(w.page, 'plan/hours');
  assert.ok(hours, 'the hours slider is on screen');
  await w.page.touchscreen.tap(hours.x + hours.w / 2, hours.y + hours.h / 2);
  await waitIdle(w.page);
  const tapped = (await state(w.page)).hoursPerWeek;
  await until(() => w.page.evaluate(() => document.activeElement.getAttribute('data-ce-id') === 'plan/hours'),
              'the tapped slider has the keyboard focus');
  await w.page.keyboard.press('ArrowLeft');
  await until(async () => (await state(w.page)).hoursPerWeek === tapped - 1, 'ArrowLeft took an hour off');
  // A tap elsewhere gives the keys back to the canvas.
  const roles = await itemRect(w.page, 'view/roles');
  await w.page.touchscreen.tap(roles.x + roles.w / 2, roles.y + roles.h / 2);
  await until(() => w.page.evaluate(() => document.activeElement.id === 'ce-canvas'), 'the canvas took the focus back');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('Rename opened with the mouse: the name field has the focus, and typing and arrows edit it', async () => {
  const w = await newPage(browser);
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  await clickItem(w.page, 'plans/rename');
  await until(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-ce-id') === 'dialog/plan-name'),
              'the focus went into the name field');
  await w.page.keyboard.type(' for MLOps');
  for (let i = 0; i < 'MLOps'.length; i++) await w.page.keyboard.press('ArrowLeft');
  await w.page.keyboard.type('<new> ');
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).plans[0].name === 'Plan 1 for <new> MLOps',
              'typed at the caret, and Enter renamed');
  assert.equal((await state(w.page)).dialog, '', 'the dialog closed');

  // The field takes no more than a name holds (core::kMaxPlanNameChars): what is typed past it is
  // not taken, so what the reader sees in the field is what the plan is called.
  await clickItem(w.page, 'plans/rename');
  await until(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-ce-id') === 'dialog/plan-name'),
              'the focus went into the name field again');
  await w.page.keyboard.press('Control+A');
  await w.page.keyboard.type('x'.repeat(60));
  assert.equal(await w.page.evaluate(() => document.activeElement.value.length), 40);
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).plans[0].name === 'x'.repeat(40), 'renamed to the 40 taken');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a link the clipboard refuses: a click selects it all in the layer, the browser copies it', async () => {
  const w = await newPage(browser, { width: 360, height: 640 });
  await w.page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));
    document.execCommand = () => false;
  });
  await w.page.goto(`${server.url}index.html#v1;view=plan`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  await clickItem(w.page, 'share');
  await until(async () => (await state(w.page)).dialog === 'Copy this by hand', 'the link is offered by hand');
  // The dialog's box has a place on screen a frame or two after the dialog opens: ImGui sizes an
  // appearing popup to its contents before it shows it.
  let box = null;
  await until(async () => (box = await itemRect(w.page, 'dialog/text')) !== null, 'the text box is shown');
  await w.page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  const selected = await w.page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, readOnly: el.readOnly, start: el.selectionStart, end: el.selectionEnd, value: el.value };
  });
  assert.equal(selected.tag, 'TEXTAREA');
  assert.ok(selected.readOnly);
  assert.ok(selected.value.startsWith(`${server.url}index.html#v1;`) && selected.value.includes('view=plan'),
            selected.value);
  assert.deepEqual([selected.start, selected.end], [0, selected.value.length], 'all of it is selected');

  // The browser's own copy (Ctrl+C runs the editing command "copy" on the selection). What it
  // copies is recorded by a listener in place before the key is pressed.
  await w.page.evaluate(() => document.addEventListener('copy', () => {
    const el = document.activeElement;
    window.__copied = el.value.slice(el.selectionStart, el.selectionEnd);
  }, { once: true }));
  const cdp = await w.context.newCDPSession(w.page);
  const key = { key: 'c', code: 'KeyC', modifiers: 2, windowsVirtualKeyCode: 67 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', commands: ['copy'], ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
  let copied;
  await until(async () => (copied = await w.page.evaluate(() => window.__copied)) !== undefined, 'the browser copied');
  assert.equal(copied, selected.value, 'the browser copied the whole link');
  await until(async () => (await state(w.page)).toast === 'Link copied', 'the widget says it was copied');

  await w.page.keyboard.press('Escape');
  await until(async () => (await state(w.page)).dialog === '', 'Escape closed the dialog');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
