// Compare's modes in the browser, at a phone's width and a desktop's: "From my job" (I work as
// Data analyst, sort by hours, a row opens its plan), "Side by side" (both roles' pay and skills,
// a plan each), a shared link that reopens the mode, and the same job with the keyboard alone.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { assertPicture } from './lib/png.mjs';
import { clickItem, newPage, state, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesDist } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
const SIZES = [{ width: 360, height: 640 }, { width: 1000, height: 700 }];
let browser;
let server;

servesDist(dist, (b, s) => { browser = b; server = s; }, { artifacts });

async function open(fragment, options) {
  const w = await newPage(browser, options);
  await w.page.goto(`${server.url}#${fragment}`);
  await waitWidgetReady(w.page);
  return w;
}

const allPlanned = (s) => s.paths.length > 0 && s.paths.every((row) => !row.planning);
const rectOf = (page, name) => page.evaluate((n) => window.careerExplorer.itemRect(n), name);

// Scrolls the widget with the wheel until the named item is wholly on screen.
async function scrollToItem(page, name, { height }) {
  await until(async () => {
    const r = await rectOf(page, name);
    if (r && r.y >= 0 && r.y + r.h <= height) return true;
    const before = await page.evaluate(() => window.careerExplorer.frameCount());
    await page.mouse.move(20, height / 2);
    await page.mouse.wheel(0, r && r.y < 0 ? -120 : 120);
    await page.waitForFunction((n) => window.careerExplorer.frameCount() > n, before);
    return false;
  }, `${name} scrolled into view`);
}

