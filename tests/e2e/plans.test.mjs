// Several plans (issue 14): a reader makes a second plan with another target, switches between
// them, finds both after a reload, shares one, and a receiver keeps it beside their own plans —
// on a phone and on a desktop; and the same with the keyboard alone, through the operable layer.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { assertPicture } from './lib/png.mjs';
import { clickItem, focusedItem, newPage, state, tabTo, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesDist } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
let browser;
let server;

servesDist(dist, (b, s) => { browser = b; server = s; }, { artifacts });

// A page whose clipboard writes are recorded (window.__copied) rather than needing permissions.
async function openIn(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__copied = [];
    if (navigator.clipboard) navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); };
  });
  await page.goto(url);
  await waitWidgetReady(page);
  return { page, errors };
}

const names = (s) => s.plans.map((p) => p.name);
const active = (s) => s.plans.find((p) => p.active);
const planned = async (page) => until(async () => !(await state(page)).plan.planning, 'the plan is worked out', 30000);

async function shot(page, file, { width, height, dark }) {
  await page.mouse.move(width - 1, height - 1);
  await waitIdle(page);
  const png = await page.screenshot();
  await writeFile(join(artifacts, file), png);
  await assertPicture(browser, png, { width, height, dark });
}

for (const [width, height] of [[360, 640], [1000, 700]]) {
  test(`${width}x${height}: a second plan, switching, a reload, a shared plan kept beside mine`, async () => {
    const reader = await newPage(browser, { width, height });
    const { page, errors } = await openIn(reader.context, server.url);
    await clickItem(page, 'view/plan');
    await planned(page);
    const first = await state(page);
    assert.deepEqual(names(first), ['Plan 1'], 'one plan to start with');

    await clickItem(page, 'plans/new');
    await until(async () => names(await state(page)).length === 2, 'a second plan');
    let s = await state(page);
    assert.deepEqual(names(s), ['Plan 1', 'Plan 2']);
    assert.equal(active(s).name, 'Plan 2', 'the new plan is shown');

    // Another target for plan 2: the first role in the list that plan 1 does not plan for.
    const other = Object.keys(s.scores).find((id) => id !== first.plan.role);
    await clickItem(page, 'plan/target');
    await clickItem(page, `target/${other}`);
    await until(async () => (await state(page)).target === other, 'plan 2 has its own target');
    await planned(page);
    await until(async () => (await state(page)).plans.every((p) => p.ready), 'both plans worked out', 30000);
    s = await state(page);
    assert.equal(s.plans[1].role, other);
    assert.equal(s.plans[0].role, first.plan.role, 'plan 1 keeps its role');

    // The list shows every plan with its role and progress.
    await clickItem(page, 'plans/switch');
    assert.ok(await page.evaluate(() => window.careerExplorer.itemRect('plans/2')), 'plan 2 is listed');
    await shot(page, `plans-list-${width}.png`, { width, height, dark: false });
    await clickItem(page, 'plans/1');
    await until(async () => active(await state(page)).name === 'Plan 1', 'switched to plan 1');
    s = await state(page);
    assert.equal(s.target, first.target, 'plan 1 settings are back');
    assert.equal(s.plan.role, first.plan.role);

    // A fresh visit to the page (no link) finds both plans in saved progress.
    await page.goto(server.url);
    await waitWidgetReady(page);
    s = await state(page);
    assert.deepEqual(names(s), ['Plan 1', 'Plan 2'], 'both plans survive a reload');
    assert.equal(active(s).name, 'Plan 1');

    // Share plan 2: the link carries that plan alone, and opens it in a fresh browser.
    await clickItem(page, 'view/plan');
    await clickItem(page, 'plans/switch');
    await clickItem(page, 'plans/2');
    await until(async () => active(await state(page)).name === 'Plan 2', 'switched to plan 2');
    await clickItem(page, 'menu');
    await clickItem(page, 'menu/share');
    await until(() => page.evaluate(() => window.__copied.length > 0), 'the link was copied');
    const link = await page.evaluate(() => window.__copied[0]);
    assert.ok(link.includes('name=~50lan~202'), `${link} names its plan`);
    assert.ok(!link.includes('plans='), 'the other plan stays mine');

    const friend = await newPage(browser, { width, height });
    const seen = await openIn(friend.context, link);
    s = await state(seen.page);
    assert.deepEqual(names(s), ['Plan 2'], 'the receiver sees the shared plan');
    assert.equal(s.target, other);
    assert.equal(s.viewingLink, false, 'nothing saved yet: no banner');

    // A receiver with plans of their own, one also called "Plan 2", keeps the shared one too.
    const other2 = await newPage(browser, { width, height });
    const own = await openIn(other2.context, `${server.url}#v1;view=plan`);
    await clickItem(own.page, 'plans/new');
    await until(async () => names(await state(own.page)).length === 2, 'their second plan');
    await waitIdle(own.page);
    const following = await openIn(other2.context, link);
    assert.equal((await state(following.page)).viewingLink, true, 'the banner offers a choice');
    await clickItem(following.page, 'banner/keep');
    s = await state(following.page);
    assert.deepEqual(names(s), ['Plan 1', 'Plan 2', 'Plan 2 (2)'], 'added beside theirs, renamed');
    assert.equal(active(s).name, 'Plan 2 (2)');
    assert.equal(s.target, other);
    await shot(following.page, `plans-kept-${width}.png`, { width, height, dark: false });
    // And it is saved as theirs.
    await following.page.goto(server.url);
    await waitWidgetReady(following.page);
    assert.deepEqual(names(await state(following.page)), ['Plan 1', 'Plan 2', 'Plan 2 (2)']);

    assert.deepEqual([...errors, ...seen.errors, ...own.errors, ...following.errors], []);
    await Promise.all([reader.context.close(), friend.context.close(), other2.context.close()]);
  });
}

