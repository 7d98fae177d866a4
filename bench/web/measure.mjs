// Web benchmark: loads the widget (dist/) and the baseline (Dear ImGui's GLFW example,
// build/bench/baseline/www/) the same way, RUNS times each, prints a side-by-side table and
// writes build/bench/web-results.json. Usage: node bench/web/measure.mjs [--baseline-only]
// (run.sh builds what is needed first). Exits 0 whatever the figures are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { serveFolder } from '../../tests/e2e/lib/server.mjs';
import { measurePage, settleMs, idleMs } from './lib/measure-page.mjs';
import { checkTargets, printReport, summarise, targets } from './lib/summary.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.RUNS || 3);
const baselineOnly = process.argv.includes('--baseline-only');

const folders = { widget: join(root, 'dist'), baseline: join(root, 'build/bench/baseline/www') };
if (baselineOnly) delete folders.widget;
for (const [name, folder] of Object.entries(folders)) {
  if (!existsSync(join(folder, 'index.html'))) throw new Error(`${name}: no ${folder}/index.html`);
}

const servers = {};
for (const [name, folder] of Object.entries(folders)) servers[name] = await serveFolder(folder);

const pages = Object.fromEntries(Object.keys(folders).map((n) => [n, { url: servers[n].url, runs: [] }]));
try {
  // Pages alternate within each round so slow drift on the machine hits both alike; each load
  // gets a freshly launched browser so neither inherits the other's warm GPU process or caches.
  for (let round = 1; round <= runs; round++) {
    for (const name of Object.keys(pages)) {
      const browser = await launch();
      try {
        const result = await measurePage(browser, pages[name].url);
        pages[name].runs.push(result);
        console.error(`run ${round}/${runs} ${name}: first draw ${result.firstDrawMs} ms, ` +
                      `idle clears ${result.idle.clears}, gzip ${result.gzipBytes} B`);
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

console.log(`\nWeb benchmark: ${runs} fresh loads per page, headless Chromium (SwiftShader WebGL2), ` +
            `idle = ${idleMs / 1000} s after load + first draw + ${settleMs / 1000} s settle`);
printReport(pages, checks);

// Files a reader gets other than by loading the page: the one-file offline copy and the embed
// script (sizes only; they are not part of the first load).
const otherFiles = {};
if (pages.widget) {
  console.log('\nother shipped files (KB = 1000 B)');
  for (const name of ['career-explorer.html', 'embed.js']) {
    const path = join(folders.widget, name);
    if (!existsSync(path)) continue;
    const body = readFileSync(path);
    otherFiles[name] = { rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    console.log(`${name.padEnd(22)} raw ${(body.length / 1000).toFixed(1).padStart(7)} KB   ` +
                `gzip ${(otherFiles[name].gzipBytes / 1000).toFixed(1).padStart(6)} KB`);
  }
}

const out = join(root, 'build/bench/web-results.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
  method: {
    runsPerPage: runs, settleMs, idleMs, viewport: '1280x800', kilobyte: 1000,
    gzip: 'node zlib level 9 on each response body',
    firstDraw: 'performance.now() at the first WebGL drawElements (from navigation start)',
    idleFrames: 'WebGL clear calls (one per ImGui frame on both pages)',
    busy: 'CDP Performance.getMetrics TaskDuration delta',
    baselineBuild: 'ImGui example_glfw_opengl3 with demo, em++ -Os, -sUSE_GLFW=3, WebGL2',
  },
  targets,
  pages,
  checks,
  otherFiles,
}, null, 2) + '\n');
console.log(`\nwrote ${out}`);
