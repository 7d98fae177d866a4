// A click's frame: how long after a click the frame that shows it is drawn and presented, for the
// widget (dist/) and for Dear ImGui's stock GLFW example (build/bench/baseline/www/, which draws
// every animation frame), in RUNS interleaved rounds (default 7), a fresh browser per load,
// CLICKS clicks per load (default 12). Prints figures; exits 0 whatever they are.
// Usage: node bench/web/click.mjs (bash bench/web/run.sh builds both pages first);
// COMPARE=folder[,folder...] adds other builds of the widget (copies of an earlier dist/) as pages.
//
// Two figures per click, both from the page's pointerup (its event.timeStamp):
//   drawn     - to the end of the task that issued the first WebGL drawElements after it (the
//               widget draws inside the input handler; the example in its next animation frame)
//   presented - the browser's own Event Timing duration of the interaction: to the next frame
//               presented after its handlers ran. The browser rounds it to 8 ms and reports
//               only interactions of 16 ms or more; a missing one is counted as "under 16".
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../../tests/e2e/lib/browser.mjs';
import { servePrecompressed, stageFolder } from './lib/precompressed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.env.RUNS || 7);
const clicks = Number(process.env.CLICKS || 12);
const probeScript = fileURLToPath(new URL('./lib/click-probe.js', import.meta.url));
const viewport = { width: 1280, height: 800 };
const screen = { width: 1920, height: 1080 };  // larger than the window: measure-page.mjs says why

const sources = { widget: join(root, 'dist'), baseline: join(root, 'build/bench/baseline/www') };
const compared = (process.env.COMPARE || '').split(',').filter(Boolean);
compared.forEach((folder, i) => { sources[`compare${i + 1}`] = resolve(folder); });
for (const [name, path] of Object.entries(sources)) if (!existsSync(path)) throw new Error(`${name}: no ${path}`);
const servers = {};
for (const [name, path] of Object.entries(sources)) {
  servers[name] = await servePrecompressed(stageFolder(join(root, 'build/bench/served-click', name), [[path, '.']]));
}

// Where to click: the widget alternates between two roles (each click changes the profile shown);
// the example shows a window whatever happens, so any point of it will do.
async function targets(page, name) {  // name: widget, baseline or compareN (a widget)
  if (name === 'baseline') return [{ x: 200, y: 150 }, { x: 220, y: 170 }];
  await page.waitForFunction(() => window.careerExplorer?.getState().status === 'ready', null, { timeout: 60000 });
  const centre = async (item) => {
    const r = await page.evaluate((n) => window.careerExplorer.itemRect(n), item);
    if (!r) throw new Error(`widget: ${item} is not on screen`);
    return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
  };
  return [await centre('role/mlops-engineer'), await centre('role/genai-engineer')];
}

async function measureClicks(browser, url, name) {
  const context = await browser.newContext({ viewport, screen });
  await context.addInitScript({ path: probeScript });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => self.__clickProbe.drawn, null, { timeout: 60000 });
  const points = await targets(page, name);
  await page.waitForTimeout(1000);  // past the start-up frames
  for (let i = 0; i < clicks; i++) {
    const p = points[i % points.length];
    await page.mouse.move(p.x, p.y);
    await page.waitForTimeout(150);  // hover frames are over before the press
    await page.mouse.click(p.x, p.y);
    await page.waitForTimeout(350);
  }
  const result = await page.evaluate(() => self.__clickProbe.results());
  await context.close();
  return result;
}

const pages = Object.fromEntries(Object.keys(sources).map((n) => [n, { drawn: [], presented: [], under16: 0, clicks: 0 }]));
try {
  for (let round = 1; round <= runs; round++) {
    for (const name of Object.keys(sources)) {
      const browser = await launch();
      try {
        const r = await measureClicks(browser, servers[name].url, name);
        const p = pages[name];
        p.drawn.push(...r.drawn);
        p.presented.push(...r.presented);
        p.under16 += r.under16;
        p.clicks += r.clicks;
        console.error(`run ${round}/${runs} ${name}: ${r.clicks} clicks, drawn median ${fmt(median(r.drawn))} ms, ` +
                      `presented median ${fmt(median(r.presented))} ms (${r.under16} under 16 ms)`);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  for (const s of Object.values(servers)) await s.close();
}

console.log(`\nA click's frame: ${runs} interleaved rounds, ${clicks} clicks per load, headless Chromium (SwiftShader)`);
const names = Object.keys(pages);
const titles = { widget: 'widget', baseline: 'stock example' };
compared.forEach((folder, i) => { titles[`compare${i + 1}`] = folder.split('/').filter(Boolean).pop().slice(-15); });
console.log(`${'from pointerup [ms]'.padEnd(38)} ${names.map((n) => titles[n].padStart(15)).join(' ')}`);
const row = (label, f) => console.log(`${label.padEnd(38)} ${names.map((n) => f(pages[n]).padStart(15)).join(' ')}`);
row('drawn: median', (p) => fmt(median(p.drawn)));
row('drawn: 90th percentile', (p) => fmt(quantile(p.drawn, 0.9)));
row('presented (Event Timing): median', (p) => fmt(median(p.presented.concat(Array(p.under16).fill(0))), true));
row('presented: 90th percentile', (p) => fmt(quantile(p.presented.concat(Array(p.under16).fill(0)), 0.9), true));
row('clicks measured / presented under 16', (p) => `${p.clicks}/${p.under16}`);
console.log('(a presented figure of "<16" means the median click was presented within 16 ms)');

function median(list) { return quantile(list, 0.5); }
function quantile(list, q) {
  if (!list.length) return null;
  const s = [...list].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
function fmt(x, presented = false) {
  if (x === null) return '-';
  if (presented && x < 16) return '<16';
  return (Math.round(x * 10) / 10).toFixed(1);
}
