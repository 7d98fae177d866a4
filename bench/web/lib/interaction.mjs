// The scripted session the size-limit benchmark measures: real mouse input (Playwright's mouse,
// i.e. CDP Input events, so the widget sees the same events a reader's clicks make) on named
// items (README, "JS API"). Each step puts a `bench:step:<name>` user-timing mark in the page
// first, so every frame in the trace can be attributed to the step that caused it.

import { mark, settle } from './settle.mjs';

async function rectOf(page, name) {
  return page.evaluate((n) => window.careerExplorer.itemRect(n), name);
}

// Clicks a named item's centre; returns false (and clicks nothing) when it is not on screen.
async function click(page, name) {
  const r = await rectOf(page, name);
  if (!r) return false;
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  return true;
}

// Wheel scrolls with the pointer over `anchor` (a named item, or the middle of the page).
async function wheel(page, anchor, deltaY, times) {
  const r = anchor ? await rectOf(page, anchor) : null;
  const vp = page.viewportSize();
  await page.mouse.move(r ? r.x + r.w / 2 : vp.width / 2, r ? r.y + r.h / 2 : vp.height / 2);
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(60);
  }
}

// Runs the session on `catalogue` (the parsed careers.json the page was given). Returns the
// steps with whether each was done and settled.
export async function runSession(page, catalogue) {
  const roles = catalogue.roles.map((r) => r.id);
  const skills = catalogue.skills.map((s) => s.id);
  const steps = [];
  const step = async (name, action) => {
    await mark(page, name);
    const done = await action();
    const s = await settle(page);
    steps.push({ name, done: done !== false, settled: s.settled, settleMs: s.ms });
  };

  await step('view/roles', () => click(page, 'view/roles'));
  for (const id of roles.slice(0, 3)) await step(`role/${id}`, () => click(page, `role/${id}`));
  // The open profile lists the courses that teach the role's skills: the longest list.
  await step('wheel role profile', () => wheel(page, null, 400, 6));
  await step('wheel role profile back', () => wheel(page, null, -400, 6));

  await step('view/compare', () => click(page, 'view/compare'));
  await step('sort/senior', () => click(page, 'sort/senior'));
  await step('sort/entry', () => click(page, 'sort/entry'));
  // From my job: every role's path from the ratings (none yet: each role's whole gap), planned
  // a slice a frame; a page of them at a time when there are many.
  await step('mode/paths', () => click(page, 'mode/paths'));
  await step('wheel paths', () => wheel(page, null, 400, 6));
  await step('wheel paths back', () => wheel(page, null, -400, 6));
  if (roles.length > 50) {
    await step('paths/top/page-next', () => click(page, 'paths/top/page-next'));
    await step('wheel paths to the top', () => wheel(page, null, -400, 6));  // the page shows its list's top
  }
  await step('mode/pay', () => click(page, 'mode/pay'));

  await step('view/skills', () => click(page, 'view/skills'));
  // Rate the skills on screen, a few at each level, so fit scores and the plan's gap change.
  let rated = 0;
  for (const id of skills) {
    if (rated >= 6) break;
    const level = 1 + (rated % 3);
    if (!(await rectOf(page, `skill/${id}/${level}`))) continue;
    await step(`skill/${id}/${level}`, () => click(page, `skill/${id}/${level}`));
    rated++;
  }
  await step('wheel skills', () => wheel(page, null, 400, 6));
  await step('wheel skills back', () => wheel(page, null, -400, 6));
  if (skills.length > 50) await step('skills/top/page-next', () => click(page, 'skills/top/page-next'));

  // Planning starts here: the best-fit role's gap over the whole catalogue.
  await step('view/plan', () => click(page, 'view/plan'));
  await step('goal/cost', () => click(page, 'goal/cost'));
  await step('goal/hours', () => click(page, 'goal/hours'));
  await step('wheel plan', () => wheel(page, null, 400, 6));
  await step('wheel plan back', () => wheel(page, null, -400, 6));

  await step('view/roles again', () => click(page, 'view/roles'));
  const last = catalogue.roles[catalogue.roles.length - 1];
  if (await rectOf(page, `role/${last.id}`)) {
    await step(`role/${last.id}`, () => click(page, `role/${last.id}`));
  } else {
    // Past the first page of roles: a reader finds it by search ("/", its title, Enter), which
    // opens the page that lists it.
    await step(`search "${last.title}"`, async () => {
      await page.keyboard.press('/');
      await page.keyboard.type(last.title, { delay: 20 });
      return true;
    });
    await step('search Enter', async () => {
      await page.keyboard.press('Enter');
      return true;
    });
    if (!(await rectOf(page, `role/${last.id}`))) steps[steps.length - 1].done = false;
  }
  await mark(page, 'end');
  return steps;
}
