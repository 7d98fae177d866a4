// Search (src/ui/search_view.h, core/search.h) at 1000x700 and 360x640: "/" focuses the field,
// typos and accents are forgiven, arrows and Enter open a result, Escape gives the focus back, a
// finger's tap focuses the real input (so a phone raises its keyboard), a "/" typed elsewhere on
// the page stays the page's, a keyboard-short viewport keeps the list usable, and axe finds
// nothing wrong with the results open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { clickItem, newPage, state, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serveFolder(dist);
  await mkdir(artifacts, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const focusedId = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-ce-id') || document.activeElement?.id || document.activeElement?.tagName || '');
const search = async (page) => (await state(page)).search;

async function open(size, colorScheme = 'light', hash = '') {
  const w = await newPage(browser, { ...size, colorScheme });
  await w.page.goto(`${server.url}index.html${hash}`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  return w;
}

// Types into the focused field and waits until the widget has searched exactly that.
async function typeQuery(page, text) {
  await page.keyboard.type(text);
  await until(async () => {
    const s = await search(page);
    return s.query === text && !s.searching && s.open;
  }, `the widget searched "${text}"`);
}

for (const size of [{ width: 1000, height: 700 }, { width: 360, height: 640 }]) {
  const at = `${size.width}x${size.height}`;

  test(`search at ${at}: "/" focuses, typos and accents, arrows and Enter open, Escape returns`, async () => {
    const w = await open(size);
    const { page } = w;
    // From a view tab (the keyboard's place in the widget), "/" goes to the search field.
    await page.focus('[data-ce-id="view/compare"]');
    await page.keyboard.press('/');
    await until(async () => (await focusedId(page)) === 'search', '"/" focused the search field');
    assert.equal(await page.evaluate(() => document.activeElement.type), 'search', 'a real search input');
    assert.equal(await page.evaluate(() => document.activeElement.value), '', 'the "/" itself was not typed');

    await typeQuery(page, 'promt engneer');
    let s = await search(page);
    assert.equal(s.results[0].kind, 'role');
    assert.equal(s.results[0].id, 'prompt-engineer', 'the typos were forgiven');
    assert.equal(s.highlighted, 0);
    // The combobox names its list and its highlighted option.
    const aria = await page.evaluate(() => {
      const field = document.activeElement;
      const list = document.getElementById(field.getAttribute('aria-controls'));
      const option = document.getElementById(field.getAttribute('aria-activedescendant'));
      return { expanded: field.getAttribute('aria-expanded'), list: list?.getAttribute('role'),
               option: option?.getAttribute('role'), selected: option?.getAttribute('aria-selected'),
               name: option?.textContent, options: list?.children.length };
    });
    assert.equal(aria.expanded, 'true');
    assert.equal(aria.list, 'listbox');
    assert.equal(aria.option, 'option');
    assert.equal(aria.selected, 'true');
    assert.match(aria.name, /^Prompt Engineer, Role/);
    assert.equal(aria.options, s.results.length);
    await page.screenshot({ path: join(artifacts, `search-results-${at}.png`) });

    // Accents: the query folds as the names do.
    await page.keyboard.press('Control+A');
    await typeQuery(page, 'usér céntred');
    s = await search(page);
    assert.equal(s.results[0].kind, 'skill');
    assert.equal(s.results[0].name, 'User-centred design');

    // Arrows move through the results; Enter opens the highlighted one.
    await page.keyboard.press('Control+A');
    await typeQuery(page, 'engineer');
    s = await search(page);
    assert.ok(s.results.length >= 3, 'several engineers');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await until(async () => (await search(page)).highlighted === 1, 'the arrows moved the highlight');
    const chosen = (await search(page)).results[1];
    await page.keyboard.press('Enter');
    await until(async () => !(await search(page)).open, 'Enter closed the list');
    const after = await state(page);
    if (chosen.kind === 'role') {
      assert.equal(after.view, 'roles');
      assert.equal(after.role, chosen.id, 'Enter opened the highlighted role');
      // The keyboard's focus goes to what opened: the role's row, or on a phone the profile's
      // first control.
      const landed = size.width < 720 ? 'back/roles' : `role/${chosen.id}`;
      await until(async () => (await focusedId(page)) === landed, `the focus went to ${landed}`);
    } else if (chosen.kind === 'skill') {
      assert.equal(after.view, 'skills');
    }
    assert.equal((await search(page)).query, '', 'the field is emptied');

    // Escape closes the list and gives the focus back to where "/" was pressed.
    await page.focus('[data-ce-id="view/skills"]');
    await page.keyboard.press('/');
    await until(async () => (await focusedId(page)) === 'search', '"/" again');
    await typeQuery(page, 'docker');
    s = await search(page);
    assert.equal(s.results[0].kind, 'tool');
    assert.equal(s.results[0].role, 'mlops-engineer');
    await page.keyboard.press('Escape');
    await until(async () => !(await search(page)).open, 'Escape closed the list');
    assert.equal(await focusedId(page), 'view/skills', 'the focus is back where it was');

    // The same results through the JS API, and a result by the mouse.
    const api = await page.evaluate(() => window.careerExplorer.search('DOCKR'));
    assert.equal(api[0].kind, 'tool');
    assert.equal(api[0].name, 'Docker');
    assert.equal(api[0].match, 'fuzzy');
    assert.deepEqual(await page.evaluate(() => window.careerExplorer.search('\u0001\u0002')), []);
    await page.focus('input[type="search"]');
    await page.keyboard.press('Control+A');  // Escape kept "docker" in the field
    await typeQuery(page, 'kubernetes');
    const item = (await search(page)).results.find((r) => r.kind === 'tool').item;
    const rect = await page.evaluate((n) => window.careerExplorer.itemRect(n), item);
    assert.ok(rect, `${item} is on screen`);
    await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
    await until(async () => (await state(page)).role === 'mlops-engineer', 'a click opened the tool\'s role');
    assert.equal((await state(page)).view, 'roles');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test(`search at ${at}: a tap focuses the real input; a short viewport keeps the list`, async () => {
    const w = await newPage(browser, { ...size, hasTouch: true, isMobile: size.width < 720 });
    const { page } = w;
    await page.goto(`${server.url}index.html`);
    await waitWidgetReady(page);
    await waitIdle(page);
    const rect = await page.evaluate(() => window.careerExplorer.itemRect('search'));
    assert.ok(rect, 'the search field (or its button) is on screen');
    assert.ok(rect.w >= 24 && rect.h >= 24, 'a finger can hit it');
    const cdp = await w.context.newCDPSession(page);
    const point = { x: Math.round(rect.x + rect.w / 2), y: Math.round(rect.y + rect.h / 2) };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await until(async () => (await page.evaluate(() => document.activeElement?.type)) === 'search',
                'the tap focused the real input (the soft keyboard comes with it)');
    await until(async () => {
      const r = await page.evaluate(() => window.careerExplorer.itemRect('search'));
      return r && r.w >= 150;
    }, 'the focused field is wide enough to type in');
    await page.keyboard.insertText('python');
    await until(async () => { const s = await search(page); return s.query === 'python' && s.open && !s.searching; },
                'typed on the soft keyboard');
    // The keyboard takes the lower part of the screen: the widget gets shorter, the list stays
    // under the field and within what is left.
    await page.setViewportSize({ width: size.width, height: 300 });
    await until(async () => {
      const first = (await search(page)).results[0];
      const r = first && await page.evaluate((n) => window.careerExplorer.itemRect(n), first.item);
      return r && r.y + r.h <= 300 && r.y > rect.y;
    }, 'the first result is on screen under the field');
    assert.equal(await page.evaluate(() => document.activeElement?.type), 'search', 'the field keeps the focus');
    await page.screenshot({ path: join(artifacts, `search-short-${at}.png`) });
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test(`search at ${at}: a "/" typed in a text field of the page outside the widget stays the page's`, async () => {
    const w = await open(size);
    const { page } = w;
    // The host page's own text field, outside the widget.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'host-field';
      input.setAttribute('aria-label', 'Host field');
      document.body.prepend(input);
      window.__slashes = 0;
      document.addEventListener('keydown', (e) => { if (e.key === '/' && !e.defaultPrevented) window.__slashes++; });
    });
    await page.focus('#host-field');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.getElementById('host-field').value), '/');
    assert.equal(await focusedId(page), 'host-field');
    assert.equal(await page.evaluate(() => window.__slashes), 1, 'the page saw it, not prevented');
    assert.equal((await search(page)).open, false);
    assert.notEqual(await focusedId(page), 'search');
    await w.context.close();
  });

  test(`search at ${at}: "/" on the widget's own page works from the start, before any click`, async () => {
    // The page is the widget's (alone, or in an embed's frame): with the focus on its body, as
    // when it has just loaded or after Shift+Tab out of the widget, "/" goes to the search field.
    const w = await open(size);
    const { page } = w;
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    await page.keyboard.press('/');
    await until(async () => (await focusedId(page)) === 'search', '"/" focused the search field');
    assert.equal((await search(page)).query, '', 'and typed no slash into it');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'out of the widget');
    await page.keyboard.press('/');
    await until(async () => (await focusedId(page)) === 'search', '"/" again after Shift+Tab out');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
}

test('an open dialog keeps "/" and taps: the search field waits behind it', async () => {
  const w = await open({ width: 1000, height: 700 });
  const { page } = w;
  await clickItem(page, 'menu');
  await clickItem(page, 'menu/reset');
  await until(async () => (await state(page)).dialog !== '', 'the Start over dialog is open');
  await waitIdle(page);  // the dialog has settled (a modal sizes itself over its first frames)
  await page.focus('[data-ce-id="dialog/close"]');
  await page.keyboard.press('/');
  assert.equal(await focusedId(page), 'dialog/close', 'the focus stays in the dialog');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('input[type="search"]')).pointerEvents), 'none');
  await waitIdle(page);
  await clickItem(page, 'dialog/close');
  await until(async () => (await state(page)).dialog === '', 'Cancel closed the dialog');
  await until(async () => (await page.evaluate(() => getComputedStyle(document.querySelector('input[type="search"]')).pointerEvents)) === 'auto',
              'the field takes taps again');
  await w.context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations with search results open (${colorScheme})`, async () => {
    for (const size of [{ width: 1000, height: 700 }, { width: 360, height: 640 }]) {
      const w = await open(size, colorScheme);
      await w.page.focus('input[type="search"]');
      await typeQuery(w.page, 'prompt');
      await waitIdle(w.page);
      await w.page.screenshot({ path: join(artifacts, `search-${colorScheme}-${size.width}.png`) });
      await w.page.evaluate(axeSource);
      const result = await w.page.evaluate(() => window.axe.run(document, {
        rules: { 'color-contrast': { enabled: false } },
      }));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`), []);
      await w.context.close();
    }
  });
}
