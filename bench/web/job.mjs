// "I work as …" benchmark: choosing a job (applies its ratings, re-ranks the roles and plans them
// again) with a large catalogue, in headless Chromium. In My skills and in Compare's From my job
// table, each job of the catalogue is chosen in turn with the real mouse, and every frame's
// main-thread work is read from a Chromium trace (lib/frame-trace.mjs says why a trace and what
// a frame is): worst and p95 frame, also without the commit (where the main thread waits for
// the compositor to take the WebGL canvas, whatever the data), and the main thread's CPU time.
// Aim, printed and never asserted: no frame over 16 ms of the widget's own work.
// Usage: bash bench/web/job.sh (builds what it needs), or node bench/web/job.mjs DIST CATALOGUE
// [DIST2 ...]: several dist folders (a before/after) are measured in interleaved rounds. RUNS=n
// rounds (default 3); PROFILE=1 names the functions on the stack in the heaviest frames (slows
// the page: for finding a code path, not for figures).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { serveFolder } from '../../tests/e2e/lib/server.mjs';
import { percentile } from './lib/frame-trace.mjs';
import { mark, settle, traced } from './lib/traced-steps.mjs';

const args = process.argv.slice(2);
if (args.length < 2) {
  console.error('usage: node bench/web/job.mjs DIST_DIR CATALOGUE_JSON [MORE_DIST_DIRS...]');
  process.exit(2);
}
const [dist, data, ...more] = args;
const dists = [dist, ...more];
const catalogue = readFileSync(data);
const parsed = JSON.parse(catalogue.toString('utf8'));
const jobs = parsed.profiles.map((p) => p.id).slice(0, 4);
if (jobs.length === 0) {
  console.error('the catalogue has no profiles: make one with career-explorer-synth ... --profiles=N');
  process.exit(2);
}
const runs = Math.max(1, Number(process.env.RUNS || 3));
const profile = process.env.PROFILE === '1';
const viewport = { width: 1280, height: 800 };

// A click held as long as a person's (PRESS_MS, default 80): Playwright's own presses and
// releases within one animation frame, which no hand does, and which puts the frames drawn for
// the press and for the release into one (PRESS_MS=0 measures that).
const pressMs = Number(process.env.PRESS_MS ?? 80);

async function click(page, name) {
  const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), name);
  if (!r) throw new Error(`${name} is not on screen`);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2, { delay: pressMs });
}

async function measure(dir) {
  const server = await serveFolder(dir, { override: (p) => (p === '/careers.json' ? catalogue : undefined) });
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.careerExplorer?.getState().status !== 'loading', null,
                               { timeout: 120000, polling: 100 });
    await click(page, 'view/skills');
    await settle(page);
    const { frames, hot } = await traced(browser, page, { profile }, async () => {
      for (const job of jobs) {
        await mark(page, `skills ${job}`);
        await click(page, `profile/${job}`);
        await settle(page);
      }
      await mark(page, 'view/compare');
      await click(page, 'view/compare');
      await settle(page);
      await mark(page, 'mode/paths');
      await click(page, 'mode/paths');
      await settle(page);
      for (const job of [...jobs].reverse()) {
        await mark(page, `from my job ${job}`);
        await click(page, `profile/${job}`);
        await settle(page);
      }
    });
    await context.close();
    return { frames, hot };
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (x) => (x == null ? null : Math.round(x * 10) / 10);
const results = dists.map(() => []);
for (let r = 0; r < runs; r++) {
  for (let d = 0; d < dists.length; d++) results[d].push(await measure(dists[d]));
}

console.log(`"I work as" with ${parsed.courses.length} courses, ${parsed.roles.length} roles, ` +
            `${parsed.skills.length} skills (${catalogue.length} B); jobs ${jobs.join(', ')} chosen in My skills, ` +
            `then in Compare's From my job`);
console.log(`${runs} round(s), clicks held ${pressMs} ms, ${viewport.width}x${viewport.height}, ${cpus().length} CPUs, load average ` +
            `${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('ms of main-thread work per frame (all tasks up to a rendering update); "no commit": without the ' +
            'wait for the compositor; cpu: thread time. Aim: frames within 16 ms of own work\n');
console.log('dist                      run  frames  worst  p95   | no commit worst  p95  | cpu worst  p95  | worst in');
const sections = [['all steps', () => true], ['My skills', (f) => f.step?.startsWith('skills ')],
                  ["Compare's From my job", (f) => f.step?.startsWith('from my job ')]];
for (const [section, inSection] of sections) {
  console.log(`${section}:`);
  for (let d = 0; d < dists.length; d++) {
  results[d].forEach(({ frames: all }, i) => {
    const frames = all.filter(inSection);
    const work = frames.map((f) => f.workMs);
    const nc = frames.map((f) => f.workMs - f.commitMs);
    const cpu = frames.map((f) => f.cpuMs);
    const worst = frames.reduce((w, f) => (!w || f.workMs - f.commitMs > w.workMs - w.commitMs ? f : w), null);
    console.log(`${dists[d].slice(-24).padEnd(24)} ${String(i + 1).padStart(4)} ${String(frames.length).padStart(7)} ` +
                `${String(round(Math.max(...work))).padStart(6)} ${String(round(percentile(work, 95))).padStart(5)} ` +
                `| ${String(round(Math.max(...nc))).padStart(15)} ${String(round(percentile(nc, 95))).padStart(5)} ` +
                `| ${String(round(Math.max(...cpu))).padStart(9)} ${String(round(percentile(cpu, 95))).padStart(5)} ` +
                `| ${worst?.step} (script ${round(worst?.scriptMs)}, style/layout ${round(worst?.renderMs)})`);
  });
  }
}
if (profile) {
  for (let d = 0; d < dists.length; d++) {
    console.log(`\n${dists[d]}: heaviest frames without the commit, and what was on the stack`);
    for (const h of results[d].flatMap((x) => x.hot).sort((a, b) => b.ms - a.ms).slice(0, 6)) {
      console.log(`  ${round(h.ms)} ms "${h.step}": ` +
                  h.functions.map((f) => `${f.name.slice(0, 70)} ${Math.round(f.share * 100)}%`).join(', '));
    }
  }
}
