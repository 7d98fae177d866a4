// Size-limit benchmark (issue 11, "Never freeze the page"): the widget with a catalogue at the
// loader's limits against the bundled data, in headless Chromium. For each page: navigation to
// first frame, then a scripted session of real clicks and wheel scrolls, traced, and the
// main-thread work of every frame (see lib/frame-trace.mjs for why a trace and what a frame is).
// Aim, printed and never asserted: size limit first frame <= 2 s, no frame over 50 ms of work.
// Usage: node bench/web/size-limit.mjs BUNDLED_DIR SIZE_LIMIT_DIR [WIDE_DIR] (size-limit.sh
// prepares them: the largest catalogue in the planner's worst shape, and the widest);
// RUNS=n rounds (default 3), pages alternate within a round; PROFILE=1 also samples the main
// thread and names the functions on the stack in the heaviest frames (slows the page down: use
// it to find a code path, not for the figures); TRACE_DIR=dir keeps each trace there (they open
// in Chrome DevTools' Performance panel). Exits 0 whatever the figures are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { serveFolder } from '../../tests/e2e/lib/server.mjs';
import { framesFromTrace, percentile } from './lib/frame-trace.mjs';
import { runSession } from './lib/interaction.mjs';
import { hotFunctions, samplesFromTrace } from './lib/cpu-profile.mjs';

const glProbe = fileURLToPath(new URL('./lib/gl-wait-probe.js', import.meta.url));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Math.max(1, Number(process.env.RUNS || 3));
const [bundledDir, sizeLimitDir, wideDir] = process.argv.slice(2);
if (!bundledDir || !sizeLimitDir) {
  console.error('usage: node bench/web/size-limit.mjs BUNDLED_DIR SIZE_LIMIT_DIR [WIDE_DIR]');
  process.exit(2);
}
const aim = { firstFrameMs: 2000, frameWorkMs: 50 };
// Same window as bench/web/measure.mjs (and the same reason for a larger screen).
const viewport = { width: 1280, height: 800 };
const screen = { width: 1920, height: 1080 };
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline',
                    'disabled-by-default-devtools.timeline.frame', 'blink.user_timing'];
const profile = process.env.PROFILE === '1';
if (profile) categories.push('disabled-by-default-v8.cpu_profiler');

const pages = {};
const dirs = [['bundled', bundledDir], ['size-limit', sizeLimitDir], ...(wideDir ? [['wide', wideDir]] : [])];
for (const [name, dir] of dirs) {
  const file = join(dir, 'careers.json');
  const body = readFileSync(file);
  const catalogue = JSON.parse(body.toString('utf8'));
  pages[name] = {
    dir, bytes: body.length, catalogue, runs: [],
    shape: `${catalogue.courses.length} courses, ${catalogue.skills.length} skills, ` +
           `${catalogue.roles.length} roles, ${body.length} B`,
  };
}

