// Launches Debian's Chromium headless with WebGL2 on SwiftShader, and the flags that keep it
// quiet on a machine without network (see DESIGN.md). Also: pixel statistics of a screenshot.
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

// Opens `url` and waits for the widget's ready event. Collects console errors and page errors.
export async function openWidget(browser, url, { width = 1000, height = 700, colorScheme = 'light',
                                                 deviceScaleFactor = 1, route } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme,
                                             deviceScaleFactor });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (route) await route(page);
  const ready = page.evaluate(() => new Promise((ok) => {
    if (window.careerExplorer) ok(); else window.addEventListener('careerexplorer:ready', () => ok());
  })).catch(() => {});
  await page.goto(url);
  return { context, page, errors, ready };
}

export async function waitReady(page, timeout = 20000) {
  await page.waitForFunction(() => window.careerExplorer !== undefined, null, { timeout });
}

// Decodes a PNG in the browser (no image library needed) and returns how many distinct colours
// it has and the share of pixels that differ from the top-left pixel (the background).
export async function pixelStats(browser, png) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, img.width, img.height);
    const colours = new Set();
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      const c = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      if (colours.size < 5000) colours.add(c);
      if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) +
          Math.abs(data[i + 2] - data[2]) > 30) differing++;
    }
    return { distinctColours: colours.size, changedShare: differing / (data.length / 4),
             width: img.width, height: img.height, background: [data[0], data[1], data[2]] };
  }, png.toString('base64'));
  await context.close();
  return stats;
}
