// The operable layer (src/web/library_semantic_layer.js): the whole job done with the keyboard
// alone from the example article, the accessibility tree's roles, names and states, following
// changes by id, and find-in-page on the drawn text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { BLOG } from './lib/blog.mjs';
import { arrowTo, clickItem, focusedItem, newPage, pngDifference, state, tabTo, until, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';
import { servesBlog } from './lib/suite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let site;     // the widget's origin and the blogger's (lib/blog.mjs)
let widget;
let blog;

servesBlog(dist, (b, s) => { browser = b; site = s; ({ widget, blog } = s); });

const focused = focusedItem;

// The widget's page alone at width x height, drawn and at rest: the page and its main frame.
async function openAlone(width, height, fragment = '') {
  const w = await newPage(browser, { width, height });
  await w.page.goto(`${widget.url}index.html${fragment}`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  return { w, main: w.page.mainFrame() };
}

// The layer's controls in Tab order (roving groups: only the chosen one), by name.
const tabStops = (main) => main.evaluate(() => Array.prototype.filter.call(
  document.querySelectorAll('#ce-layer [data-ce-id]'),
  (el) => el.tabIndex >= 0 && /^(BUTTON|A|INPUT|TEXTAREA)$/.test(el.tagName)).map((el) => el.getAttribute('data-ce-id')));

// The layer's first Tab stop after the view's title (its h2), by name.
const firstControlAfterTitle = (main) => main.evaluate(() => {
  const title = document.querySelector('#ce-layer h2');
  const stops = Array.prototype.filter.call(document.querySelectorAll('#ce-layer [data-ce-id]'),
    (el) => el.tabIndex >= 0 && /^(BUTTON|A|INPUT|TEXTAREA)$/.test(el.tagName));
  return stops.find((el) => title.compareDocumentPosition(el) & 4).getAttribute('data-ce-id');
});

test('the whole job with the keyboard alone, from the example article', async () => {
  const w = await newPage(browser, { width: 1000, height: 800 });
  await w.page.addInitScript(() => {
    window.__copied = [];
    if (navigator.clipboard) navigator.clipboard.writeText = (t) => { window.__copied.push(t); return Promise.resolve(); };
  });
  await w.page.goto(blog.url + BLOG.slice(1));
  const frame = await (await w.page.waitForSelector('iframe', { state: 'attached' })).contentFrame();
  await (await w.page.$('iframe')).scrollIntoViewIfNeeded();
  await waitWidgetReady(frame);
  await waitIdle(frame);

  // Tab in from the article: the selected view tab (Compare, the blogger's starting view).
  await tabTo(w.page, 'view/compare', { target: frame });
  // Arrow keys move within the tabs and open each.
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(frame)).view === 'skills', 'My skills opened from the keyboard');
  assert.equal(await focused(frame), 'view/skills', 'the focus follows');

  // Rate five skills: Tab reaches each skill's rating (one stop per skill), arrows choose.
  await tabTo(w.page, 'skill/python/0', { target: frame });
  const ratingGroup = () => frame.evaluate(() => document.activeElement?.parentElement?.getAttribute('data-ce-group') || '');
  for (let i = 0; i < 5; i++) {
    await w.page.keyboard.press('ArrowRight');
    if (i === 4) break;
    // On to the next skill's rating (past each skill's "what the levels mean").
    const current = await ratingGroup();
    for (let k = 0; k < 20; k++) {
      await w.page.keyboard.press('Tab');
      const group = await ratingGroup();
      if (group.startsWith('rating/') && group !== current) break;
    }
  }
  await until(async () => Object.keys((await state(frame)).ratings).length === 5, 'five skills rated');

  // The plan: back to the tabs, then Plan.
  await tabTo(w.page, 'view/skills', { target: frame, back: true });
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(frame)).view === 'plan', 'the plan opened');

  // Choose a target role in the layer's radio group (the list box is ImGui's; the choice is ours).
  await tabTo(w.page, 'target/best#layer', { target: frame });
  await w.page.keyboard.press('ArrowDown');
  await until(async () => (await state(frame)).target !== '', 'a target role was chosen');
  const target = (await state(frame)).target;

  // Switch the goal.
  await tabTo(w.page, 'goal/hours', { target: frame });
  await w.page.keyboard.press('ArrowRight');
  await until(async () => (await state(frame)).goal === 'cost', 'the goal is least cost');

  // Mark the first planned course done, with Space.
  await until(async () => !(await state(frame)).plan?.planning, 'the plan is ready');
  const first = (await state(frame)).plan.courses[0].id;
  await tabTo(w.page, `done/${first}`, { target: frame });
  await w.page.keyboard.press('Space');
  await until(async () => (await state(frame)).done.includes(first), 'the course is marked done');

  // Share, then export the plan as Markdown from the menu.
  await tabTo(w.page, 'share', { target: frame, back: true });
  await w.page.keyboard.press('Enter');
  await until(async () => (await frame.evaluate(() => window.__copied.length)) === 1, 'Share copied a link');
  await tabTo(w.page, 'menu', { target: frame });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(frame)) === 'menu/share', 'the focus went into the menu');
  await arrowTo(w.page, 'menu/markdown', { target: frame });  // a menu's entries: the arrow keys
  await w.page.keyboard.press('Enter');
  await until(async () => (await frame.evaluate(() => window.__copied.length)) === 2, 'the plan was copied');
  const copied = await frame.evaluate(() => window.__copied);
  assert.match(copied[0], /#career-explorer:v1;view=plan/, 'a link to the article with the plan');
  assert.match(copied[1], /^# /m, 'the Markdown plan');
  assert.equal((await state(frame)).target, target);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a menu opened from the keyboard opens under its button; Escape closes it, and the focus returns', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await tabTo(w.page, 'menu', { target: w.page.mainFrame() });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(w.page.mainFrame())) === 'menu/share', 'focus in the menu');
  // Not where the pointer is (it never moved: the top-left corner), but under the button, once
  // laid out: the focus may arrive with the popup's first frame, which ImGui measures unseen.
  const rects = () => w.page.evaluate(() => ['menu', 'menu/share'].map((id) => window.careerExplorer.itemRect(id)));
  const underButton = (button, entry) => entry && entry.y >= button.y + button.h && entry.y < button.y + button.h + 40 &&
                                          entry.x + entry.w > button.x;
  await until(async () => underButton(...(await rects())), 'the first entry is just under the button');
  const [button, entry] = await rects();
  assert.ok(entry.x + entry.w <= button.x + button.w + 12 && entry.x + entry.w > button.x,
            `lined up with the button's right edge: ${JSON.stringify(entry)}, ${JSON.stringify(button)}`);
  // A menu, as the ARIA Authoring Practices describe one: the button says it opens a menu and
  // whether it is open; the arrow keys move among the entries; Tab leaves, and the menu closes.
  const main = w.page.mainFrame();
  const menuState = () => main.evaluate(() => {
    const button = document.querySelector('#ce-layer [data-ce-id="menu"]');
    const entry = document.querySelector('#ce-layer [data-ce-id="menu/share"]');
    return { popup: button.getAttribute('aria-haspopup'), expanded: button.getAttribute('aria-expanded'),
             entry: entry && entry.getAttribute('role'), list: entry && entry.parentElement.getAttribute('role') };
  });
  assert.deepEqual(await menuState(), { popup: 'menu', expanded: 'true', entry: 'menuitem', list: 'menu' });
  await w.page.keyboard.press('ArrowDown');
  assert.equal(await focused(main), 'menu/markdown');
  await w.page.keyboard.press('ArrowUp');
  assert.equal(await focused(main), 'menu/share');
  await w.page.keyboard.press('Tab');
  await until(async () => (await menuState()).expanded === 'false', 'Tab out of the menu closed it');
  assert.ok(!/^menu\//.test(await focused(main)), 'the focus went on past the menu');
  await tabTo(w.page, 'menu', { target: main, back: true });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'menu/share', 'focus in the menu again');
  await w.page.evaluate(() => {
    window.__escapes = [];
    window.addEventListener('keydown', (e) => { if (e.key === 'Escape') window.__escapes.push(e.defaultPrevented); });
  });
  await w.page.keyboard.press('Escape');
  await until(async () => (await focused(w.page.mainFrame())) === 'menu', 'focus back on the menu button');
  // Escape with nothing open is the page's, as on a page's own button.
  await waitIdle(w.page);
  await w.page.keyboard.press('Escape');
  await waitIdle(w.page);
  assert.deepEqual(await w.page.evaluate(() => window.__escapes), [true, false], 'the widget took the Escape that closed its menu, and only that one');
  assert.equal(await focused(main), 'menu', 'the focus stayed on the menu button');
  // ArrowDown opens it too, at its first entry, as the ARIA Authoring Practices describe (not an
  // arrow on to the next button beside it).
  await w.page.keyboard.press('ArrowDown');
  await until(async () => (await focused(main)) === 'menu/share', 'ArrowDown opened the menu');
  await until(async () => (await menuState()).expanded === 'true', 'the button says its menu is open');
  await w.page.keyboard.press('Escape');
  await until(async () => (await focused(main)) === 'menu', 'focus back on the menu button again');
  // "Start over" asks first, with the focus on Cancel: a second Enter must not wipe everything.
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'menu/share', 'focus in the menu once more');
  await w.page.keyboard.press('End');
  assert.equal(await focused(main), 'menu/reset');
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'dialog/close', 'the focus is on Cancel');
  // Named by its title, described by its warning (read with the name when the focus goes in).
  assert.deepEqual(await main.evaluate(() => {
    const dialog = document.querySelector('#ce-layer [role="dialog"]');
    return [dialog.getAttribute('aria-label'), document.getElementById(dialog.getAttribute('aria-describedby'))?.textContent];
  }), ['Start over?', 'Your skill ratings, the courses you marked done and all your plans on this device will be cleared. There is no undo.']);
  await w.page.keyboard.press('Enter');
  await until(async () => (await w.page.evaluate(() => window.careerExplorer.getState().dialog)) === '',
              'Cancel closed the dialog');
  // Printing hands the focus to a hidden frame for a moment, then back to the menu's button.
  await until(async () => (await focused(main)) === 'menu', 'the focus is back on the menu button');
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'menu/share', 'focus in the menu for printing');
  for (let i = 0; i < 12 && (await focused(main)) !== 'menu/print'; i++) await w.page.keyboard.press('ArrowDown');
  assert.equal(await focused(main), 'menu/print');
  await w.page.keyboard.press('Enter');
  await w.page.waitForFunction(() => /\S/.test(document.querySelector('iframe[sandbox]')
    ?.contentDocument?.body?.innerText || ''), null, { timeout: 10000 });
  await until(async () => (await focused(main)) === 'menu', 'after printing the focus is on the menu button');
  await until(async () => (await main.evaluate(() => document.getElementById('ce-status').textContent)).startsWith('Printing '),
              'printing is said, as the other exports are');
  await w.context.close();
});

