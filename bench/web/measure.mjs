// Web benchmark: loads the widget (dist/), the baseline (Dear ImGui's GLFW example,
// build/bench/baseline/www/) and the floor page (bench/web/floor/: the widget's wasm compiled,
// one triangle drawn) the same way, RUNS rounds (default 7) with the pages interleaved, prints a
// side-by-side table with the widget's first-draw ratios and writes build/bench/web-results.json.
// Usage: node bench/web/measure.mjs [--baseline-only] (run.sh builds what is needed first).
// Exits 0 whatever the figures are.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { fileSizes, servePrecompressed, stageFolder } from './lib/precompressed.mjs';
import { measurePage, settleMs, idleMs } from './lib/measure-page.mjs';
import { checkTargets, printPhases, printReport, ratios, summarise, targets } from './lib/summary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.RUNS || 7);
const baselineOnly = process.argv.includes('--baseline-only');

const dist = join(root, 'dist');
const floorBuild = join(root, 'build/wasm/bench');
const sources = {
  widget: [[dist, '.']],
  baseline: [[join(root, 'build/bench/baseline/www'), '.']],
  floor: [[join(root, 'bench/web/floor/index.html'), 'index.html'], [join(floorBuild, 'floor.js'), 'floor.js'],
          [join(floorBuild, 'floor.wasm'), 'floor.wasm'], [join(dist, 'career-explorer.wasm'), 'career-explorer.wasm']],
};
if (baselineOnly) {
  delete sources.widget;
  delete sources.floor;
}
for (const [name, entries] of Object.entries(sources)) {
  for (const [path] of entries) if (!existsSync(path)) throw new Error(`${name}: no ${path}`);
}

// Staged and compressed once, before any round (lib/precompressed.mjs says why).
const folders = {};
const servers = {};
for (const [name, entries] of Object.entries(sources)) {
  folders[name] = stageFolder(join(root, 'build/bench/served', name), entries);
  servers[name] = await servePrecompressed(folders[name]);
}

const pages = Object.fromEntries(Object.keys(folders).map((n) => [n, { url: servers[n].url, runs: [] }]));
try {
  // Pages alternate within each round so slow drift on the machine hits both alike; each load
  // gets a freshly launched browser so neither inherits the other's warm GPU process or caches.
  for (let round = 1; round <= runs; round++) {
    for (const name of Object.keys(pages)) {
      const browser = await launch();
      try {
        const result = await measurePage(browser, pages[name].url, (path) => fileSizes(folders[name], path));
        pages[name].runs.push(result);
        console.error(`run ${round}/${runs} ${name}: first draw ${result.firstDrawMs} ms, ` +
                      `idle clears ${result.idle.clears}, brotli ${result.brotliBytes} B, gzip ${result.gzipBytes} B`);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
}

for (const p of Object.values(pages)) p.median = summarise(p.runs);
const checks = pages.widget ? checkTargets(pages.widget, pages.baseline) : null;
const firstDrawRatios = pages.widget ? ratios(pages) : null;

console.log(`\nWeb benchmark: ${runs} interleaved rounds, a fresh browser per load, headless Chromium ` +
            `(SwiftShader WebGL2), idle = ${idleMs / 1000} s after load + first draw + ${settleMs / 1000} s ` +
            `settle; files precompressed before the rounds (brotli -q 11, zopfli gzip), sizes from the files`);
printReport(pages, checks, firstDrawRatios);
if (pages.widget) printPhases(pages.widget.runs);

// Files a reader gets other than by loading the page: the one-file offline copy and the embed
// script (sizes only; they are not part of the first load).
const otherFiles = {};
if (pages.widget) {
  console.log('\nother shipped files (KB = 1000 B)');
  for (const name of ['career-explorer.html', 'embed.js']) {
    const path = join(folders.widget, name);
    if (!existsSync(path)) continue;
    const sizes = fileSizes(folders.widget, `/${name}`);
    otherFiles[name] = { rawBytes: sizes.raw, brotliBytes: sizes.brotli, gzipBytes: sizes.gzip };
    console.log(`${name.padEnd(22)} raw ${(sizes.raw / 1000).toFixed(1).padStart(7)} KB   ` +
                `brotli ${(sizes.brotli / 1000).toFixed(1).padStart(6)} KB   ` +
                `gzip ${(sizes.gzip / 1000).toFixed(1).padStart(6)} KB`);
  }
}

const out = join(root, 'build/bench/web-results.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  method: {
    runsPerPage: runs, settleMs, idleMs, viewport: '1280x800', kilobyte: 1000,
    compression: 'precompressed files (brotli -q 11, zopfli --i15 gzip) served as a static host would; sizes read from the files',
    firstDraw: 'performance.now() at the first WebGL drawElements (from navigation start)',
    idleFrames: 'WebGL clear calls (one per ImGui frame on both pages)',
    busy: 'CDP Performance.getMetrics TaskDuration delta',
    baselineBuild: 'ImGui example_glfw_opengl3 with demo, em++ -Os, -sUSE_GLFW=3, WebGL2',
    floorPage: "bench/web/floor: compileStreaming of the widget's wasm, then one triangle (widget's flags)",
  },
  targets,
  pages,
  checks,
  firstDrawRatios,
  otherFiles,
}, null, 2) + '\n');
console.log(`\nwrote ${out}`);
