// axe-core (from npm, pinned in package-lock.json) on the widget's page in every view, light and
// dark, and on the example article that embeds it: no violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { BLOG } from './lib/blog.mjs';
import { newPage, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesBlog } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser;
let site;     // the widget's origin and the blogger's (lib/blog.mjs)
let widget;
let blog;

servesBlog(dist, (b, s) => { browser = b; site = s; ({ widget, blog } = s); });

// Runs axe in `target` (a page or a frame) and returns its violations, one line each. The layer's
// text is transparent on purpose (the canvas draws it), so axe's colour-contrast rule cannot
// judge it from the DOM; the canvas' own contrast is tested natively (tests/ui/contrast_test.cpp).
async function violations(target) {
  await target.evaluate(axeSource);
  const result = await target.evaluate(() => window.axe.run(document, {
    rules: { 'color-contrast': { enabled: false } },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

for (const colorScheme of ['light', 'dark']) {
  for (const view of ['roles', 'compare', 'compare;mode=paths;job=data-analyst', 'compare;mode=pair', 'skills', 'plan']) {
    test(`no axe violations: ${view} (${colorScheme})`, async () => {
      const w = await newPage(browser, { width: 1000, height: 700, colorScheme });
      await w.page.goto(`${widget.url}index.html#v1;view=${view};skills=python.2,nlp.1`);
      await waitWidgetReady(w.page);
      await waitIdle(w.page);
      assert.deepEqual(await violations(w.page), []);
      await w.context.close();
    });
  }
}

// The one-file copy opened from disk: its own page (no Share, a menu without the offline item),
// and the message a browser that cannot unpack it gets.
test('no axe violations: the one-file copy, and its message for a browser that cannot open it', async () => {
  const single = pathToFileURL(join(dist, 'career-explorer.html')).href;
  const w = await newPage(browser, { width: 360, height: 640, colorScheme: 'dark' });
  await w.page.goto(`${single}#v1;view=plan;role=mlops-engineer;target=mlops-engineer`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  assert.deepEqual(await violations(w.page), []);
  await w.context.close();
  const old = await newPage(browser, { width: 360, height: 640 });
  await old.page.addInitScript(() => { delete window.DecompressionStream; });
  await old.page.goto(single);
  await old.page.locator('#ce-message').waitFor({ state: 'visible' });
  assert.deepEqual(await violations(old.page), []);
  await old.context.close();
});

test('no axe violations: several plans, with the rename dialog and its text field open', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=plan;name=~4dine;plans=name.~54wo.target.mlops-engineer`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  assert.deepEqual(await violations(w.page), []);
  await w.page.evaluate(() => document.querySelector('[data-ce-id="plans/rename"]').click());
  await w.page.waitForSelector('[data-ce-id="dialog/plan-name"]', { state: 'attached' });
  await waitIdle(w.page);
  assert.deepEqual(await violations(w.page), []);
  await w.context.close();
});

// The search field is a combobox: expanded with the list it names while there are results, and
// not expanded (naming nothing) while the only answer is the line "No role … matches".
test('no axe violations: the search, with results and with none', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=roles`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const field = w.page.locator('[data-ce-id="search"]');
  const aria = () => field.evaluate((el) => ({ expanded: el.getAttribute('aria-expanded'),
                                               controls: el.getAttribute('aria-controls') }));
  await field.focus();
  await w.page.keyboard.type('engineer');
  await w.page.waitForFunction(() => {
    const s = window.careerExplorer.getState().search;
    return s.query === 'engineer' && !s.searching && s.results.length > 0;
  });
  await waitIdle(w.page);
  const listed = await aria();
  assert.equal(listed.expanded, 'true');
  assert.ok(listed.controls && (await w.page.locator(`#${listed.controls}[role="listbox"]`).count()) === 1,
            'it names its listbox');
  assert.deepEqual(await violations(w.page), []);
  await w.page.keyboard.press('Control+A');
  await w.page.keyboard.type('zzqqxx');
  await w.page.waitForFunction(() => {
    const s = window.careerExplorer.getState().search;
    return s.query === 'zzqqxx' && !s.searching && s.open && s.results.length === 0;
  });
  await waitIdle(w.page);
  assert.deepEqual(await aria(), { expanded: 'false', controls: null });
  assert.deepEqual(await violations(w.page), []);
  await w.context.close();
});

test('no axe violations: the embed dialog, whose snippet is read-only text to copy', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=roles`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  await w.page.evaluate(() => document.querySelector('[data-ce-id="menu"]').click());
  await w.page.waitForSelector('[data-ce-id="menu/embed"]', { state: 'attached' });
  await w.page.evaluate(() => document.querySelector('[data-ce-id="menu/embed"]').click());
  const box = await w.page.waitForSelector('textarea[data-ce-id="dialog/text"]', { state: 'attached' });
  assert.equal(await box.getAttribute('aria-label'), 'Embed snippet');
  await waitIdle(w.page);
  assert.deepEqual(await violations(w.page), []);
  await w.context.close();
});

test('no axe violations: the example article with the embed, and the embed itself (phone)', async () => {
  const w = await newPage(browser, { width: 360, height: 640 });
  await w.page.goto(blog.url + BLOG.slice(1));
  const element = await w.page.waitForSelector('iframe', { state: 'attached' });
  await element.scrollIntoViewIfNeeded();
  const frame = await element.contentFrame();
  await waitWidgetReady(frame);
  await waitIdle(frame);
  assert.deepEqual(await violations(frame), []);
  assert.deepEqual(await violations(w.page), []);
  await w.context.close();
});