test('on a phone Tab goes from the search field to Share and the menu, which the field in use covers', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  await tabTo(w.page, 'search', { target: main });
  const order = [];
  for (let i = 0; i < 3; i++) {
    await w.page.keyboard.press('Tab');
    order.push(await focused(main));
  }
  assert.deepEqual(order, ['share', 'menu', 'view/roles']);
  // Where they are drawn again once the field gives way: the ring on the menu's button.
  await until(async () => (await w.page.evaluate(() => window.careerExplorer.itemRect('share'))) !== null,
              'Share is drawn again');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(main), 'menu');
  // Escape in a field come to by Tab closes its list and keeps the focus there, as a combobox
  // does (only "/" is a trip there and back; the focus was lost to the layer itself).
  await tabTo(w.page, 'search', { target: main, back: true });
  await w.page.keyboard.type('python');
  await until(async () => (await state(main)).search.open, 'the list is open');
  await w.page.keyboard.press('Escape');
  await until(async () => !(await state(main)).search.open, 'Escape closed the list');
  assert.equal(await focused(main), 'search');
  await w.context.close();
});

test('beside the profile the roles list is one choice: Tab reaches the chosen role, arrows move it', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  await tabTo(w.page, 'role/prompt-engineer', { target: main });
  const group = await w.page.evaluate(() => {
    const el = document.activeElement;
    return { role: el.getAttribute('role'), checked: el.getAttribute('aria-checked'),
             group: el.parentElement.getAttribute('role'), label: el.parentElement.getAttribute('aria-label'),
             name: el.textContent };
  });
  assert.deepEqual([group.role, group.checked, group.group, group.label], ['radio', 'true', 'radiogroup', 'Roles']);
  assert.doesNotMatch(group.name, /a year a year/);
  // What a screen reader reads as the focus arrives: the role it came to is already the chosen
  // one (not "not checked" until the widget's next frame), and the one it left no longer is.
  await w.page.evaluate(() => document.getElementById('ce-layer').addEventListener('focusin', (e) => {
    window.atFocus = [e.target.getAttribute('aria-checked'),
                      document.querySelector('[data-ce-id="role/prompt-engineer"]').getAttribute('aria-checked')];
  }, { once: true }));
  await w.page.keyboard.press('ArrowDown');
  assert.deepEqual(await w.page.evaluate(() => window.atFocus), ['true', 'false']);
  await until(async () => (await state(main)).role === 'genai-engineer', 'the next role chosen from the keyboard');
  assert.equal(await focused(main), 'role/genai-engineer', 'the focus follows');
  await w.page.keyboard.press('End');
  await until(async () => (await state(main)).role === 'ai-content-creator', 'End chooses the last role');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A picture of the canvas around an item (its box and the ring's room beside it).
async function around(page, main, name) {
  const r = await main.evaluate((n) => window.careerExplorer.itemRect(n), name);
  return page.screenshot({ clip: { x: Math.max(0, r.x - 6), y: Math.max(0, r.y - 6), width: r.w + 12, height: r.h + 12 } });
}

test('a click gives the clicked control the focus, as on a page: said by its name, no ring until a key, and Tab goes on from it', async () => {
  const { w, main } = await openAlone(1000, 700);
  const tabOrder = () => tabStops(main);
  const first = (await tabOrder())[0];
  const hiddenWarnings = [];
  w.page.on('console', (m) => { if (/aria-hidden/.test(m.text())) hiddenWarnings.push(m.text()); });
  const cdp = await w.page.context().newCDPSession(w.page);
  const focusedNodes = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => !n.ignored && (n.properties || []).some((p) => p.name === 'focused' && p.value.value))
    .map((n) => `${n.role?.value} "${n.name?.value ?? ''}"`);
  const canvasHidden = () => main.evaluate(() => document.getElementById('ce-canvas').getAttribute('aria-hidden'));

  await clickItem(w.page, 'role/mlops-engineer');
  await until(async () => (await state(main)).role === 'mlops-engineer', 'the click chose the role');
  await waitIdle(w.page);
  // The focus is on the role's own element: a screen reader says the role, not the canvas's
  // image, which stays hidden from it.
  assert.equal(await focused(main), 'role/mlops-engineer');
  assert.equal(await canvasHidden(), 'true');
  const said = await focusedNodes();
  assert.ok(said.some((n) => /^radio "MLOps Engineer/.test(n)) && !said.some((n) => /^image/.test(n)), said.join(', '));
  // No ring after a click, as a page shows none; a key pressed there brings it (Shift: nothing
  // else changes).
  const clicked = await around(w.page, main, 'role/mlops-engineer');
  await w.page.keyboard.press('Shift');
  await waitIdle(w.page);
  const keyed = await around(w.page, main, 'role/mlops-engineer');
  assert.ok(await pngDifference(browser, clicked, keyed) > 0.02, 'the ring came with the key');
  // An arrow from the clicked role moves the ring with the choice, as from the keyboard's focus.
  await clickItem(w.page, 'role/mlops-engineer');
  await waitIdle(w.page);
  await w.page.keyboard.press('ArrowDown');
  await until(async () => (await focused(main)) !== 'role/mlops-engineer', 'the arrow moved the focus');
  const arrowed = await focused(main);
  await waitIdle(w.page);
  const ringed = await around(w.page, main, arrowed);
  await main.evaluate(() => document.activeElement.blur());
  await waitIdle(w.page);
  assert.ok(await pngDifference(browser, ringed, await around(w.page, main, arrowed)) > 0.02,
            `the ring is on ${arrowed}`);
  await clickItem(w.page, 'role/mlops-engineer');
  await waitIdle(w.page);
  let order = await tabOrder();
  let at = order.indexOf('role/mlops-engineer');
  assert.ok(at > 0 && at + 1 < order.length, 'the clicked role is a Tab stop between others');
  await w.page.keyboard.press('Tab');
  assert.equal(await focused(main), order[at + 1], 'Tab goes to the control after the one clicked');
  assert.notEqual(await focused(main), first);
  assert.deepEqual(hiddenWarnings, []);

  await clickItem(w.page, 'role/mlops-engineer');
  await waitIdle(w.page);
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(main), order[at - 1], 'Shift+Tab goes to the control before it');

  // A click where no control is (the profile's text) leaves the focus on the canvas, which is
  // then no longer hidden (a focused element must not be: Chrome exposes it unnamed and warns)
  // but says what it is; Tab goes on from that point.
  const point = await main.evaluate(() => {
    const h = document.querySelector('#ce-layer h2, #ce-layer h3');
    const r = h.getBoundingClientRect();
    return { x: r.x + 2, y: r.y + r.height / 2 };
  });
  await w.page.mouse.click(point.x, point.y);
  await waitIdle(w.page);
  assert.equal(await main.evaluate(() => document.activeElement.id), 'ce-canvas');
  assert.equal(await canvasHidden(), null);
  assert.ok((await focusedNodes()).includes('image "GenAI Career Explorer"'), (await focusedNodes()).join(', '));
  order = await tabOrder();
  await w.page.keyboard.press('Tab');
  const next = await main.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { id: document.activeElement.getAttribute('data-ce-id') || '', top: r.top, left: r.left };
  });
  assert.ok(order.includes(next.id), `a control has the focus (${next.id})`);
  assert.ok(next.top >= point.y - 24 || next.left > point.x, `the control after the point, not before it (${next.id})`);
  assert.notEqual(next.id, first, 'not the widget\'s first control');
  assert.equal(await canvasHidden(), 'true', 'without the focus the canvas is a picture again');
  assert.deepEqual(hiddenWarnings, []);
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a search result chosen with the mouse gives the focus to what it opened, and Tab goes on from there', async () => {
  const { w, main } = await openAlone(1000, 700);
  await clickItem(w.page, 'search');
  await w.page.keyboard.type('statistics');
  await until(async () => {
    const s = (await state(main)).search;
    return s.open && !s.searching && s.results.some((r) => r.item === 'result/skill/statistics');
  }, 'the search found the skill');
  await clickItem(w.page, 'result/skill/statistics');
  await until(async () => (await state(main)).view === 'skills', 'the result opened My skills');
  await waitIdle(w.page);
  // Its rating is the found item; Tab goes to the control after it, Shift+Tab to the one before.
  const order = await tabStops(main);
  const at = order.findIndex((id) => id.startsWith('skill/statistics/'));
  assert.ok(at > 0 && at + 1 < order.length, `the skill's rating is a Tab stop between others (${at})`);
  assert.ok(order.indexOf(await firstControlAfterTitle(main)) < at, 'not the first control after the title');
  assert.equal(await focused(main), order[at], 'the focus is on the skill found');
  await w.page.keyboard.press('Tab');
  assert.equal(await focused(main), order[at + 1], 'Tab goes to the control after the skill found');
  await clickItem(w.page, 'search');
  await w.page.keyboard.type('statistics');
  await until(async () => (await state(main)).search.results.some((r) => r.item === 'result/skill/statistics'),
              'found again');
  await clickItem(w.page, 'result/skill/statistics');
  await waitIdle(w.page);
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(main), order[at - 1], 'Shift+Tab goes to the control before it');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('Tab after a click that opened an explanation goes into it; its button says whether it is open', async () => {
  const { w, main } = await openAlone(1000, 700);
  const id = await main.evaluate(() => document.querySelector('#ce-layer [data-ce-id^="info/pay/"]').getAttribute('data-ce-id'));
  const button = () => main.evaluate((id) => {
    const el = document.querySelector(`#ce-layer [data-ce-id="${id}"]`);
    return { expanded: el.getAttribute('aria-expanded'), shows: el.getAttribute('data-ce-shows') };
  }, id);
  assert.equal((await button()).expanded, 'false');
  await clickItem(w.page, id);
  await until(async () => (await button()).expanded === 'true', 'the button says its explanation is open');
  const { shows } = await button();
  assert.ok(shows, 'and which item the explanation begins with');
  assert.equal(await focused(main), id, 'the click\'s focus is on the button');
  await w.page.keyboard.press('Tab');
  assert.equal(await main.evaluate(() => document.activeElement.getAttribute('data-ce-id')), shows,
               'Tab went to the explanation, as after its button on a page');
  assert.ok((await main.evaluate(() => document.activeElement.textContent)).length > 0);
  await waitIdle(w.page);
  assert.equal((await button()).expanded, 'true', 'the explanation stayed open');
  await w.page.keyboard.press('Escape');
  await until(async () => (await button()).expanded === 'false', 'Escape closed it');
  assert.equal(await focused(main), id, 'and the focus went back to its button');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a menu or a dialog the mouse opened takes the focus: the menu its first entry, the dialog its safe choice', async () => {
  const { w, main } = await openAlone(1000, 700);
  const menuOpen = () => main.evaluate(() => !!document.querySelector('#ce-layer [role="menu"]'));
  // On Compare, the menu lies over the roles' rows: the click on an entry is the entry's.
  await clickItem(w.page, 'view/compare');
  await until(async () => (await state(main)).view === 'compare', 'Compare opened');
  await clickItem(w.page, 'menu');
  await until(menuOpen, 'the menu opened');
  assert.equal(await focused(main), 'menu/share', 'its first entry has the focus');
  // Tab leaves it, and it closes, as a menu does.
  const order = await tabStops(main);
  await w.page.keyboard.press('Tab');
  await until(async () => !(await menuOpen()), 'Tab closed the menu');
  assert.equal(await focused(main), order[order.indexOf('menu') + 1], 'and went on past the menu button');

  const role = (await state(main)).role;
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/reset');
  await until(async () => (await state(main)).dialog === 'Start over?', 'Start over? opened, not a row under it');
  assert.equal((await state(main)).role, role, 'the row under the entry was not chosen');
  assert.equal(await focused(main), 'dialog/close', 'Cancel, not Start over');
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(main)).dialog === '', 'Cancel closed it');
  assert.equal(await focused(main), 'menu', 'the focus is back on the menu button');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a click at once after Tab took the focus from the canvas still counts', async () => {
  const { w, main } = await openAlone(1000, 700);
  await clickItem(w.page, 'role/mlops-engineer');
  // Past the tooltip's delay and its frames: nothing is due to be drawn.
  await waitIdle(w.page, 1200);
  const menu = await main.evaluate(() => window.careerExplorer.itemRect('menu'));
  // Animation frames are held back from here to the click, so that the canvas's loss of focus
  // (Tab) and the press are applied in one frame, as they are when a reader is quick: that frame
  // used to clear the mouse and lose the press.
  await main.evaluate(() => {
    window.__heldFrames = [];
    window.__requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => window.__heldFrames.push(callback);
  });
  await w.page.keyboard.press('Tab');
  assert.notEqual(await focused(main), '', 'Tab took the focus to the layer');
  assert.ok(await main.evaluate(() => window.__heldFrames.length > 0), 'and the widget waits for a frame to apply it');
  await w.page.mouse.click(menu.x + menu.w / 2, menu.y + menu.h / 2);
  await main.evaluate(() => {
    window.requestAnimationFrame = window.__requestFrame;
    window.__heldFrames.forEach((callback) => window.requestAnimationFrame(callback));
  });
  await until(async () => (await main.evaluate(() => !!document.querySelector('#ce-layer [role="menu"]'))),
              'the click opened the menu');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('on a phone, Tab after a click that opened a role goes on from the profile\'s title', async () => {
  const { w, main } = await openAlone(360, 640);
  await clickItem(w.page, 'role/mlops-engineer');
  await until(async () => (await state(main)).role === 'mlops-engineer', 'the profile opened');
  await waitIdle(w.page);
  const expected = await firstControlAfterTitle(main);
  await w.page.keyboard.press('Tab');
  assert.equal(await focused(main), expected, 'the first control after the opened profile\'s title');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a tap takes the focus to the canvas, from the search field (its soft keyboard goes), and Tab goes on from what was tapped', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const main = w.page.mainFrame();
  const tap = async (name) => {
    const r = await main.evaluate((n) => window.careerExplorer.itemRect(n), name);
    await w.page.touchscreen.tap(r.x + r.w / 2, r.y + r.h / 2);
    await waitIdle(w.page);
  };
  const active = () => main.evaluate(() => document.activeElement.id || document.activeElement.getAttribute('data-ce-id'));
  // From the page's body (nothing focused yet) too.
  assert.equal(await main.evaluate(() => document.activeElement === document.body), true);
  await tap('view/compare');
  assert.equal(await active(), 'ce-canvas', 'a tap gives the canvas the focus');
  await tap('view/roles');
  await tap('search');
  assert.equal(await active(), 'search', 'a tap on the field puts the focus in it');
  await tap('search');
  assert.equal(await active(), 'search', 'and another (to move the caret) leaves it there');
  await tap('role/mlops-engineer');
  await until(async () => (await state(main)).role === 'mlops-engineer', 'the tap opened the profile');
  assert.equal(await active(), 'ce-canvas', 'the field let go of the focus');
  const expected = await firstControlAfterTitle(main);
  await w.page.keyboard.press('Tab');
  assert.equal(await focused(main), expected, 'Tab goes on from the opened profile\'s title');
  // A tap that takes away the item the keyboard was on (another view) leaves the focus on the
  // canvas, as a click does, with no focus ring on the whole widget.
  await tap('view/compare');
  await until(async () => (await state(main)).view === 'compare', 'the tap opened Compare');
  assert.equal(await active(), 'ce-canvas');
  assert.equal(await main.evaluate(() => document.activeElement.matches(':focus-visible')), false, 'no ring');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('Enter on a drop-down list opens it for the eyes, the arrows go on choosing in it, Escape closes it', async () => {
  const { w, main } = await openAlone(1000, 700, '#v1;view=plan;target=genai-engineer');
  const entry = (id) => main.evaluate((n) => window.careerExplorer.itemRect(n), `target/${id}`);
  await tabTo(w.page, 'target/genai-engineer#layer', { target: main });
  assert.equal(await entry('mlops-engineer'), null, 'the list is closed');
  await w.page.keyboard.press('Enter');
  await until(async () => !!(await entry('mlops-engineer')), 'Enter opened the list');
  assert.equal((await state(main)).target, 'genai-engineer', 'and chose nothing');
  await w.page.keyboard.press('ArrowDown');
  await until(async () => (await state(main)).target !== 'genai-engineer', 'ArrowDown chose the next role');
  assert.ok(await entry('mlops-engineer'), 'the list stays open while the arrows choose');
  await w.page.keyboard.press('Escape');
  await until(async () => !(await entry('mlops-engineer')), 'Escape closed it');
  assert.match(await focusedItem(main), /^target\/.*#layer$/, 'the focus stays on the choice');
  await w.page.keyboard.press('Space');
  await until(async () => !!(await entry('mlops-engineer')), 'Space opened it too');
  await w.page.keyboard.press('Tab');
  await until(async () => !(await entry('mlops-engineer')), 'Tab on closed it');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a course\'s facts are one Tab stop, a toolbar the arrows move through, and Enter explains one', async () => {
  const { w, main } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  const courses = await main.evaluate(() => Array.prototype.map.call(
    document.querySelectorAll('#ce-layer a[data-ce-id^="course/"]'), (el) => el.getAttribute('data-ce-id').slice(7)));
  assert.ok(courses.length >= 2, `two courses in the profile (${courses})`);
  const [first, second] = courses;
  const toolbar = await main.evaluate((id) => {
    const el = document.querySelector(`#ce-layer [data-ce-group="facts/${id}"]`);
    return el && { role: el.getAttribute('role'), label: el.getAttribute('aria-label') };
  }, second);
  assert.deepEqual(toolbar && toolbar.role, 'toolbar');
  assert.match(toolbar.label, /^Facts of /);
  await tabTo(w.page, `course/${first}`, { target: main });
  await w.page.keyboard.press('Tab');
  const stop = await focusedItem(main);
  assert.ok(stop.startsWith(`info/course/${second}/`), `one Tab on: the next course's facts (${stop})`);
  await w.page.keyboard.press('ArrowRight');
  const moved = await focusedItem(main);
  assert.ok(moved.startsWith(`info/course/${second}/`) && moved !== stop, `ArrowRight: its next fact (${moved})`);
  await w.page.keyboard.press('Tab');
  assert.equal(await focusedItem(main), `course/${second}`, 'one more Tab: its link');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focusedItem(main), moved, 'Shift+Tab back: the fact last focused in the toolbar');
  await w.page.keyboard.press('Enter');
  await until(async () => !!(await main.evaluate((n) => window.careerExplorer.itemRect(n), `popover/${moved}`)),
              'Enter explained the fact');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a Tab walk keeps each focused element where the canvas draws its item, as the pane scrolls to follow it', async () => {
  // (The browser brings a focused element into view by scrolling its container: the layer must
  // never be one, or every element would sit that far from its pixels, and a forced-colours
  // outline or a magnifier would point at the wrong place.)
  const { w } = await openAlone(1000, 700, '#v1;view=roles');
  const main = w.page.mainFrame();
  const checked = [];
  for (let i = 0; i < 30; i++) {
    await w.page.keyboard.press('Tab');
    await waitIdle(w.page, 200);
    const at = await main.evaluate(() => {
      const el = document.activeElement;
      const id = el.getAttribute('data-ce-id');
      const drawn = id && window.careerExplorer.itemRect(id);
      if (!drawn) return null;
      const box = el.getBoundingClientRect();
      return { id, dx: box.x - drawn.x, dy: box.y - drawn.y, scrolled: document.getElementById('ce-layer').scrollTop };
    });
    if (!at) continue;
    checked.push(at.id);
    assert.ok(Math.abs(at.dx) < 2 && Math.abs(at.dy) < 2 && at.scrolled === 0,
              `${at.id}: the element is ${Math.round(at.dx)}, ${Math.round(at.dy)} px from its pixels (layer scrolled ${at.scrolled})`);
  }
  assert.ok(checked.length >= 20, `most stops are drawn items (${checked.length})`);
  assert.ok(checked.some((id) => id.startsWith('info/skill/')), 'the walk reached the skills further down the pane');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('the accessibility tree: every control has a role, a name and its state, and follows changes by id', async () => {
  const { w } = await openAlone(1000, 700, '#v1;view=plan');
  const cdp = await w.page.context().newCDPSession(w.page);
  const tree = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes.filter((n) => !n.ignored);
  const nodes = await tree();
  const controls = nodes.filter((n) => ['button', 'tab', 'radio', 'checkbox', 'slider', 'link'].includes(n.role?.value));
  assert.ok(controls.length > 20, `${controls.length} controls`);
  for (const n of controls) assert.ok(n.name?.value, `a ${n.role.value} has a name`);
  const byName = (role, name) => nodes.find((n) => n.role?.value === role && n.name?.value === name);
  assert.ok(byName('tab', 'Plan'), 'the Plan tab');
  const selected = byName('tab', 'Plan').properties.find((p) => p.name === 'selected');
  assert.equal(selected?.value.value, true, 'the Plan tab is selected');
  assert.ok(nodes.some((n) => n.role?.value === 'tablist' && n.name?.value === 'Views'));
  const hours = nodes.find((n) => n.role?.value === 'slider' && n.name?.value === 'Study time');
  assert.ok(hours, 'the study-time slider');
  assert.ok(nodes.some((n) => n.role?.value === 'checkbox' && n.name?.value === 'Free only'));
  assert.ok(nodes.some((n) => n.role?.value === 'heading' && n.name?.value === 'Your learning plan'));
  // The view is the chosen tab's panel: named by the tab, which says it controls it; it holds the
  // view's title and controls, not the header's tabs or search.
  assert.ok(nodes.some((n) => n.role?.value === 'tabpanel' && n.name?.value === 'Plan'), 'a tab panel named Plan');
  const panel = await w.page.evaluate(() => {
    const el = document.querySelector('#ce-layer [role="tabpanel"]');
    const tab = document.querySelector('[data-ce-id="view/plan"]');
    return { controls: tab.getAttribute('aria-controls') === el.id,
             others: document.querySelectorAll('#ce-layer [role="tab"][aria-controls]').length,
             title: !!el.querySelector('h2') && el.querySelector('h2').textContent,
             hours: !!el.querySelector('[data-ce-id="plan/hours"]'),
             tabs: !!el.querySelector('[role="tab"]'), search: !!el.querySelector('input[type="search"]') };
  });
  assert.deepEqual(panel, { controls: true, others: 1, title: 'Your learning plan', hours: true, tabs: false, search: false });

  // Changes are followed by id: the same element gets the new state, none is recreated.
  const before = await w.page.evaluate(() => {
    window.__free = document.querySelector('[data-ce-id="filter/free"]');
    return window.__free.checked;
  });
  await w.page.evaluate(() => window.__free.click());
  await until(async () => (await state(w.page)).filters.freeOnly === !before, 'the checkbox acted');
  await waitIdle(w.page);
  assert.equal(await w.page.evaluate(() => document.querySelector('[data-ce-id="filter/free"]') === window.__free
                                          && window.__free.checked), !before, 'the same element, now ticked');
  // A slider set from the layer.
  await w.page.evaluate(() => {
    const slider = document.querySelector('[data-ce-id="plan/hours"]');
    slider.value = '12';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await until(async () => (await state(w.page)).hoursPerWeek === 12, 'the hours followed the slider');
  await cdp.detach();
  await w.context.close();
});

test('find-in-page and text selection land on the drawn text', async () => {
  const { w } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  const hit = await w.page.evaluate(() => {
    const found = window.find('Day to day');
    const selection = window.getSelection();
    if (!found || !selection.rangeCount) return null;
    const r = selection.getRangeAt(0).getBoundingClientRect();
    return { text: selection.toString(), x: r.x, y: r.y, w: r.width, h: r.height };
  });
  assert.ok(hit, 'the browser finds text drawn in the canvas');
  assert.equal(hit.text, 'Day to day');
  // Where the heading is drawn: the section title's text node sits over it.
  const rect = await w.page.evaluate(() => {
    const el = [...document.querySelectorAll('#ce-layer h3')].find((h) => h.textContent === 'Day to day');
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  assert.ok(Math.abs(hit.y - rect.y) < 30 && hit.x >= rect.x - 2 && hit.x < rect.x + rect.w,
            `the match is on the drawn heading (${JSON.stringify(hit)} in ${JSON.stringify(rect)})`);
  await w.context.close();
});

// Text is selected with the mouse as on a page: the layer sets it in the face, size and lines the
// canvas draws it in, so a drag from a word's first letter to another's last selects exactly those
// words, and the highlight lies on them. A double click selects a word; a click elsewhere ends the
// selection; the wheel over text scrolls the widget; and while a popup is open, the view's text
// leaves the pointer to the canvas, which draws the popup.
test('text is selected with the mouse where it is drawn; a popup over it keeps its clicks', async () => {
  const { w } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  const sentence = 'Generative AI engineers turn models into working software.';
  // The client rectangle of `word` in the profile's paragraph, and the paragraph's lines.
  const measure = (word) => w.page.evaluate(([sentence, word]) => {
    const p = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent.startsWith(sentence));
    const range = document.createRange();
    const at = p.textContent.indexOf(word);
    range.setStart(p.firstChild, at);
    range.setEnd(p.firstChild, at + word.length);
    const r = range.getBoundingClientRect();
    range.selectNodeContents(p);
    const lines = [...range.getClientRects()];
    // The box the canvas draws the text in (the layer's element is one pixel wider: the longest
    // line's width is rounded).
    const box = p.getBoundingClientRect();
    const item = { x: box.x, y: box.y, w: box.width - 1, h: box.height };
    // Where its words end (a line's rectangle holds the space the line was broken at).
    let right = 0;
    for (const m of p.textContent.matchAll(/\S+/g)) {
      range.setStart(p.firstChild, m.index);
      range.setEnd(p.firstChild, m.index + m[0].length);
      right = Math.max(right, range.getBoundingClientRect().right);
    }
    return { x: r.x, y: r.y, w: r.width, h: r.height, text: p.textContent, item, right,
             lines: new Set(lines.map((l) => Math.round(l.top))).size, pointer: getComputedStyle(p).pointerEvents };
  }, [sentence, word]);
  const from = await measure('models');
  const to = await measure('services');
  // Its lines are the canvas's: as many, as long.
  assert.equal(from.lines, Math.round(from.item.h / 15), `lines: ${from.lines} in ${JSON.stringify(from.item)}`);
  assert.ok(Math.abs(from.right - (from.item.x + from.item.w)) <= 1.5, `the longest line ends at ${from.right}, the drawn at ${from.item.x + from.item.w}`);
  assert.equal(from.pointer, 'auto');

  const selection = () => w.page.evaluate(() => String(window.getSelection()));
  await w.page.mouse.move(from.x + 1, from.y + from.h / 2);
  await w.page.mouse.down();
  await w.page.mouse.move(to.x + to.w - 1, to.y + to.h / 2, { steps: 10 });
  await w.page.mouse.up();
  const text = from.text;
  assert.equal(await selection(), text.slice(text.indexOf('models'), text.indexOf('services') + 'services'.length));

  // Across elements, the text keeps its line breaks, as a page's does: the paragraph's end, then
  // the heading under it (absolutely positioned elements' text was run together).
  const last = await measure('jobs.');
  const heading = await w.page.evaluate(() => {
    const r = [...document.querySelectorAll('#ce-layer :is(h2, h3, h4)')].find((e) => e.textContent === 'Pay in the US, per year').getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  await w.page.mouse.move(last.x + 1, last.y + last.h / 2);
  await w.page.mouse.down();
  await w.page.mouse.move(heading.x + heading.w - 2, heading.y + heading.h / 2, { steps: 10 });
  await w.page.mouse.up();
  assert.match(await selection(), /^jobs\.\n+Pay in the US, per year$/);
  // On across the chart, whose bars are the layer's buttons: one line each. (A press in the
  // selection would drag it: a click on the canvas ends it first.)
  await w.page.mouse.click(150, 620);
  const hatched = await w.page.evaluate(() => {
    const r = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent.startsWith('Hatched:')).getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  });
  await w.page.mouse.move(last.x + 1, last.y + last.h / 2);
  await w.page.mouse.down();
  await w.page.mouse.move(hatched.x + 20, hatched.y + hatched.h / 2, { steps: 10 });
  await w.page.mouse.up();
  assert.match(await selection(), /^jobs\.\nPay in the US, per year\nEntry pay: [^\n]+\nMid pay: [^\n]+\nSenior pay: [^\n]+\nHa/);

  // Long lines end where the drawn ones do: the canvas sets each glyph at its own advance, and
  // the browser's kerning made them 2-3 px shorter.
  const ends = await w.page.evaluate(() => [...document.querySelectorAll('#ce-layer p')]
    .filter((p) => /^(The article's own words|No comparable government occupation)/.test(p.textContent)).map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p.firstChild);
      return +(p.getBoundingClientRect().right - 1 - range.getBoundingClientRect().right).toFixed(2);
    }));
  assert.equal(ends.length, 2);
  assert.ok(ends.every((gap) => Math.abs(gap) <= 1.2), `gaps between the drawn and the layer's line ends: ${ends}`);

  // A line drawn in the middle of a taller item (a course's fact, the line's height) lies there
  // in the layer too, where its selection shows.
  const fact = await w.page.evaluate(() => {
    const p = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent === 'hours not stated');
    const range = document.createRange();
    range.selectNodeContents(p.firstChild);
    const box = p.getBoundingClientRect(), words = range.getBoundingClientRect();
    return { box: [box.top, box.height], words: [words.top, words.height] };
  });
  assert.ok(fact.box[1] > fact.words[1] + 4, `a taller item: ${JSON.stringify(fact)}`);
  assert.ok(Math.abs(fact.box[0] + fact.box[1] / 2 - (fact.words[0] + fact.words[1] / 2)) <= 1,
            `the words in its middle: ${JSON.stringify(fact)}`);

  await w.page.mouse.dblclick(from.x + from.w / 2, from.y + from.h / 2);
  assert.equal((await selection()).trim(), 'models');
  await w.page.mouse.click(150, 620);  // the canvas, below the list of roles
  assert.equal(await selection(), '', 'a click elsewhere ends the selection');

  // The wheel over text scrolls the profile, as over the rest of the canvas.
  const before = await w.page.evaluate(() => window.careerExplorer.itemRect('role/genai-engineer'));
  const title = async () => (await measure('models')).y;
  const y0 = await title();
  await w.page.mouse.move(from.x + 1, from.y + from.h / 2);
  assert.equal(await w.page.evaluate(([x, y]) => document.elementFromPoint(x, y).tagName, [from.x + 1, from.y + from.h / 2]), 'P');
  await w.page.mouse.wheel(0, 200);
  await until(async () => (await title()) < y0 - 50, 'the profile scrolled under the wheel');
  assert.deepEqual(await w.page.evaluate(() => window.careerExplorer.itemRect('role/genai-engineer')), before, 'the list stayed');

  // A popup (the menu) may lie over text: meanwhile the canvas takes the pointer there.
  await clickItem(w.page, 'menu');
  await until(async () => (await measure('models')).pointer === 'none', 'the view\'s text leaves the pointer while the menu is open');
  const entries = await w.page.evaluate(() => [...document.querySelectorAll('#ce-layer [role="menuitem"]')].map((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).id;
  }));
  assert.ok(entries.length > 3 && entries.every((id) => id === 'ce-canvas'), `under the menu's entries: ${entries}`);
  await w.page.keyboard.press('Escape');
  await until(async () => (await measure('models')).pointer === 'auto', 'the text takes the pointer again');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// A popup drawn over selected text: the selection is kept for Copy but not shown through the
// popup, and shows again when the popup closes (its highlight lay on the menu's entries).
test('a selection under an open menu does not show through it, and shows again when it closes', async () => {
  const { w } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  const word = (text) => w.page.evaluate((text) => {
    const p = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent.startsWith('Generative AI engineers'));
    const range = document.createRange();
    const at = p.textContent.indexOf(text);
    range.setStart(p.firstChild, at);
    range.setEnd(p.firstChild, at + text.length);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, w: r.width, h: r.height };
  }, text);
  const first = await word('Generative'), last = await word('jobs.');
  // The paragraph's right part, which the menu covers.
  const paragraph = { x: first.x, y: first.y, width: 960 - first.x, height: last.y + last.h - first.y };
  const openMenu = async () => {
    await w.page.evaluate(() => document.querySelector('#ce-layer [data-ce-id="menu"]').focus());
    await w.page.keyboard.press('Enter');
    await until(() => w.page.evaluate(() => !!window.careerExplorer.itemRect('menu/ics')), 'the menu opened');
    await waitIdle(w.page);
  };
  const closeMenu = async () => {
    await w.page.keyboard.press('Escape');
    await until(async () => !(await w.page.evaluate(() => window.careerExplorer.itemRect('menu/ics'))), 'the menu closed');
    await waitIdle(w.page);
  };
  await w.page.mouse.move(150, 620);
  const plainText = await w.page.screenshot({ clip: paragraph });
  await openMenu();
  const menu = await w.page.evaluate(() => {
    const rects = [...document.querySelectorAll('#ce-layer [role="menuitem"]')].map((el) => el.getBoundingClientRect());
    const x = Math.min(...rects.map((r) => r.left)), y = Math.min(...rects.map((r) => r.top));
    return { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
  });
  assert.ok(menu.x < paragraph.x + paragraph.width && menu.y < paragraph.y + paragraph.height,
            `the menu ${JSON.stringify(menu)} lies over the paragraph ${JSON.stringify(paragraph)}`);
  const plainMenu = await w.page.screenshot({ clip: menu });
  await closeMenu();

  await w.page.mouse.move(first.x + 1, first.y + first.h / 2);
  await w.page.mouse.down();
  await w.page.mouse.move(last.x + last.w - 1, last.y + last.h / 2, { steps: 10 });
  await w.page.mouse.up();
  await w.page.mouse.move(150, 620);
  const selected = await w.page.evaluate(() => String(window.getSelection()));
  assert.match(selected, /^Generative AI engineers[^]*jobs\.$/);
  await waitIdle(w.page);
  const shown = await w.page.screenshot({ clip: paragraph });
  assert.ok(await pngDifference(browser, plainText, shown) > 0.2, 'the selection shows on the paragraph');

  await openMenu();
  const underMenu = await pngDifference(browser, plainMenu, await w.page.screenshot({ clip: menu }));
  assert.ok(underMenu < 0.002, `the menu is drawn as without a selection (${(underMenu * 100).toFixed(2)} % of its pixels differ)`);
  assert.equal(await w.page.evaluate(() => String(window.getSelection())), selected, 'the selection is kept');
  await closeMenu();
  assert.ok(await pngDifference(browser, shown, await w.page.screenshot({ clip: paragraph })) < 0.002, 'the selection shows again');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// An explanation lies over the view: its own words are selected with the mouse as a page's are,
// while the view's text under it leaves the pointer to the canvas.
test('an open explanation\'s text is selected with the mouse; the view\'s under it is not', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;role=genai-engineer`);
  await waitWidgetReady(w.page);
  await clickItem(w.page, 'info/source');
  const open = () => w.page.evaluate(() => !!window.careerExplorer.itemRect('popover/info/source'));
  await until(open, 'the source opened');
  const texts = () => w.page.evaluate(() => {
    const box = window.careerExplorer.itemRect('popover/info/source');
    return [...document.querySelectorAll('#ce-layer p')].map((p) => {
      const r = p.getBoundingClientRect();
      return { text: p.textContent, x: r.x, y: r.y, w: r.width, h: r.height, pointer: getComputedStyle(p).pointerEvents,
               inside: r.x >= box.x && r.y >= box.y && r.right <= box.x + box.w + 1 && r.bottom <= box.y + box.h + 1 };
    });
  });
  await until(async () => (await texts()).some((t) => t.inside && t.pointer === 'auto'), 'its text takes the pointer');
  const all = await texts();
  const own = all.find((t) => t.inside && t.text.startsWith('The source is'));
  assert.ok(own, JSON.stringify(all.filter((t) => t.inside)));
  assert.ok(all.filter((t) => !t.inside).every((t) => t.pointer === 'none'), 'the view\'s text leaves the pointer to the canvas');
  // A drag along its first line selects those words, and the explanation stays open.
  await w.page.mouse.move(own.x + 1, own.y + 6);
  await w.page.mouse.down();
  await w.page.mouse.move(own.x + own.w - 2, own.y + 6, { steps: 8 });
  await w.page.mouse.up();
  const selected = await w.page.evaluate(() => String(window.getSelection()));
  assert.ok(selected.length > 20 && own.text.startsWith(selected.trimEnd()), `selected: ${JSON.stringify(selected)}`);
  assert.ok(await open(), 'the explanation stayed open');
  // A click elsewhere closes it and ends the selection.
  await w.page.mouse.click(150, 620);
  await until(async () => !(await open()), 'a click elsewhere closed it');
  assert.equal(await w.page.evaluate(() => String(window.getSelection())), '');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// On a touch screen the canvas keeps every gesture (a drag scrolls the widget): text does not take
// the finger.
test('on a touch screen, text leaves the finger to the canvas', async () => {
  const w = await newPage(browser, { width: 360, height: 640, hasTouch: true, isMobile: true });
  await w.page.goto(`${widget.url}index.html#v1;role=genai-engineer`);
  await waitWidgetReady(w.page);
  const under = await w.page.evaluate(() => {
    const p = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent.startsWith('Generative AI engineers'));
    const r = p.getBoundingClientRect();
    return document.elementFromPoint(r.x + 20, r.y + 5).id;
  });
  assert.equal(under, 'ce-canvas');
  await w.context.close();
});

// What a pane has scrolled out stays out of reach: text and links the profile scrolled up under the
// header are cut to what the pane shows, so no word or course link lies over the tabs or the search
// field to take their clicks, or shows a selection there.
test('text and links a pane scrolled out take no clicks over the header', async () => {
  const { w } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  // Over the header (above the pane, which begins under its line), only the canvas and the
  // search field take the pointer, wherever the profile is scrolled to (course links pass under
  // the tabs at some places only).
  const takenOverHeader = () => w.page.evaluate(() => {
    const seen = new Set();
    for (let y = 2; y < 88; y += 4) {
      for (let x = 2; x < 1000; x += 8) {
        const el = document.elementFromPoint(x, y);
        if (el && el.id !== 'ce-canvas' && el.type !== 'search') seen.add(`${el.tagName} ${el.textContent.slice(0, 30)}`);
      }
    }
    return [...seen];
  });
  await w.page.mouse.move(600, 500);
  const taken = new Set();
  let linksPassed = 0;  // course links whose element lay in the header's band at some step
  for (let step = 0; step < 30; step++) {
    await w.page.mouse.wheel(0, 100);
    await waitIdle(w.page);
    (await takenOverHeader()).forEach((what) => taken.add(what));
    linksPassed += await w.page.evaluate(() => [...document.querySelectorAll('#ce-layer a[href]')]
      .filter((a) => { const r = a.getBoundingClientRect(); return r.bottom > 0 && r.top < 88; }).length);
  }
  assert.ok(linksPassed > 0, 'course links passed under the header');
  assert.deepEqual([...taken], []);
  await clickItem(w.page, 'view/compare');
  await until(async () => (await state(w.page)).view === 'compare', 'the Compare tab took the click');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// Select all, then Copy, as on any page: what is copied is the view as text, in reading order (the
// text mirror, as printed), not the layer's labels run together. In a text field, Select all is the
// field's.
test('Select all and Copy take the view as text; in the search field, Select all is the field\'s', async () => {
  const { w } = await openAlone(1000, 700, '#v1;role=genai-engineer');
  await w.page.evaluate(() => {
    window.__copied = null;
    document.addEventListener('copy', () => { window.__copied = String(window.getSelection()); });
  });
  await w.page.mouse.click(700, 400);  // the canvas has the focus, as after any click on the widget
  const box = await w.page.evaluate(() => {
    const p = [...document.querySelectorAll('#ce-layer p')].find((e) => e.textContent.startsWith('Generative AI engineers'));
    const r = p.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  const paragraph = () => w.page.screenshot({ clip: box });
  const unselected = await paragraph();
  await w.page.keyboard.press('Control+a');
  await w.page.keyboard.press('Control+c');
  const seen = await w.page.evaluate(() => ({
    copied: window.__copied,
    mirror: document.getElementById('ce-mirror').textContent,
    inMirror: document.getElementById('ce-mirror').contains(window.getSelection().anchorNode),
  }));
  assert.ok(seen.inMirror, 'the selection is the text mirror\'s');
  assert.ok(seen.copied && seen.copied.startsWith('Roles\nPrompt Engineer: $100k to $180k'), `copied: ${seen.copied?.slice(0, 200)}`);
  assert.ok(seen.copied.includes('Generative AI engineers turn models into working software.'), 'with the profile\'s text');
  assert.ok(!seen.copied.includes('RolesCompare'), 'not the layer\'s labels run together');
  assert.ok(seen.copied.length > 1000 && seen.copied.length <= seen.mirror.length + 200, `the whole view, once (${seen.copied.length})`);

  // The hidden mirror's selection shows on the view's text, where it is drawn, as a page's does;
  // a click on the canvas ends it, and so does a menu opened over it (the canvas draws the menu).
  const selectedShare = await pngDifference(browser, unselected, await paragraph());
  assert.ok(selectedShare > 0.3, `the profile's paragraph shows as selected (${selectedShare} of its pixels changed)`);
  const highlighted = () => w.page.evaluate(() => CSS.highlights.has('ce-all'));
  await w.page.mouse.click(700, 660);  // where no control or text is
  await until(async () => !(await highlighted()), 'a click ended the highlight');
  assert.equal(await pngDifference(browser, unselected, await paragraph()), 0, 'and the paragraph is as it was');
  await w.page.keyboard.press('Control+a');
  assert.ok(await highlighted(), 'Select all again');
  await w.page.evaluate(() => document.querySelector('#ce-layer [data-ce-id="menu"]').focus());
  await w.page.keyboard.press('Enter');
  await until(async () => !(await highlighted()), 'the menu opened over the view ended the highlight');
  assert.ok(await w.page.evaluate(() => document.getElementById('ce-mirror').contains(getSelection().anchorNode)),
            'while the selection stays the mirror\'s, for Copy');
  await w.page.keyboard.press('Escape');
  // A view opened with the keyboard puts new text in the mirror: the selection collapses (no
  // selectionchange comes for that), and the highlight ends with it.
  await w.page.keyboard.press('Control+a');
  assert.ok(await highlighted(), 'Select all once more');
  await w.page.evaluate(() => document.querySelector('#ce-layer [data-ce-id="view/compare"]').focus());
  await w.page.keyboard.press('Enter');
  await until(async () => !(await highlighted()), 'the Compare view\'s text ended the highlight');
  await w.page.evaluate(() => document.querySelector('#ce-layer [data-ce-id="view/roles"]').focus());
  await w.page.keyboard.press('Enter');

  // In the search field: its own text.
  await w.page.keyboard.press('/');
  await w.page.keyboard.type('python');
  await w.page.keyboard.press('Control+a');
  const field = await w.page.evaluate(() => {
    const el = document.activeElement;
    return { type: el.type, start: el.selectionStart, end: el.selectionEnd, length: el.value.length,
             inMirror: document.getElementById('ce-mirror').contains(window.getSelection().anchorNode) };
  });
  assert.deepEqual(field, { type: 'search', start: 0, end: 6, length: 6, inMirror: false });
  await w.page.keyboard.press('Escape');

  // With a dialog open: the dialog's text, not the view's, which is inert behind it.
  const main = w.page.mainFrame();
  await clickItem(w.page, 'menu');
  await clickItem(w.page, 'menu/reset');
  await until(async () => (await focused(main)) === 'dialog/close', 'Start over? has the focus');
  await w.page.keyboard.press('Control+a');
  await w.page.keyboard.press('Control+c');
  const inDialog = await w.page.evaluate(() => ({
    copied: window.__copied,
    inDialog: (() => {
      const at = window.getSelection().anchorNode;
      return !!at && !!(at.nodeType === 1 ? at : at.parentElement).closest('[role="dialog"]');
    })(),
  }));
  assert.ok(inDialog.inDialog, 'the selection is the dialog\'s');
  assert.ok(inDialog.copied.includes('Start over') && !inDialog.copied.includes('Prompt Engineer: $100k'),
            `copied: ${inDialog.copied.slice(0, 200)}`);
  assert.match(inDialog.copied, /^Start over\?\n+Your skill ratings[^\n]*\nStart over\nCancel/, 'its title, its text and its buttons on lines of their own');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// Arrows, Home and End move through a group of tabs or radios; with Alt, Ctrl or Cmd held they are
// the browser's (Alt+Left is Back, Ctrl+Home and Ctrl+End the page's top and end), as a page's
// own tabs and radio buttons leave them.
test('with Alt, Ctrl or Cmd held, arrows and Home/End on the tabs and the roles are the browser\'s', async () => {
  const { w, main } = await openAlone(1000, 700, '#v1;view=plan');
  await w.page.evaluate(() => {
    window.__prevented = [];
    window.addEventListener('keydown', (e) => { if (e.defaultPrevented) window.__prevented.push(e.key); });
  });
  await tabTo(w.page, 'view/plan', { target: main });
  for (const key of ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Control+Home', 'Control+End', 'Meta+ArrowLeft']) {
    await w.page.keyboard.press(key);
    await waitIdle(w.page);
    assert.equal((await state(main)).view, 'plan', `${key} left the view as it was`);
    assert.equal(await focused(main), 'view/plan', `${key} left the focus on the Plan tab`);
  }
  assert.deepEqual(await w.page.evaluate(() => window.__prevented), [], 'none of them was taken from the browser');
  // Without them, an arrow still chooses.
  await w.page.keyboard.press('ArrowLeft');
  await until(async () => (await state(main)).view === 'skills', 'the arrow chose My skills');

  // The roles, a radio group beside the profile.
  await clickItem(w.page, 'view/roles');
  await until(async () => (await state(main)).view === 'roles', 'Roles opened');
  const role = (await state(main)).role;
  await tabTo(w.page, `role/${role}`, { target: main });
  await w.page.keyboard.press('Alt+ArrowDown');
  await waitIdle(w.page);
  assert.equal((await state(main)).role, role, 'Alt+Down left the role as it was');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a dialog keeps Tab inside it, and an explanation opened from the keyboard takes the focus', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  await tabTo(w.page, 'menu', { target: main });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'menu/share', 'focus in the menu');
  await arrowTo(w.page, 'menu/embed', { target: main });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'dialog/copy', 'focus in the dialog');
  for (let i = 0; i < 6; i++) {
    await w.page.keyboard.press('Tab');
    assert.match(await focused(main), /^dialog\//, 'Tab stays in the dialog');
  }
  // A dialog to screen readers: named by its title, holding the focus, the rest of the layer inert.
  const modal = () => main.evaluate(() => {
    const dialog = document.querySelector('#ce-layer [role="dialog"]');
    const others = Array.from(document.getElementById('ce-layer').children).filter((c) => c !== dialog);
    return {
      label: dialog && dialog.getAttribute('aria-label'),
      modal: dialog && dialog.getAttribute('aria-modal'),
      holdsFocus: !!dialog && dialog.contains(document.activeElement),
      inert: others.filter((c) => c.inert).length,
      others: others.length,
      viewInert: !!document.querySelector('#ce-layer [role="tabpanel"][inert]'),
    };
  });
  const open = await modal();
  assert.equal(open.label, 'Embed this view');
  assert.equal(open.modal, 'true');
  assert.ok(open.holdsFocus);
  // (The header's elements, and the view's in its tab panel.)
  assert.ok(open.others > 3 && open.inert === open.others && open.viewInert, JSON.stringify(open));
  await w.page.keyboard.press('Escape');
  await until(async () => (await state(w.page)).dialog === '', 'Escape closed the dialog');
  const closed = await modal();
  assert.equal(closed.label, null, 'no dialog element once it closed');
  assert.equal(closed.inert, 0, 'nothing inert once it closed');
  // Opened from a menu entry (gone with its menu): the focus goes back to the menu's button.
  await until(async () => (await focused(main)) === 'menu', 'the focus is back on the menu button');
  // An explanation: Enter opens it and the focus moves to what it says; Escape brings it back.
  await tabTo(w.page, 'info/source', { target: main, back: true });
  await w.page.keyboard.press('Enter');
  await until(async () => (await main.evaluate(() => document.activeElement?.tagName)) === 'P',
              'the focus is on the explanation\'s text');
  assert.ok((await main.evaluate(() => document.activeElement.textContent)).length > 20);
  await w.page.keyboard.press('Escape');
  await until(async () => (await focused(main)) === 'info/source', 'the focus is back on the item');
  // Open again, then Tab on past it: it closes rather than cover what has the focus now.
  await w.page.keyboard.press('Enter');
  await until(async () => (await main.evaluate(() => document.activeElement?.tagName)) === 'P',
              'the focus is on the explanation\'s text again');
  const popover = () => main.evaluate(() => window.careerExplorer.itemRect('popover/info/source'));
  assert.ok(await popover(), 'the explanation is open');
  await w.page.keyboard.press('Tab');
  await until(async () => !(await popover()), 'Tab past the explanation closed it');
  assert.notEqual(await focused(main), 'info/source');
  // The search field's list closes too when Tab goes on from the field; the words stay.
  await tabTo(w.page, 'search', { target: main, back: true });
  await w.page.keyboard.type('prompt');
  await until(async () => (await main.evaluate(() => document.activeElement.getAttribute('aria-expanded'))) === 'true',
              'the list of results opened');
  await w.page.keyboard.press('Tab');
  await until(async () => !(await main.evaluate(() => window.careerExplorer.itemRect('result/role/prompt-engineer'))),
              'Tab on from the field closed its list');
  assert.equal((await state(main)).search.query, 'prompt');
  // And so does leaving the widget: Shift+Tab past its first control, the field.
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(main), 'search');
  await w.page.keyboard.press('ArrowDown');
  await until(async () => !!(await main.evaluate(() => window.careerExplorer.itemRect('result/role/prompt-engineer'))),
              'the Down arrow opened the list again');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await main.evaluate(() => document.getElementById('ce-layer').contains(document.activeElement)), false,
               'the focus left the widget');
  await until(async () => !(await main.evaluate(() => window.careerExplorer.itemRect('result/role/prompt-engineer'))),
              'leaving the widget closed the list');
  // The select-all of the Shift+Tab into the field may come a frame late, once the focus has
  // gone: it must not open the list again (it did, now and then, on a busy machine).
  await main.evaluate(() => document.querySelector('#ce-layer input[type="search"]').dispatchEvent(new Event('select')));
  await waitIdle(main);
  assert.equal(await main.evaluate(() => window.careerExplorer.itemRect('result/role/prompt-engineer')), null,
               'a late "select" after the focus left leaves the list closed');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('when the focused item goes (a plan deleted), the focus stays in the widget, on its nearest item, and it is said', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=plan;target=mlops-engineer`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  const status = () => main.evaluate(() => document.getElementById('ce-status').textContent);
  await tabTo(w.page, 'plans/new', { target: main });
  await w.page.keyboard.press('Enter');
  await until(async () => (await status()).includes('added'), 'the new plan is said');
  await tabTo(w.page, 'plans/delete', { target: main });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'dialog/close', 'focus in the dialog, on Cancel');
  await w.page.keyboard.press('Shift+Tab');
  assert.equal(await focused(main), 'dialog/confirm');
  await w.page.keyboard.press('Enter');
  await until(async () => (await status()).startsWith('Plan deleted.'), 'the deletion is said');
  // "Delete this plan" went with the dialog (one plan is left): the focus is on an item near it.
  await until(async () => /^plans\//.test(await focused(main)), 'the focus is on a plan control');
  assert.notEqual(await main.evaluate(() => document.activeElement.id), 'ce-layer');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

// The plan left plans for another role: the view below the switcher is new (new headings), but
// the reader answered a dialog, and goes back to the plan controls, not to a course mid-page.
test('after deleting a plan that planned for another role, the focus is on the plan controls', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=plan;target=genai-engineer;name=~4dine;plans=name.~54wo.target.mlops-engineer`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  const status = () => main.evaluate(() => document.getElementById('ce-status').textContent);
  await tabTo(w.page, 'plans/delete', { target: main });
  await w.page.keyboard.press('Enter');
  await until(async () => (await focused(main)) === 'dialog/close', 'focus in the dialog, on Cancel');
  await w.page.keyboard.press('Shift+Tab');
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).target === 'mlops-engineer', 'the other plan is shown');
  await until(async () => (await status()).startsWith('Plan deleted. Showing \u201cTwo\u201d. The plan for MLOps Engineer now has '),
              'the deletion is said with what the plan left holds');
  assert.match(await focused(main), /^plans\//, 'the focus is on a plan control');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('a row that opens another view hands the focus to that view\'s title', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=compare;mode=paths;job=data-analyst`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  for (let i = 0; i < 80 && !/^path\//.test(await focused(main)); i++) await w.page.keyboard.press('Tab');
  assert.match(await focused(main), /^path\//, 'Tab reaches a role\'s path in Compare');
  await w.page.keyboard.press('Enter');
  await until(async () => (await state(w.page)).view === 'plan', 'the row opened its plan');
  await until(async () => (await main.evaluate(() => document.activeElement.tagName)) === 'H2',
              'the focus is on the plan view\'s title, not on what happened to stay from Compare');
  // The canvas draws the ring around the title, as around a focused control, and only while it
  // has the focus.
  await waitIdle(w.page);
  const box = await main.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { x: Math.max(0, r.x - 6), y: Math.max(0, r.y - 6), width: r.width + 12, height: r.height + 12 };
  });
  const ringed = await w.page.screenshot({ clip: box });
  await main.evaluate(() => document.activeElement.blur());
  await waitIdle(w.page);
  const plain = await w.page.screenshot({ clip: box });
  assert.ok(!ringed.equals(plain), 'the title had a ring that went with the focus');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('on the title the focus moved to, Page Down and Space page the view on and on, Page Up back', async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.page.goto(`${widget.url}index.html#v1;view=compare`);
  await waitWidgetReady(w.page);
  const main = w.page.mainFrame();
  for (let i = 0; i < 40 && (await focused(main)) !== 'compare/ai-product-manager'; i++) await w.page.keyboard.press('Tab');
  assert.equal(await focused(main), 'compare/ai-product-manager');
  await w.page.keyboard.press('Enter');
  await until(async () => (await main.evaluate(() => document.activeElement.tagName)) === 'H2', 'the profile\'s title has the focus');
  await waitIdle(w.page);
  const top = () => main.evaluate(() => document.activeElement.getBoundingClientRect().top);
  const tops = [await top()];
  for (const key of ['PageDown', 'Space', 'PageDown']) {
    await w.page.keyboard.press(key);
    await waitIdle(w.page);
    tops.push(await top());
  }
  for (let i = 1; i < tops.length; i++) assert.ok(tops[i] < tops[i - 1] - 100, `each key paged the profile on: ${tops}`);
  assert.equal(await main.evaluate(() => window.scrollY), 0, 'the page itself did not scroll');
  for (let i = 0; i < 3; i++) {
    await w.page.keyboard.press('PageUp');
    await waitIdle(w.page);
  }
  assert.ok(Math.abs((await top()) - tops[0]) < 2, 'Page Up brought the profile back to its top');
  assert.equal(await main.evaluate(() => document.activeElement.tagName), 'H2', 'the title kept the focus');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});

test('course links are real links for a mouse: middle-click and the context menu, and the wheel still scrolls',
     { timeout: 120000 }, async () => {
  const w = await newPage(browser, { width: 1000, height: 700 });
  await w.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());  // nothing leaves the machine
  await w.page.goto(`${widget.url}index.html#v1;role=genai-engineer`);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  // Scroll the profile until a course link is on screen: the wheel over the canvas (and over links).
  let link = null;
  for (let i = 0; i < 40 && !link; i++) {
    link = await w.page.evaluate(() => {
      const a = [...document.querySelectorAll('#ce-layer a[href]')].find((el) => {
        const r = el.getBoundingClientRect();
        return r.top > 60 && r.bottom < 660;
      });
      if (!a) return null;
      const r = a.getBoundingClientRect();
      return { href: a.href, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (!link) {
      await w.page.mouse.move(700, 400);
      await w.page.mouse.wheel(0, 200);
      await waitIdle(w.page);
    }
  }
  assert.ok(link, 'a course link came on screen');
  const hit = await w.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, link);
  assert.equal(hit, 'A', 'the mouse is over a real link there');
  // The listener is in place before the click (a click racing its installation would be missed).
  await w.page.evaluate(() => {
    window.__menu = null;
    document.addEventListener('contextmenu', (e) => {
      window.__menu = e.target.closest('a')?.href || '';
      e.preventDefault();  // no native menu in the test
    }, { once: true });
  });
  await w.page.mouse.click(link.x, link.y, { button: 'right' });
  await until(async () => (await w.page.evaluate(() => window.__menu)) !== null, 'a context menu was asked for');
  const menu = w.page.evaluate(() => window.__menu);
  assert.equal(await menu, link.href, 'the context menu is a link\'s');
  const popup = w.context.waitForEvent('page', { timeout: 10000 });
  await w.page.mouse.click(link.x, link.y, { button: 'middle' });
  // A new tab opened (this machine has no network: it cannot load the course's page, and a tab
  // opened without an opener is not routed through the test's interception).
  const tab = await popup;
  assert.ok(tab, 'middle-click opened a new tab');
  // The wheel over the link scrolls the profile, like the wheel over the rest of it.
  const before = await w.page.evaluate(() => document.querySelector('#ce-layer h2').getBoundingClientRect().top);
  await w.page.mouse.move(link.x, link.y);
  await w.page.mouse.wheel(0, -300);
  await waitIdle(w.page);
  const after = await w.page.evaluate(() => document.querySelector('#ce-layer h2').getBoundingClientRect().top);
  assert.ok(after > before, `the profile scrolled back up (${before} -> ${after})`);
  await w.context.close();
});