// A screenshot kept in artifacts/, checked for size, theme and content.
async function keep(w, file, { width, height }, dark) {
  await w.page.mouse.move(width - 1, height - 1);
  await waitIdle(w.page);
  const png = await w.page.screenshot();
  await writeFile(join(artifacts, file), png);
  await assertPicture(browser, png, { width, height, dark, what: file });
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  test(`From my job (${tag}): I work as Data analyst, sort by hours, a row opens its plan`, async () => {
    const w = await open('v1;view=compare', size);
    await clickItem(w.page, 'mode/paths');
    assert.equal((await state(w.page)).compareMode, 'paths');
    await clickItem(w.page, 'profile/data-analyst');
    await until(async () => allPlanned(await state(w.page)), 'every role planned', 30000);
    let s = await state(w.page);
    assert.equal(s.job, 'data-analyst');
    assert.equal(s.paths.length, Object.keys(s.scores).length, 'a row per role');
    for (const row of s.paths) {
      assert.equal(row.fit, s.scores[row.role], `${row.role}: the fit of the Roles view`);
      assert.ok(row.shared.length + row.partial.length + row.missing.length > 0, `${row.role}: its skills`);
    }
    await clickItem(w.page, 'paths/sort/hours');
    s = await state(w.page);
    assert.equal(s.pathSort, 'hours');
    const hours = s.paths.filter((row) => row.plannable).map((row) => row.hours);
    assert.ok(hours.length > 0, 'some role can be planned');
    assert.deepEqual(hours, [...hours].sort((a, b) => a - b), 'fewest hours first');
    assert.ok(s.paths.findIndex((row) => !row.plannable) === -1 ||
              s.paths.findIndex((row) => !row.plannable) >= hours.length, 'the not plannable last');
    assert.ok((await w.page.locator('#ce-layer').innerText()).includes('From Data analyst'));
    // The text mirror says the table too: the job, and a line per role with its fit and plan.
    await until(async () => (await w.page.locator('#ce-mirror').textContent()).includes('From my job to a role'),
                'the mirror has the table');
    const mirror = await w.page.locator('#ce-mirror').textContent();
    assert.ok(mirror.includes('From Data analyst'), 'the mirror names the job');
    assert.equal(mirror.match(/: fit \d+%, plan /g)?.length, s.paths.length, 'a mirror line per role');
    await keep(w, `compare-paths-${tag}-light.png`, size, false);

    const role = s.paths[0].role;
    await scrollToItem(w.page, `path/${role}`, size);
    await clickItem(w.page, `path/${role}`);
    s = await state(w.page);
    assert.equal(s.view, 'plan');
    assert.equal(s.target, role);
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test(`Side by side (${tag}): both roles' pay, skills and plans; a link reopens it`, async () => {
    const w = await open('v1;view=compare;mode=pair;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.2,data-management.2,stakeholder-communication.2', size);
    await until(async () => {
      const p = (await state(w.page)).pair;
      return p && !p.planA.planning && !p.planB.planning;
    }, 'both plans made', 30000);
    const s = await state(w.page);
    assert.equal(s.compareMode, 'pair');
    const { a, b } = s.pair;
    assert.ok(a && b && a !== b, 'two roles');
    assert.ok(s.pair.common.length + s.pair.onlyA.length + s.pair.onlyB.length > 0, 'their skills');
    // Both roles' pay is in the layer (each figure explains itself), and their titles.
    const ids = await w.page.$$eval('#ce-layer [data-ce-id]', (els) => els.map((e) => e.getAttribute('data-ce-id')));
    assert.ok(ids.some((id) => id.startsWith(`info/pay/${a}/`)), `pay of ${a}`);
    assert.ok(ids.some((id) => id.startsWith(`info/pay/${b}/`)), `pay of ${b}`);
    const text = await w.page.locator('#ce-layer').innerText();
    assert.ok(text.includes('Skills in common'));
    const ra = await rectOf(w.page, 'pair/a');
    const rb = await rectOf(w.page, 'pair/b');
    if (size.width >= 700) assert.ok(rb.x > ra.x + ra.w && rb.y === ra.y, 'two columns');
    else assert.ok(!rb || rb.y > ra.y + ra.h, 'stacked');
    await keep(w, `compare-pair-${tag}-light.png`, size, false);

    // Choose the second role from its list; the link carries it and reopens the same screen.
    await clickItem(w.page, 'pair/b');
    await clickItem(w.page, 'pair/b/ai-ethics-specialist');
    assert.equal((await state(w.page)).pair.b, 'ai-ethics-specialist');
    const fragment = await w.page.evaluate(() => window.careerExplorer.fragment());
    assert.ok(fragment.includes('mode=pair') && fragment.includes(',ai-ethics-specialist'), fragment);
    const again = await open(fragment, { ...size, colorScheme: 'dark' });
    const t = await state(again.page);
    assert.equal(t.view, 'compare');
    assert.equal(t.compareMode, 'pair');
    assert.equal(t.pair.b, 'ai-ethics-specialist');
    assert.equal(t.job, 'data-analyst');
    await until(async () => {
      const p = (await state(again.page)).pair;
      return !p.planA.planning && !p.planB.planning;
    }, 'both plans made again', 30000);
    await keep(again, `compare-pair-${tag}-dark.png`, size, true);
    assert.deepEqual([...w.errors, ...again.errors], []);
    await w.context.close();
    await again.context.close();
  });

  test(`a shared link reopens From my job, sorted, in the dark (${tag})`, async () => {
    const w = await open('v1;view=compare;mode=paths;psort=hours;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.2,data-management.2,stakeholder-communication.2,feature-engineering.1,machine-learning.1,ai-literacy.1,storytelling.1',
                         { ...size, colorScheme: 'dark' });
    await until(async () => allPlanned(await state(w.page)), 'every role planned', 30000);
    const s = await state(w.page);
    assert.equal(s.compareMode, 'paths');
    assert.equal(s.pathSort, 'hours');
    assert.equal(s.job, 'data-analyst');
    assert.equal(s.jobAdjusted, false, 'the ratings are the job\'s own');
    assert.deepEqual(s.notices, []);
    await keep(w, `compare-paths-${tag}-dark.png`, size, true);
    await w.context.close();
  });
}

test('keyboard alone: Compare, From my job, I work as Data analyst, sort by hours, open a plan', async () => {
  const size = { width: 1000, height: 700 };
  const w = await open('v1;view=compare', size);
  const focused = () => w.page.evaluate(() => document.activeElement?.getAttribute('data-ce-id') || '');
  const tabTo = async (id) => {
    for (let i = 0; i < 200; i++) {
      if ((await focused()) === id) return;
      await w.page.keyboard.press('Tab');
    }
    assert.fail(`${id} never got the focus (at ${await focused()})`);
  };
  await tabTo('mode/pay');
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).compareMode === 'paths', 'From my job chosen by arrow key');
  // Nothing chosen yet: Tab reaches the first job, arrows choose.
  await tabTo('profile/software-engineer');
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).job === 'data-analyst', 'Data analyst chosen by arrow key');
  await tabTo('paths/sort/fit');
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(w.page)).pathSort === 'hours', 'sorted by hours from the keyboard');
  await until(async () => allPlanned(await state(w.page)), 'every role planned', 30000);
  const role = (await state(w.page)).paths[0].role;
  await tabTo(`path/${role}`);
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).view === 'plan', 'Enter on a row opens the Plan view');
  assert.equal((await state(w.page)).target, role);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// The keyboard chooses a job by arrowing through the jobs: the ratings the reader made by hand
