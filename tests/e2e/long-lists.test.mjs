// Long lists at the data's size limits, in the browser (src/ui/list_pages.h): with 10,000 skills
// My skills puts one page of 50 skills into the operable layer, not 40,000 radios, and From my
// job one page of 50 roles; a keyboard user turns the pages with the layer's Previous and Next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { focusedItem, newPage, state, tabTo, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let server;

// The bundled data grown to the skills limit (10,000) and to 120 roles: copies of its own skills
// and roles under new ids, so that every field is one the loader accepts.
async function longCatalogue() {
  const catalog = JSON.parse(await readFile(join(dist, 'careers.json'), 'utf8'));
  const skills = catalog.skills;
  for (let i = skills.length, n = 0; i < 10000; i++, n++) {
    const copy = { ...skills[n % 36], id: `extra-skill-${n}`, name: `Extra skill ${n}` };
    skills.push(copy);
  }
  const roles = catalog.roles;
  for (let i = roles.length, n = 0; i < 120; i++, n++) {
    const copy = { ...roles[n % 7], id: `extra-role-${n}`, title: `Extra role ${n}` };
    roles.push(copy);
  }
  return JSON.stringify(catalog);
}

before(async () => {
  const data = await longCatalogue();
  server = await serveFolder(dist, { override: (path) => (path === '/careers.json' ? data : undefined) });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const layerCount = (page, prefix) =>
  page.evaluate((p) => document.querySelectorAll(`[data-ce-id^="${p}"]`).length, prefix);
const layerHasText = (page, text) =>
  page.evaluate((t) => [...document.querySelectorAll('[data-ce-id]')].some((e) => e.textContent.includes(t)), text);
const focused = focusedItem;

async function open(fragment) {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${server.url}#${fragment}`);
  await waitWidgetReady(w.page, 60000);
  await waitIdle(w.page);
  return w;
}

test('My skills with 10,000 skills: one page in the layer, turned with the keyboard', { timeout: 120000 }, async () => {
  const w = await open('v1;view=skills');
  assert.equal((await state(w.page)).view, 'skills');
  // Four rating radios a skill, 50 skills a page.
  assert.equal(await layerCount(w.page, 'skill/'), 200);
  assert.ok(await layerHasText(w.page, 'Skills 1\u201350 of 10,000'), 'the layer says which skills are shown');

  await tabTo(w.page, 'skills/top/page-next');
  await w.page.keyboard.press('Enter');
  await until(() => layerHasText(w.page, 'Skills 51\u2013100 of 10,000'), 'Next turned the page');
  assert.equal(await layerCount(w.page, 'skill/'), 200);
  assert.equal(await w.page.evaluate(() => document.querySelectorAll('[data-ce-id^="skill/python/"]').length), 0,
               'the first page left the layer');
  // Next at the bottom of the page: the new page shows from its top, and the focus goes on from
  // the top's Next (not from the end of a page not yet read).
  await w.page.evaluate(() => document.querySelector('[data-ce-id="skills/bottom/page-next"]').focus());
  await until(async () => (await focused(w.page)) === 'skills/bottom/page-next', 'the bottom Next has the focus');
  await w.page.keyboard.press('Enter');
  await until(() => layerHasText(w.page, 'Skills 101\u2013150 of 10,000'), 'the bottom Next turned the page');
  await until(async () => (await focused(w.page)) === 'skills/top/page-next', 'the focus moved to the top');
  // A rating on the new page, with the keyboard.
  await w.page.keyboard.press('Tab');
  await until(async () => (await focused(w.page)).startsWith('skill/') || (await focused(w.page)).startsWith('info/levels/'),
              'Tab goes on into the new page');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('From my job with 120 roles: 50 a page in the layer, turned with the keyboard', { timeout: 120000 }, async () => {
  const w = await open('v1;view=compare;mode=paths');
  assert.equal((await state(w.page)).compareMode, 'paths');
  assert.equal((await state(w.page)).paths.length, 120, 'getState still lists every role');
  assert.equal(await layerCount(w.page, 'path/'), 50);
  assert.ok(await layerHasText(w.page, 'Roles 1\u201350 of 120'));

  await tabTo(w.page, 'paths/top/page-next');
  await w.page.keyboard.press('Enter');
  await until(() => layerHasText(w.page, 'Roles 51\u2013100 of 120'), 'Next turned the page');
  await w.page.keyboard.press('Enter');
  await until(() => layerHasText(w.page, 'Roles 101\u2013120 of 120'), 'Next again: the last page');
  assert.equal(await layerCount(w.page, 'path/'), 20);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('Roles with 120 roles: the arrow keys go on past the page\'s ends, and the focus with them', { timeout: 120000 }, async () => {
  // The 50th role ends the first page (the bundled seven, then the copies in order).
  const w = await open('v1;view=roles;role=extra-role-42');
  assert.ok(await layerHasText(w.page, 'Roles 1\u201350 of 120'));
  await tabTo(w.page, 'role/extra-role-42');
  await w.page.keyboard.press('ArrowDown');
  await until(async () => (await state(w.page)).role === 'extra-role-43', 'ArrowDown chose the next role');
  await until(() => layerHasText(w.page, 'Roles 51\u2013100 of 120'), 'its page is shown');
  await until(async () => (await focused(w.page)) === 'role/extra-role-43', 'the focus is on it');
  await w.page.keyboard.press('ArrowUp');
  await until(async () => (await state(w.page)).role === 'extra-role-42', 'ArrowUp went back');
  await until(() => layerHasText(w.page, 'Roles 1\u201350 of 120'), 'the first page is shown again');
  await until(async () => (await focused(w.page)) === 'role/extra-role-42', 'the focus followed');
  // On the first page nothing comes before it: the page's 50 and the one after it.
  assert.equal(await layerCount(w.page, 'role/'), 51, 'the page\'s 50 and the one after it');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('Plan with 120 roles: arrow keys go through every target, the layer holding 50 at a time', { timeout: 120000 }, async () => {
  const w = await open('v1;view=plan');
  assert.equal(await layerCount(w.page, 'target/'), 51, '"Best fit" and the 50 roles around the chosen one');
  await tabTo(w.page, 'target/best#layer');
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    const before = (await state(w.page)).target;
    await w.page.keyboard.press('ArrowDown');
    await until(async () => (await state(w.page)).target !== before, 'ArrowDown chose the next role');
    const target = (await state(w.page)).target;
    seen.add(target);
    await until(async () => (await focused(w.page)) === `target/${target}#layer`, 'the focus stays on the chosen role');
  }
  assert.equal(seen.size, 60, 'sixty roles, one a key press: past the first 50 offered');
  assert.equal(await layerCount(w.page, 'target/'), 51);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('10,000 ratings survive a reload, the address holds no overlong link, and Share says why', { timeout: 120000 }, async () => {
  const w = await open('v1;view=skills');
  // Every skill rated: saved progress of ~200,000 characters (a link reads at most 32,768).
  const ids = await w.page.evaluate(async () => {
    const data = await (await fetch('careers.json')).json();
    return data.skills.map((s) => s.id);
  });
  assert.equal(ids.length, 10000);
  const saved = `v1;view=skills;skills=${ids.map((id) => `${id}.2`).join(',')}`;
  assert.ok(saved.length > 32768);
  await w.page.evaluate((value) => localStorage.setItem('career-explorer:v1', value), saved);
  await w.page.goto(server.url);  // no fragment: storage alone brings the ratings back
  await waitWidgetReady(w.page, 60000);
  await waitIdle(w.page);
  let s = await state(w.page);
  assert.equal(Object.keys(s.ratings).length, 10000, 'every rating came back');
  assert.deepEqual(s.notices, []);
  await w.page.evaluate(() => { window.__copied = []; navigator.clipboard.writeText = async (t) => { window.__copied.push(t); }; });
  const r = await w.page.evaluate(() => window.careerExplorer.itemRect('share'));
  await w.page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await until(async () => (await state(w.page)).dialog !== '', 'Share answered');
  s = await state(w.page);
  assert.equal(s.dialog, 'This view is too much for a link');
  assert.deepEqual(await w.page.evaluate(() => window.__copied), [], 'no link that would not open');
  assert.equal(await w.page.evaluate(() => location.hash), '', 'the address holds no state it could not reopen');
  assert.equal(await w.page.evaluate(() => localStorage.getItem('career-explorer:v1')), saved, 'saved as it was');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
