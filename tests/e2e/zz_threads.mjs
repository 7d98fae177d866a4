// Per-thread busy time (wall and CPU) during the first frame window [restored, drawn] and [0, drawn].
import { launch } from './lib/browser.mjs';
import { servePrecompressed } from '../../bench/web/lib/precompressed.mjs';
import { readFileSync } from 'node:fs';
const [folder, rounds] = process.argv.slice(2);
const srv = await servePrecompressed(folder);
const probe = readFileSync('/work/main/bench/web/lib/draw-probe.js', 'utf8');
for (let r = 0; r < Number(rounds || 2); r++) {
  const browser = await launch();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe);
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['toplevel', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed', 'blink.user_timing', 'gpu', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(srv.url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__benchProbe.firstDrawMs !== null);
  await page.waitForTimeout(300);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const names = {};
  for (const e of ev) if (e.name === 'thread_name') names[e.pid + ':' + e.tid] = e.args.name;
  const pnames = {};
  for (const e of ev) if (e.name === 'process_name') pnames[e.pid] = e.args.name;
  const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  const t0 = nav.ts;
  const mark = (n) => { const m = ev.find((e) => e.name === 'careerexplorer:' + n); return m ? m.ts : null; };
  const windows = { start: [t0, mark('drawn')], frame: [mark('restored'), mark('drawn')], compile: [t0, mark('compiled')] };
  console.log('round', r, Object.entries(windows).map(([k, [a, b]]) => `${k} ${((a - t0) / 1000).toFixed(0)}-${((b - t0) / 1000).toFixed(0)}`).join(', '));
  for (const [wname, [a, b]] of Object.entries(windows)) {
    const per = {};
    // top-level slices only: those not inside another slice on the same thread
    const byThread = {};
    for (const e of ev) if (e.ph === 'X' && e.dur) (byThread[e.pid + ':' + e.tid] ||= []).push(e);
    for (const [k, list] of Object.entries(byThread)) {
      list.sort((x, y) => x.ts - y.ts);
      let end = -1, wall = 0, cpu = 0;
      for (const e of list) {
        if (e.ts < end) continue;
        end = e.ts + e.dur;
        const s = Math.max(e.ts, a), f = Math.min(e.ts + e.dur, b);
        if (f <= s) continue;
        const frac = (f - s) / e.dur;
        wall += (f - s) / 1000; cpu += (e.tdur || 0) * frac / 1000;
      }
      if (wall > 2) per[`${pnames[k.split(':')[0]] || '?'}/${names[k] || k}`] = [wall, cpu];
    }
    console.log(`  ${wname} (${((b - a) / 1000).toFixed(0)} ms):`, Object.entries(per).sort((x, y) => y[1][0] - x[1][0]).slice(0, 12).map(([k, [w, c]]) => `${k} ${w.toFixed(0)}/${c.toFixed(0)}`).join(' | '));
  }
  const lazy = ev.filter((e) => e.name === 'wasm.CompileLazy' && e.ts >= windows.frame[0] && e.ts < windows.frame[1]);
  console.log('  lazy in frame', lazy.length, (lazy.reduce((s, e) => s + e.dur, 0) / 1000).toFixed(1), 'wall', (lazy.reduce((s, e) => s + (e.tdur || 0), 0) / 1000).toFixed(1), 'cpu');
  await browser.close();
}
await srv.close();
