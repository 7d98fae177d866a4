// One measured first load of one page, in a fresh browser context (empty cache, no service
// worker yet). Returns the assets it loaded, the first-draw time and the idle figures. Asset
// sizes come from the served files (sizesOf(pathname) -> { raw, brotli, gzip }, see
// precompressed.mjs): nothing is compressed while the page loads.
import { fileURLToPath } from 'node:url';

const probeScript = fileURLToPath(new URL('./draw-probe.js', import.meta.url));

// Same window for both pages: the baseline's canvas fills it, the widget's host page lays
// itself out in it. The screen is larger than the window, as on a desktop: Emscripten 3.1.6's
// GLFW asks for fullscreen when a window is resized to exactly the screen size (Playwright's
// default screen equals the viewport), which the browser refuses with a page error.
const viewport = { width: 1280, height: 800 };
const screen = { width: 1920, height: 1080 };

// NETWORK=10mbit or NETWORK=slow-4g: the page loads through Chromium's network emulation, so that
// fewer bytes count as they would on a real link (localhost makes them nearly free). Latency is
// added to each request; throughput applies to the bytes as sent (brotli here).
export const networks = {
  '10mbit': { latency: 20, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 },
  'slow-4g': { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 },
};
export const network = process.env.NETWORK || '';
if (network && !networks[network]) {
  throw new Error(`NETWORK=${network}: one of ${Object.keys(networks).join(', ')}`);
}

export const settleMs = 1000;
export const idleMs = 5000;

export async function measurePage(browser, url, sizesOf) {
  const context = await browser.newContext({ viewport, screen });
  await context.addInitScript({ path: probeScript });
  const page = await context.newPage();

  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  // Every response the context sees (the page's and any service worker's), read as it arrives.
  const pending = [];
  context.on('response', (response) => pending.push(readAsset(response, sizesOf)));

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...networks[network] });
  }

  // The probe reports the first draw through a binding: waiting with page.waitForFunction would
  // evaluate in the page at every animation frame while it starts (its first evaluation injects
  // Playwright's utility script, 7-12 ms of main-thread work in the middle of the start-up).
  let firstDrawn;
  const drawn = new Promise((ok) => { firstDrawn = ok; });
  await context.exposeBinding('__benchFirstDrawn', () => firstDrawn());
  await page.goto(url, { waitUntil: 'load' });
  let timer;
  await Promise.race([drawn, new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${url}: no first draw within 60 s`)), 60000);
  })]).finally(() => clearTimeout(timer));
  await page.waitForTimeout(settleMs);

  const before = await snapshot(page, cdp);
  await page.waitForTimeout(idleMs);
  const after = await snapshot(page, cdp);

  const assets = dedupe((await Promise.all(pending)).filter(Boolean));
  for (const a of assets) a.loadedAtMs = round(before.loadedAt[a.url] ?? null);
  await context.close();

  // What the page itself received; failed loads (404s) are listed but not counted.
  const pageAssets = assets.filter((a) => !a.byServiceWorker && a.status < 400);
  return {
    firstDrawMs: round(before.probe.firstDrawMs),
    firstClearMs: round(before.probe.firstClearMs),
    loadEventMs: round(before.probe.loadMs),
    readyEventMs: round(before.probe.readyMs),
    phases: Object.fromEntries(Object.entries(before.phases).map(([k, v]) => [k, round(v)])),
    idle: {
      seconds: idleMs / 1000,
      clears: after.probe.clears - before.probe.clears,
      drawTasks: after.probe.drawTasks - before.probe.drawTasks,
      drawCalls: after.probe.draws - before.probe.draws,
      ownFrameCounter: before.ownFrames === null ? null : after.ownFrames - before.ownFrames,
      mainThreadBusyMs: round((after.taskDuration - before.taskDuration) * 1000),
    },
    assets,
    rawBytes: sum(pageAssets, 'raw'),
    brotliBytes: sum(pageAssets, 'brotli'),
    gzipBytes: sum(pageAssets, 'gzip'),
    errors,
  };
}

async function readAsset(response, sizesOf) {
  const request = response.request();
  const sizes = response.status() < 400 ? sizesOf(new URL(response.url()).pathname) : null;
  if (response.status() < 400 && !sizes) return null;  // not a file (a redirect, a data: URL)
  return {
    url: response.url(),
    status: response.status(),
    raw: sizes ? sizes.raw : 0,
    brotli: sizes ? sizes.brotli : 0,
    gzip: sizes ? sizes.gzip : 0,
    servedAs: (await response.allHeaders())['content-encoding'] || 'identity',
    // Fetched by a service worker (e.g. a precache on install) rather than by the page itself.
    byServiceWorker: request.serviceWorker() !== null,
  };
}

// A URL fetched twice (page, then a service worker's precache) counts once, as the page's.
function dedupe(assets) {
  const byUrl = new Map();
  for (const a of assets) {
    const seen = byUrl.get(a.url);
    if (!seen || (seen.byServiceWorker && !a.byServiceWorker)) byUrl.set(a.url, a);
  }
  return [...byUrl.values()];
}

async function snapshot(page, cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskDuration = metrics.find((m) => m.name === 'TaskDuration').value;  // seconds
  const state = await page.evaluate(() => ({
    probe: { ...self.__benchProbe },
    // When each asset finished arriving (ms from navigation start): shows what the first
    // draw waited for.
    // The widget's start-up milestones (web/app.js, mark()), ms from navigation start.
    phases: Object.fromEntries(performance.getEntriesByType('mark')
      .filter((e) => e.name.startsWith('careerexplorer:'))
      .map((e) => [e.name.slice('careerexplorer:'.length), e.startTime])),
    loadedAt: Object.fromEntries(performance.getEntriesByType('navigation')
      .concat(performance.getEntriesByType('resource')).map((e) => [e.name, e.responseEnd])),
    // The widget's own frame counter, read only to cross-check the clear count.
    ownFrames: self.careerExplorer && typeof self.careerExplorer.frameCount === 'function'
      ? self.careerExplorer.frameCount() : null,
  }));
  return { ...state, taskDuration };
}

const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