async function measure(name, roundNo) {
  const p = pages[name];
  const server = await serveFolder(p.dir);
  const browser = await launch();
  try {
    // Service workers blocked: the copy's precache would fetch every file again in the
    // background (and reject the replaced careers.json's hash), work that is not the widget's.
    const context = await browser.newContext({ viewport, screen, serviceWorkers: 'block' });
    await context.addInitScript({ path: glProbe });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

    // The first frame is timed without tracing, so the trace's own cost does not count.
    await page.goto(server.url);
    await page.waitForFunction(() => window.careerExplorer?.getState().status !== 'loading', null,
                               { timeout: 120000, polling: 100 });
    const load = await page.evaluate(() => ({
      status: window.careerExplorer.getState().status,
      firstFrameMs: performance.getEntriesByName('careerexplorer:first-frame')[0]?.startTime ?? null,
    }));
    if (load.status !== 'ready') throw new Error(`${name}: widget status ${load.status}`);
    await page.waitForTimeout(500);

    await browser.startTracing(page, { categories });
    const framesBefore = await page.evaluate(() => window.careerExplorer.frameCount());
    const steps = await runSession(page, p.catalogue);
    const framesAfter = await page.evaluate(() => window.careerExplorer.frameCount());
    const inPage = await page.evaluate(() => ({
      glSlow: self.__benchGlSlow,
      marks: performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bench:step:'))
        .map((m) => ({ name: m.name.slice('bench:step:'.length), ms: m.startTime })),
    }));
    const trace = await browser.stopTracing();
    await context.close();

    const traceJson = trace.toString('utf8');
    if (process.env.TRACE_DIR) {
      mkdirSync(process.env.TRACE_DIR, { recursive: true });
      writeFileSync(join(process.env.TRACE_DIR, `${name}-${roundNo}.json`), trace);
    }
    const { frames: all, outside, marks, main } = framesFromTrace(traceJson);
    const from = marks[0]?.ts ?? -Infinity;
    const to = marks.find((m) => m.name === 'end')?.ts ?? Infinity;
    const frames = all.filter((f) => f.renderUs >= from && f.renderUs <= to);
    addGlWaits(frames, inPage, marks);
    const longestOutsideMs = Math.max(0, ...outside.filter((t) => t.ts >= from && t.ts <= to).map((t) => t.ms));
    if (profile) {
      const samples = samplesFromTrace(traceJson, main);
      const own = (f) => f.workMs - f.commitMs - (f.glWaitMs ?? 0);
      const heavy = [...frames].sort((a, b) => own(b) - own(a));
      for (const f of heavy.slice(0, 5)) f.hot = hotFunctions(samples, f.startUs, f.endUs);
    }
    return { firstFrameMs: round(load.firstFrameMs), widgetFrames: framesAfter - framesBefore,
             frames, longestOutsideMs, steps, errors };
  } finally {
    await browser.close();
    await server.close();
  }
}

// Puts each slow WebGL call (lib/gl-wait-probe.js) into the frame it ran in: the page's clock
// is mapped onto the trace's by the step marks, which both record.
function addGlWaits(frames, inPage, traceMarks) {
  const pairs = inPage.marks.map((m, i) => [m, traceMarks[i]]).filter(([m, t]) => t && t.name === m.name);
  if (pairs.length === 0) return;
  const offsets = pairs.map(([m, t]) => t.ts - m.ms * 1000).sort((a, b) => a - b);
  const offsetUs = offsets[Math.floor(offsets.length / 2)];
  for (const f of frames) {
    f.glWaitMs = 0;
    f.glCalls = {};
  }
  for (const [startMs, ms, name] of inPage.glSlow) {
    const ts = startMs * 1000 + offsetUs;
    const f = frames.find((x) => ts >= x.startUs && ts < x.endUs);
    if (!f) continue;
    f.glWaitMs += ms;
    f.glCalls[name] = (f.glCalls[name] || 0) + ms;
  }
}

function summarise(result) {
  const work = result.frames.map((f) => f.workMs);
  const noCommit = result.frames.map((f) => f.workMs - f.commitMs);
  const own = result.frames.map((f) => f.workMs - f.commitMs - (f.glWaitMs ?? 0));
  const worstOwn = result.frames.reduce(
    (w, f) => (!w || own[result.frames.indexOf(f)] > own[result.frames.indexOf(w)] ? f : w), null);
  const worst = result.frames.reduce((w, f) => (!w || f.workMs > w.workMs ? f : w), null);
  const worstNoCommit = result.frames.reduce(
    (w, f) => (!w || f.workMs - f.commitMs > w.workMs - w.commitMs ? f : w), null);
  return {
    firstFrameMs: result.firstFrameMs,
    frames: result.frames.length,
    widgetFrames: result.widgetFrames,
    worstMs: round(worst?.workMs), p95Ms: round(percentile(work, 95)),
    worstStep: worst?.step ?? null,
    worstBreakdown: breakdown(worst),
    worstNoCommitMs: round(worstNoCommit ? worstNoCommit.workMs - worstNoCommit.commitMs : null),
    worstNoCommitStep: worstNoCommit?.step ?? null,
    worstNoCommitBreakdown: breakdown(worstNoCommit),
    p95NoCommitMs: round(percentile(noCommit, 95)),
    worstOwnMs: round(worstOwn ? worstOwn.workMs - worstOwn.commitMs - (worstOwn.glWaitMs ?? 0) : null),
    worstOwnStep: worstOwn?.step ?? null,
    worstOwnBreakdown: breakdown(worstOwn),
    p95OwnMs: round(percentile(own, 95)),
    worstCpuMs: round(Math.max(0, ...result.frames.map((f) => f.cpuMs))),
    worstCpuStep: result.frames.reduce((w, f) => (!w || f.cpuMs > w.cpuMs ? f : w), null)?.step ?? null,
    worstCpuScriptMs: round(result.frames.reduce((w, f) => (!w || f.cpuMs > w.cpuMs ? f : w), null)?.scriptCpuMs),
    p95CpuMs: round(percentile(result.frames.map((f) => f.cpuMs), 95)),
    worstScriptMs: round(Math.max(0, ...result.frames.map((f) => f.scriptMs))),
    longestOutsideMs: round(result.longestOutsideMs),
    over50: result.frames.filter((f) => f.workMs > aim.frameWorkMs).length,
    unsettled: result.steps.filter((s) => !s.settled).map((s) => s.name),
    skipped: result.steps.filter((s) => !s.done).map((s) => s.name),
    errors: result.errors,
  };
}

