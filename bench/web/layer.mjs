// What the operable layer (src/web/library_semantic_layer.js, src/ui/semantics.*) adds: its bytes
// (the JS library as shipped inside career-explorer.js, raw and gzip, and the C++ that describes
// items, as wasm bytes compared with a build without it is not attempted: the source size is
// printed instead) and its time per frame in Chromium: the time the page spends reconciling the
// layer after a frame, over a scripted session of real clicks and wheel scrolls, against the
// widget's frame count, and the page's style and layout time over it (Chromium's own totals).
// Prints figures; never fails on time. Usage: node bench/web/layer.mjs
// (after ./build-wasm.sh). RUNS (default 3) sessions, each in a fresh browser.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { serveFolder } from '../../tests/e2e/lib/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.RUNS || 3);
const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

const js = readFileSync(join(root, 'src/web/library_semantic_layer.js'), 'utf8');
const cpp = ['src/ui/semantics.cpp', 'src/ui/semantics.h'].map((p) => readFileSync(join(root, p), 'utf8')).join('\n');
console.log(`layer JS library: ${js.length} B source, ${gz(js)} B gzip (aim: the layer <= 10 KB gzip)`);
console.log(`layer C++ (describing items): ${cpp.length} B source, ${gz(cpp)} B gzip of source`);
console.log(`shipped wasm: ${statSync(join(root, 'dist/career-explorer.wasm')).size} B; JS: ${statSync(join(root, 'dist/career-explorer.js')).size} B`);

const server = await serveFolder(join(root, 'dist'));
const rows = [];
try {
  for (let round = 1; round <= runs; round++) {
    const browser = await launch();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 } })).newPage();
      await page.goto(`${server.url}index.html`);
      await page.waitForFunction(() => window.careerExplorer?.getState().status === 'ready');
      // The browser's own work on the layer's changes (style and layout, which reconciling only
      // queues): Chromium's totals over the same session.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const browserWork = async () => {
        const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
        return { style: m.RecalcStyleDuration * 1000, layout: m.LayoutDuration * 1000 };
      };
      const workBefore = await browserWork();
      const click = async (name) => {
        const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), name);
        if (r) await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
      };
      for (const name of ['view/compare', 'view/skills', 'profile/software-engineer', 'view/plan', 'goal/cost',
                          'view/roles', 'role/mlops-engineer', 'role/genai-engineer']) {
        await click(name);
        await page.mouse.move(700, 400);
        await page.mouse.wheel(0, 300);
      }
      await page.waitForTimeout(500);
      const stats = await page.evaluate(() => ({ ...window.careerExplorer.layerStats(),
                                                 frames: window.careerExplorer.frameCount() }));
      const workAfter = await browserWork();
      stats.styleMs = workAfter.style - workBefore.style;
      stats.layoutMs = workAfter.layout - workBefore.layout;
      rows.push(stats);
      console.error(`run ${round}/${runs}: ${stats.updates} layer updates over ${stats.frames} frames, ` +
                    `${stats.totalMs.toFixed(1)} ms in all, worst ${stats.worstMs.toFixed(2)} ms, ${stats.nodes} nodes; ` +
                    `the page's style ${stats.styleMs.toFixed(1)} ms, layout ${stats.layoutMs.toFixed(1)} ms`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const perFrame = rows.map((r) => r.totalMs / Math.max(1, r.frames));
const perUpdate = rows.map((r) => r.totalMs / Math.max(1, r.updates));
console.log(`layer time per frame drawn (median of ${runs}): ${median(perFrame).toFixed(3)} ms (aim <= 1 ms); ` +
            `per layer update: ${median(perUpdate).toFixed(3)} ms; worst update: ${median(rows.map((r) => r.worstMs)).toFixed(2)} ms; ` +
            `nodes: ${median(rows.map((r) => r.nodes))}`);
// Not the layer's alone: the canvas and the page's other boxes are in these too, though the
// layer's elements are nearly all of the page's.
console.log(`the page's style and layout per frame drawn (median): ${median(rows.map((r) => r.styleMs / Math.max(1, r.frames))).toFixed(3)} ms style, ` +
            `${median(rows.map((r) => r.layoutMs / Math.max(1, r.frames))).toFixed(3)} ms layout`);