// are replaced at the first arrow, and the button after the radios brings them back.
test('I work as from the keyboard: arrowing through the jobs, then "Bring back my ratings"', async () => {
  const w = await open('v1;view=compare;mode=paths;skills=python.3,nlp.2,prompt-design.1', { width: 1000, height: 700 });
  const { page } = w;
  const own = (await state(page)).ratings;
  await page.focus('[data-ce-id="profile/software-engineer"]');
  await page.keyboard.press('ArrowRight');
  await until(async () => (await page.evaluate(() => document.getElementById('ce-status').textContent)).includes('Bring back my ratings'),
              'the replacement is said');
  await page.keyboard.press('ArrowRight');
  await until(async () => (await state(page)).job === 'writer-marketer', 'the arrows chose the jobs in turn');
  await page.keyboard.press('Tab');
  await until(async () => (await page.evaluate(() => document.activeElement.getAttribute('data-ce-id'))) === 'profile/undo',
              'Tab goes from the jobs to the button');
  await page.keyboard.press('Enter');
  await until(async () => (await state(page)).job === '', 'no job any more');
  assert.deepEqual((await state(page)).ratings, own, 'the reader\'s own ratings are back');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A list the mouse opened goes on with the keyboard, as a page's own drop-down does: the press
// gives the chosen entry's element the focus (the canvas had it, and the keys did nothing), the
// arrows choose, Escape closes the list.
test('a role picker opened with the mouse: the arrows choose in it, and Escape closes it', async () => {
  const w = await open('v1;view=compare;mode=pair', { width: 1000, height: 700 });
  const { page } = w;
  const focusedId = () => page.evaluate(() => document.activeElement.getAttribute('data-ce-id'));
  const first = (await state(page)).pair.a;
  await clickItem(page, 'pair/a');
  await until(async () => !!(await rectOf(page, `pair/a/${first}`)), 'the click opened the list');
  assert.equal(await focusedId(), `pair/a/${first}#layer`, 'the chosen entry has the focus');
  await page.keyboard.press('ArrowDown');
  await until(async () => (await state(page)).pair.a !== first, 'the Down arrow chose the next role');
  const next = (await state(page)).pair.a;
  assert.equal(await focusedId(), `pair/a/${next}#layer`);
  assert.ok(await rectOf(page, `pair/a/${next}`), 'in the list, still open');
  await page.keyboard.press('Escape');
  await until(async () => !(await rectOf(page, `pair/a/${next}`)), 'Escape closed the list');
  assert.equal(await focusedId(), `pair/a/${next}#layer`, 'the focus stays on the picker');
  assert.equal((await state(page)).pair.a, next, 'and the choice stands');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
