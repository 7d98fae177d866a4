import { launch } from './lib/browser.mjs';
import { serveBlog } from './lib/blog.mjs';
import { newPage } from './lib/widget-page.mjs';
const [dist, out] = process.argv.slice(2);
const site = await serveBlog(dist);
const browser = await launch();
for (const [w, h] of [[1000, 700], [360, 640]]) for (const scheme of ['light', 'dark']) {
  const p = await newPage(browser, { width: w, height: h, colorScheme: scheme });
  await p.page.goto(site.articleUrl);
  const frame = p.page.locator('iframe').first();
  await frame.scrollIntoViewIfNeeded();
  await p.page.waitForTimeout(2500);
  const y0 = await p.page.evaluate(() => scrollY);
  const box = await frame.boundingBox();
  await p.page.screenshot({ path: `${out}/blog-${w}-${scheme}.png` });
  await p.page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, h - box.y) / 2);
  for (let i = 0; i < 12; i++) { await p.page.mouse.wheel(0, 300); await p.page.waitForTimeout(50); }
  await p.page.waitForTimeout(500);
  console.log(w, scheme, 'frame', JSON.stringify(box), 'article scrollY', y0, '->', await p.page.evaluate(() => scrollY), 'errors', JSON.stringify(p.errors));
  await p.context.close();
}
await browser.close(); await site.close();
