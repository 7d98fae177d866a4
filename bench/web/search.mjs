// Search benchmark: the search field with a catalogue at the loader's size (12,000 synthetic
// courses, as bench/web/size-limit.sh makes them) in headless Chromium. Types the worst query (long
// misspelt words: every distinct word of the catalogue is compared for typos) one key at a time,
// and prints the main thread's work per animation frame and per keystroke while the index is
// built (first use) and the query is searched, and the time until the results are complete.
// The typing is traced too (lib/traced-steps.mjs): every frame's main-thread work, all of it
// (input, script, style/layout, commit), without the commit (where the main thread waits for the
// compositor to take the WebGL canvas, whatever the data) and as CPU time: worst and p95.
// Aim, printed and never asserted: keystrokes and frames within a 16 ms frame.
// Usage: bash bench/web/search.sh (builds what it needs, then runs this with DIST and the data);
// more dist folders after the data (a before/after) are measured in the same, interleaved runs.
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { serveFolder } from '../../tests/e2e/lib/server.mjs';
import { newPage, waitIdle, waitWidgetReady } from '../../tests/e2e/lib/widget-page.mjs';
import { percentile } from './lib/frame-trace.mjs';
import { mark, traced } from './lib/traced-steps.mjs';

const [dist, data, ...more] = process.argv.slice(2);
if (!dist || !data) {
  console.error('usage: node bench/web/search.mjs DIST_DIR CATALOGUE_JSON [MORE_DIST_DIRS...]');
  process.exit(2);
}
const catalogue = readFileSync(data);
const servers = [];
for (const dir of [dist, ...more])
  servers.push({ dir, ...(await serveFolder(dir, { override: (p) => (p === '/careers.json' ? catalogue : undefined) })) });
const browser = await launch();
// The worst query, and one that fills the results list (so the list and its options in the
// operable layer are built and drawn at each keystroke).
const queries = ['enginerring specialistt foundationss deploymnet', 'course 11'];
const runs = Math.max(1, Number(process.env.RUNS || 3));
console.log(`search in the browser: ${catalogue.length} bytes of catalogue; queries ${queries.map((q) => `"${q}"`).join(', ')}`);
console.log('(keystroke and frame: median / worst ms of main-thread work; on a busy machine the worst is\n' +
            ' mostly the scheduler\'s and the garbage collector\'s)');
console.log('(traced: ms of main-thread work per frame, worst / p95: all of it, without the commit, CPU time;\n' +
            ' a run marked r types the second query, whose results fill the list)');
console.log(`${servers.length > 1 ? 'dist                 ' : ''}run  plain frame ms  keystroke ms   frame ms        frames  typed+ready ms  results` +
            '  traced all      no commit     cpu');
for (let run = 1; run <= runs; run++) for (const query of queries) for (const server of servers) {
  const w = await newPage(browser, { width: 1000, height: 700 });
  // Every animation-frame callback and input handler timed: the widget's frames run in one or
  // the other (a keystroke draws its frame at once).
  await w.page.addInitScript(() => {
    window.__frames = [];
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (fn) => raf((t) => {
      const start = performance.now();
      try { fn(t); } finally { window.__frames.push(performance.now() - start); }
    });
  });
  await w.page.goto(`${server.url}index.html?data=${encodeURIComponent(server.url + 'careers.json')}`);
  await waitWidgetReady(w.page, 120000);
  await waitIdle(w.page);
  // A frame with nothing to search: what every frame of this catalogue costs anyway.
  const baseline = await w.page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 10; i++) {
      window.__frames = [];
      window.careerExplorer.redraw();
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
      times.push(Math.max(0, ...window.__frames));
    }
    times.sort((a, b) => a - b);
    return times[5];
  });
  await w.page.focus('input[type="search"]');
  let figures;
  const { frames: tracedFrames } = await traced(browser, w.page, {}, async () => {
    await mark(w.page, 'typing');
    figures = await w.page.evaluate(async (text) => {
      window.__frames = [];
      const field = document.querySelector('input[type="search"]');
      const keys = [];
      const start = performance.now();
      for (const ch of text) {
        field.value += ch;
        const t = performance.now();
        field.dispatchEvent(new Event('input'));
        keys.push(performance.now() - t);
        await new Promise((ok) => requestAnimationFrame(() => ok()));
      }
      for (;;) {
        const s = window.careerExplorer.getState().search;
        if (!s.searching && s.query === text) {
          const frames = window.__frames.filter((ms) => ms > 0.05);  // (callbacks that drew nothing)
          const median = (list) => list.slice().sort((a, b) => a - b)[Math.floor(list.length / 2)];
          return { keys: Math.max(...keys), keysMedian: median(keys), frames: Math.max(...frames),
                   framesMedian: median(frames), count: frames.length, readyMs: performance.now() - start,
                   results: s.results.length };
        }
        await new Promise((ok) => requestAnimationFrame(() => ok()));
      }
    }, query);
  });
  const pair = (a, b) => `${a.toFixed(1)} / ${b.toFixed(1)}`.padEnd(13);
  const worstP95 = (list) => pair(Math.max(...list), percentile(list, 95));
  console.log(`${servers.length > 1 ? server.dir.slice(-20).padEnd(21) : ''}` +
              `${String(run).padStart(3)}${query === queries[0] ? ' ' : 'r'}  ${baseline.toFixed(2).padStart(14)}  ${pair(figures.keysMedian, figures.keys)}  ${pair(figures.framesMedian, figures.frames)}` +
              `  ${String(figures.count).padStart(6)}  ${figures.readyMs.toFixed(0).padStart(16)}  ${String(figures.results).padStart(7)}` +
              `  ${worstP95(tracedFrames.map((f) => f.workMs))}  ${worstP95(tracedFrames.map((f) => f.workMs - f.commitMs))}` +
              `  ${worstP95(tracedFrames.map((f) => f.cpuMs))}`);
  await w.context.close();
}
await browser.close();
for (const server of servers) await server.close();
