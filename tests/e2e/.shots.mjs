import { launch } from './lib/browser.mjs';
import { serveFolder } from './lib/server.mjs';
import { newPage, waitWidgetReady, waitIdle, state } from './lib/widget-page.mjs';
const browser = await launch();
const server = await serveFolder(new URL('../../dist', import.meta.url).pathname);
const shots = [
  ['skills-360', 'v1;view=skills;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.3', 360, 640, 'light'],
  ['skills-1000-dark', 'v1;view=skills;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.3', 1000, 700, 'dark'],
  ['paths-1000-dark', 'v1;view=compare;mode=paths;psort=hours;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.2,data-management.2,stakeholder-communication.2,feature-engineering.1,machine-learning.1,ai-literacy.1,storytelling.1', 1000, 700, 'dark'],
  ['paths-360', 'v1;view=compare;mode=paths;psort=hours;job=data-analyst;skills=statistics.3,analytical-thinking.3,business-analysis.3,python.2,data-management.2,stakeholder-communication.2,feature-engineering.1,machine-learning.1,ai-literacy.1,storytelling.1', 360, 640, 'light'],
  ['pair-1000', 'v1;view=compare;mode=pair;skills=python.2,nlp.1', 1000, 700, 'light'],
  ['pair-360', 'v1;view=compare;mode=pair;skills=python.2,nlp.1', 360, 640, 'light'],
  ['paths-empty-360', 'v1;view=compare;mode=paths', 360, 640, 'dark'],
];
for (const [name, frag, width, height, colorScheme] of shots) {
  const w = await newPage(browser, { width, height, colorScheme });
  await w.page.goto(`${server.url}#${frag}`);
  await waitWidgetReady(w.page);
  for (let i = 0; i < 200; i++) { const s = await state(w.page); if (s.paths.every((r) => !r.planning) || s.compareMode !== 'paths') break; await new Promise((r) => setTimeout(r, 100)); }
  await waitIdle(w.page);
  await w.page.screenshot({ path: `/tmp/compare-shots/${name}.png` });
  if (w.errors.length) console.log(name, w.errors);
  await w.context.close();
}
await browser.close(); await server.close();