const focused = focusedItem;

test('keyboard alone: new plan, rename in the layer\'s text field, switch, delete', async () => {
  const w = await newPage(browser, { width: 1000, height: 700, colorScheme: 'dark' });
  const { page, errors } = await openIn(w.context, `${server.url}#v1;view=plan`);
  await waitIdle(page);
  await tabTo(page, 'plans/new');
  await page.keyboard.press('Enter');
  await until(async () => names(await state(page)).length === 2, 'Enter made a plan');

  await tabTo(page, 'plans/rename');
  await page.keyboard.press('Enter');
  await until(async () => (await focused(page)) === 'dialog/plan-name', 'the focus is in the name field');
  assert.equal(await page.evaluate(() => document.activeElement.tagName + document.activeElement.type), 'INPUTtext');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'Plan 2');
  // A name another plan has is refused by Enter, and said: on the field and by the live region.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Plan 1');
  await page.keyboard.press('Enter');
  const refusal = 'Another plan has this name.';
  await until(async () => (await page.evaluate(() => document.getElementById('ce-status').textContent)).includes(refusal),
              'the refusal was announced');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.getAttribute('aria-invalid'),
                                              document.activeElement.getAttribute('aria-description')]),
                   ['true', refusal]);
  assert.equal(await focused(page), 'dialog/plan-name', 'the focus stays in the field');
  assert.deepEqual(names(await state(page)), ['Plan 1', 'Plan 2']);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Career <change> é');
  await until(async () => (await page.evaluate(() => document.activeElement.getAttribute('aria-invalid'))) === null,
              'a free name is not marked');
  await until(async () => (await page.evaluate(() => window.careerExplorer.itemRect('dialog/plan-name'))) !== null,
              'the dialog is drawn');
  // The modal dims the page behind it, so its background is no longer the theme's: size and
  // content only.
  await shot(page, 'plans-rename-1000-dark.png', { width: 1000, height: 700 });
  await page.keyboard.press('Enter');
  await until(async () => names(await state(page))[1] === 'Career <change> é', 'renamed from the layer');
  // The name is text: in the layer it is a label, never markup.
  assert.equal(await page.evaluate(() => document.querySelectorAll('#ce-layer change').length), 0);

  // The plans are a radio group: arrow keys switch.
  await tabTo(page, 'plans/2#layer');
  await page.keyboard.press('ArrowLeft');
  await until(async () => active(await state(page)).name === 'Plan 1', 'an arrow key switched plans');

  await tabTo(page, 'plans/delete');
  await page.keyboard.press('Enter');
  await until(async () => (await focused(page)) === 'dialog/close', 'the focus is on Cancel');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'dialog/confirm', 'Tab stays in the dialog');
  await page.keyboard.press('Enter');
  await until(async () => names(await state(page)).length === 1, 'deleted');
  assert.deepEqual(names(await state(page)), ['Career <change> é']);

  assert.equal(await page.evaluate(() => window.careerExplorer.itemRect('plans/delete')), null,
               'the last plan cannot be deleted');
  // The same from a script on the page (the JS API).
  assert.equal(await page.evaluate(() => window.careerExplorer.newPlan('Scripted')), true);
  assert.equal(await page.evaluate(() => window.careerExplorer.switchPlan('Career <change> é')), true);
  assert.equal(await page.evaluate(() => window.careerExplorer.switchPlan('No such plan')), false);
  await until(async () => (await page.evaluate(() => location.hash)).includes('plans=name.~53cripted'),
              'the address bar follows a scripted change');
  assert.equal(active(await state(page)).name, 'Career <change> é');
  // What is not text gives no name (the next free "Plan N"), not "null"; half a surrogate pair
  // is no character and is read as U+FFFD, not as whatever bytes follow it.
  assert.equal(await page.evaluate(() => window.careerExplorer.newPlan(null)), true);
  assert.equal(await page.evaluate(() => window.careerExplorer.newPlan('Half \ud800')), true);
  const all = names(await state(page));
  assert.ok(!all.includes('null') && all.some((n) => /^Plan \d+$/.test(n)), all.join(' | '));
  assert.ok(all.includes('Half \ufffd'), all.join(' | '));
  assert.deepEqual(errors, []);
  await w.context.close();
});
