// A role's Outlook (issue 14) in the browser, at 1000x700 and 360x640: the keyboard reaches each
// quote through the operable layer and Enter explains where its words come from, a click does the
// same, the words are in the accessibility tree, a role the article says nothing about says so,
// and the comparable occupation's projected growth explains itself. Screenshots, light and dark,
// go to artifacts/ for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { arrowTo, clickItem, focusedItem, newPage, state, tabTo, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
const artifacts = join(here, 'artifacts');
const NOT_STATED = 'The article makes no statement on demand or growth for this role.';
const NO_OCCUPATION = 'No comparable government occupation is recorded for this role, so there is no projected growth to show.';
const SIZES = [{ width: 1000, height: 700 }, { width: 360, height: 640 }];

let browser;
let server;

before(async () => {
  await mkdir(artifacts, { recursive: true });
  browser = await launch();
  server = await serveFolder(dist);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const focused = focusedItem;
const rectOf = (page, name) => page.evaluate((n) => window.careerExplorer.itemRect(n), name);

async function openRole(size, role, colorScheme = 'light') {
  const w = await newPage(browser, { ...size, colorScheme });
  await w.page.goto(`${server.url}index.html#v1;role=${role}`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  return w;
}

// The page's accessibility tree, without ignored nodes.
async function axNodes(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

const named = (nodes, role, text) => nodes.some((n) => n.role?.value === role && (n.name?.value || '').includes(text));

for (const size of SIZES) {
  test(`Outlook at ${size.width}x${size.height}: a quote is reached and explained by keyboard and by click`,
       { timeout: 120000 }, async () => {
    const w = await openRole(size, 'genai-engineer');
    const { outlook } = await state(w.page);
    assert.equal(outlook.role, 'genai-engineer');
    assert.equal(outlook.stated, true);
    const own = outlook.statements.filter((s) => s.scope === 'role');
    const all = outlook.statements.filter((s) => s.scope === 'all');
    assert.equal(own.length, 1);
    assert.equal(all.length, 4);
    // The article on pay in general, in words: with every role, as a statement of its kind.
    assert.deepEqual(all.map((s) => s.kind), ['growth', 'demand', 'demand', 'pay']);
    for (const s of outlook.statements) {
      assert.equal(s.source, 'article');
      assert.match(s.checked, /^\d{4}-\d{2}-\d{2}$/);
    }
    assert.deepEqual(outlook.growth, []);

    // The keyboard: Tab reaches the section's first quote (its statements are one toolbar), which
    // is brought into view, and names it in its words.
    const first = 'info/outlook/genai-engineer/0';
    await tabTo(w.page, first);
    const label = await w.page.evaluate(() => document.activeElement.textContent);
    assert.ok(label.includes(`\u201C${own[0].quote}\u201D`), `the button says the quote: ${label}`);
    await until(async () => {
      const r = await rectOf(w.page, first);
      return r && r.y >= 0 && r.y + r.h <= size.height;
    }, 'the focused quote is brought into view');
    await w.page.keyboard.press('Enter');
    await until(async () => (await rectOf(w.page, `popover/${first}`)) !== null, 'Enter opened the explanation');
    await until(async () => (await w.page.evaluate(() => document.activeElement?.tagName)) === 'P',
                'the focus is on the explanation\'s text');
    const explained = await w.page.evaluate(() => document.getElementById('ce-layer').textContent);
    assert.match(explained, /The source article: a 2026 article on generative-AI careers.*Quoted word for word, checked 2026-11-26\./);
    await waitIdle(w.page);
    await writeFile(join(artifacts, `outlook-${size.width}-light-explained.png`), await w.page.screenshot());
    await w.page.keyboard.press('Escape');
    await until(async () => (await focused(w.page)) === first, 'Escape brings the focus back to the quote');
    await until(async () => (await rectOf(w.page, `popover/${first}`)) === null, 'Escape closed it');

    // The mouse (or a finger): a click on a statement about all roles opens its explanation.
    const wide = 'info/outlook/genai-engineer/all/2';
    await arrowTo(w.page, wide);  // the arrows move through the section, and bring it into view
    await w.page.keyboard.press('Escape');
    await waitIdle(w.page);
    await clickItem(w.page, wide);
    await until(async () => (await rectOf(w.page, `popover/${wide}`)) !== null, 'a click opened the explanation');
    const popover = await rectOf(w.page, `popover/${wide}`);
    assert.ok(popover.x >= 0 && popover.x + popover.w <= size.width + 0.5, 'the box fits the screen');
    assert.match(await w.page.evaluate(() => document.getElementById('ce-layer').textContent),
                 /about all the roles it covers, not about this one alone/);

    // The accessibility tree has the section, its quotes and the line on government projections.
    const nodes = await axNodes(w.page);
    assert.ok(named(nodes, 'heading', 'Outlook'), 'the Outlook heading');
    assert.ok(named(nodes, 'button', own[0].quote), 'the role\'s quote');
    for (const s of all) assert.ok(named(nodes, 'button', s.quote), `the statement about all roles: ${s.quote}`);
    assert.ok(named(nodes, 'StaticText', NO_OCCUPATION), 'no comparable occupation, said');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  test(`Outlook at ${size.width}x${size.height}: a role with no statement says so; a projection explains itself`,
       { timeout: 120000 }, async () => {
    let w = await openRole(size, 'ai-product-manager');
    let { outlook } = await state(w.page);
    assert.equal(outlook.stated, false);
    assert.ok(outlook.statements.every((s) => s.scope === 'all'), 'only the statements about all roles');
    let nodes = await axNodes(w.page);
    assert.ok(named(nodes, 'StaticText', NOT_STATED), 'the not-stated line is in the accessibility tree');
    assert.ok(!nodes.some((n) => (n.name?.value || '').includes('info/outlook/ai-product-manager/0')));
    await w.context.close();

    w = await openRole(size, 'data-scientist-nlp');
    ({ outlook } = await state(w.page));
    assert.deepEqual(outlook.growth.map((g) => [g.occupation, g.pct, g.period, g.confidence]),
                     [['Data Scientists', 33.5, '2024\u201334', 'secondary'],
                      ['Computer and Information Research Scientists', 20, '2024\u201334', 'secondary']]);
    assert.ok(outlook.growth.every((g) => g.url.startsWith('https://')));
    const growth = 'info/growth/15-2051';
    await tabTo(w.page, 'info/outlook/data-scientist-nlp/0');  // the section: one Tab stop
    await arrowTo(w.page, growth);
    assert.match(await w.page.evaluate(() => document.activeElement.textContent),
                 /^Data Scientists \(SOC 15-2051\): projected employment growth \+33\.5% over 2024–34 — the broad occupation, not this role/);
    await w.page.keyboard.press('Enter');
    await until(async () => (await rectOf(w.page, `popover/${growth}`)) !== null, 'Enter explained the projection');
    assert.match(await w.page.evaluate(() => document.getElementById('ce-layer').textContent),
                 /not for the role itself/);
    nodes = await axNodes(w.page);
    assert.ok(named(nodes, 'button', 'Employers increasingly seek specialists'), 'the role\'s own quote');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });
}

test('Outlook screenshots, light and dark, at both sizes (artifacts/outlook-*.png)', { timeout: 180000 }, async () => {
  for (const size of SIZES) {
    for (const colorScheme of ['light', 'dark']) {
      for (const role of ['data-scientist-nlp', 'ai-product-manager']) {
        const w = await openRole(size, role, colorScheme);
        assert.equal((await state(w.page)).theme, colorScheme);
        // The section's first item brought into view from the keyboard, then the focus let go.
        const first = (await state(w.page)).outlook.stated ? `info/outlook/${role}/0` : `info/outlook/${role}/all/0`;
        await tabTo(w.page, first);
        await w.page.evaluate(() => document.activeElement.blur());
        await waitIdle(w.page);
        assert.ok(await rectOf(w.page, first), 'the section is on screen');
        await writeFile(join(artifacts, `outlook-${size.width}-${colorScheme}-${role}.png`), await w.page.screenshot());
        assert.deepEqual(w.errors, []);
        await w.context.close();
      }
    }
  }
});