for (let round = 1; round <= runs; round++) {
  for (const name of Object.keys(pages)) {
    const result = await measure(name, round);
    const s = summarise(result);
    pages[name].runs.push({ summary: s, frames: result.frames, steps: result.steps });
    console.error(`round ${round}/${runs} ${name}: first frame ${s.firstFrameMs} ms, ${s.frames} frames, ` +
                  `worst ${s.worstMs} ms (${s.worstStep}), p95 ${s.p95Ms} ms`);
  }
}

const med = (list) => round(percentile(list, 50));
console.log(`\nSize-limit benchmark: ${runs} round(s), headless Chromium (SwiftShader WebGL2), ` +
            `${viewport.width}x${viewport.height}, ${cpus().length} CPUs, ` +
            `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('frame work = wall time of the main-thread tasks leading to one rendering update (input, ' +
            'timers, rAF/wasm, style/layout/paint, commit); main-thread CPU = their thread time; ' +
            'aim: first frame <= 2000 ms, no frame > 50 ms\n');
for (const [name, p] of Object.entries(pages)) {
  const s = p.runs.map((r) => r.summary);
  const worstRun = s.reduce((w, x) => (x.worstMs > w.worstMs ? x : w));
  const firsts = s.map((x) => x.firstFrameMs);
  console.log(`${name}: ${p.shape}`);
  console.log(`  first frame        median ${med(firsts)} ms (runs ${firsts.join(', ')})`);
  console.log(`  frames             median ${med(s.map((x) => x.frames))} (widget's own: ${med(s.map((x) => x.widgetFrames))})`);
  console.log(`  worst frame        ${worstRun.worstMs} ms in "${worstRun.worstStep}" (runs ${s.map((x) => x.worstMs).join(', ')}): ` +
              describe(worstRun.worstBreakdown));
  console.log(`  p95 frame          median ${med(s.map((x) => x.p95Ms))} ms (runs ${s.map((x) => x.p95Ms).join(', ')})`);
  // The commit is where the main thread waits for the compositor to take the WebGL canvas's
  // frame; it grows with the canvas, not with the data, so it is also shown apart.
  const worstNC = s.reduce((w, x) => (x.worstNoCommitMs > w.worstNoCommitMs ? x : w));
  console.log(`  without commit     worst ${worstNC.worstNoCommitMs} ms in "${worstNC.worstNoCommitStep}" ` +
              `(runs ${s.map((x) => x.worstNoCommitMs).join(', ')}): ${describe(worstNC.worstNoCommitBreakdown)}; ` +
              `p95 median ${med(s.map((x) => x.p95NoCommitMs))} ms`);
  // What is left is the widget's own work: its wasm and JS, the page's style and layout.
  const worstOwn = s.reduce((w, x) => (x.worstOwnMs > w.worstOwnMs ? x : w));
  console.log(`  own work           worst ${worstOwn.worstOwnMs} ms in "${worstOwn.worstOwnStep}" ` +
              `(runs ${s.map((x) => x.worstOwnMs).join(', ')}): ${describe(worstOwn.worstOwnBreakdown)}; ` +
              `p95 median ${med(s.map((x) => x.p95OwnMs))} ms`);
  const worstCpu = s.reduce((w, x) => (x.worstCpuMs > w.worstCpuMs ? x : w));
  console.log(`  main-thread CPU    worst ${worstCpu.worstCpuMs} ms in "${worstCpu.worstCpuStep}" (script ` +
              `${worstCpu.worstCpuScriptMs}; runs ${s.map((x) => x.worstCpuMs).join(', ')}), ` +
              `p95 median ${med(s.map((x) => x.p95CpuMs))} ms`);
  console.log(`  frames over 50 ms  ${s.map((x) => x.over50).join(', ')} per run`);
  console.log(`  longest task in no frame ${Math.max(...s.map((x) => x.longestOutsideMs))} ms`);
  const unsettled = [...new Set(s.flatMap((x) => x.unsettled))];
  const skipped = [...new Set(s.flatMap((x) => x.skipped))];
  if (unsettled.length) console.log(`  not settled in 30 s: ${unsettled.join(', ')}`);
  if (skipped.length) console.log(`  skipped (item not on screen): ${skipped.join(', ')}`);
  const errors = [...new Set(s.flatMap((x) => x.errors))];
  if (errors.length) console.log(`  page errors: ${errors.slice(0, 3).join(' | ')}`);
  // The heaviest frames of all runs, to see where the time goes.
  const ownOf = (f) => f.workMs - f.commitMs - (f.glWaitMs ?? 0);
  const heavy = p.runs.flatMap((r) => r.frames).sort((a, b) => ownOf(b) - ownOf(a)).slice(0, 5);
  console.log('  heaviest frames by own work:');
  for (const f of heavy) {
    console.log(`    ${round(ownOf(f))} ms "${f.step}": ${describe(breakdown(f))}`);
    if (f.hot) {
      console.log('      on the stack: ' + f.hot.map((h) => `${h.name.slice(0, 60)} ${Math.round(h.share * 100)}%`).join(', '));
    }
  }
  const fm = med(firsts);
  const worst = Math.max(...s.map((x) => x.worstMs));
  console.log(`  aim                first frame ${fm <= aim.firstFrameMs ? 'met' : 'missed'}, ` +
              `frame work ${worst <= aim.frameWorkMs ? 'met' : 'missed'}\n`);
}

const out = join(root, 'build/bench/size-limit-results.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadavg: loadavg() },
  aim, runs, viewport,
  pages: Object.fromEntries(Object.entries(pages).map(([n, p]) => [n, {
    shape: p.shape, runs: p.runs.map((r) => ({ ...r.summary, steps: r.steps })) }])),
}, null, 2) + '\n');
console.log(`wrote ${out}`);

// Where a frame's time went; `other` is task time outside script, rendering and commit (task
// scheduling, garbage collection, message handling).
function breakdown(f) {
  if (!f) return null;
  const calls = Object.entries(f.glCalls || {}).sort((a, b) => b[1] - a[1]);
  return { scriptMs: round(f.scriptMs), glWaitMs: round(f.glWaitMs ?? 0),
           glWaitCall: calls[0]?.[0] ?? null, renderMs: round(f.renderMs),
           commitMs: round(f.commitMs), otherMs: round(f.workMs - f.scriptMs - f.renderMs - f.commitMs),
           tasks: f.tasks };
}

function describe(b) {
  if (!b) return '';
  const gl = b.glWaitMs > 0 ? ` (of which waiting in WebGL ${b.glWaitMs}, mostly ${b.glWaitCall})` : '';
  return `script ${b.scriptMs}${gl}, style/layout/paint ${b.renderMs}, commit ${b.commitMs}, ` +
         `other ${b.otherMs} ms`;
}

function round(x) {
  return x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10) / 10;
}
