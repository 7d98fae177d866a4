// A frame that would draw what the canvas already shows is built but not drawn
// (src/web/frame_digest.h): input over nothing that reacts costs no GPU work, while anything that
// changes the picture (a hover highlight, a resize, a resume after the page was hidden) is drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { servesDist } from './lib/suite.mjs';
import { newPage, pngDifference, setDocumentHidden, waitIdle, waitWidgetReady } from './lib/widget-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');
let browser;
let server;
servesDist(dist, (b, s) => { browser = b; server = s; });

const counts = (page) => page.evaluate(() => ({
  built: window.careerExplorer.frameCount(),
  drawn: window.careerExplorer.framesPresented(),
}));

test('frames that change nothing are not drawn; a hover highlight, a resize and a resume are', async () => {
  const w = await newPage(browser);
  await w.page.goto(server.url);
  await waitWidgetReady(w.page);
  await waitIdle(w.page);
  const resting = await w.page.screenshot();
  const start = await counts(w.page);
  assert.ok(start.drawn >= 1 && start.drawn <= start.built, `drawn ${start.drawn} of ${start.built}`);

  // Under the roles list (1000x700: the list ends well above y = 650): nothing there reacts.
  const blank = await w.page.evaluate(() => {
    const r = window.careerExplorer.itemRect('role/ai-content-creator');
    return { x: r.x + 20, y: Math.min(window.innerHeight - 10, r.y + r.h + 60) };
  });
  await w.page.mouse.move(blank.x, blank.y);
  await w.page.mouse.move(blank.x + 30, blank.y + 5);
  await waitIdle(w.page);
  const overBlank = await counts(w.page);
  assert.ok(overBlank.built > start.built, 'the moves were handled (frames built)');
  assert.equal(overBlank.drawn, start.drawn, 'but nothing was drawn');
  assert.equal(await pngDifference(browser, resting, await w.page.screenshot()), 0, 'and the picture is the same');

  const row = await w.page.evaluate(() => window.careerExplorer.itemRect('role/mlops-engineer'));
  await w.page.mouse.move(row.x + row.w / 2, row.y + row.h / 2);
  await waitIdle(w.page);
  const overRow = await counts(w.page);
  assert.ok(overRow.drawn > overBlank.drawn, 'the hover highlight was drawn');
  assert.ok(await pngDifference(browser, resting, await w.page.screenshot()) > 0, 'and shows');

  await w.page.mouse.move(blank.x, blank.y);
  await waitIdle(w.page);
  assert.equal(await pngDifference(browser, resting, await w.page.screenshot()), 0, 'the highlight went away');

  const beforeResize = (await counts(w.page)).drawn;
  await w.page.setViewportSize({ width: 900, height: 700 });
  await waitIdle(w.page);
  assert.ok((await counts(w.page)).drawn > beforeResize, 'a resize is drawn');

  // Hidden and shown again (the scheduler pauses while hidden): the resume frame is drawn even
  // though it shows what was there.
  const beforeHide = (await counts(w.page)).drawn;
  await setDocumentHidden(w.page, true);
  await setDocumentHidden(w.page, false);
  await waitIdle(w.page);
  assert.ok((await counts(w.page)).drawn > beforeHide, 'the frame after a resume is drawn');
  assert.deepEqual(w.errors, []);
  await w.context.close();
});
