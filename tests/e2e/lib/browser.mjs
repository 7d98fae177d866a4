// Launches Debian's Chromium headless with WebGL2 on SwiftShader, and the flags that keep it
// quiet on a machine without network (see docs/architecture.md, "Toolchain").
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
