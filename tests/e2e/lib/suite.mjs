// The set-up most browser test files share: one Chromium and dist/ served on a local port (or,
// for the tests in the example article, its two origins: lib/blog.mjs), up before the file's
// first test and closed after its last. `ready` receives them once they are up.
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';
import { launch } from './browser.mjs';
import { serveBlog } from './blog.mjs';
import { serveFolder } from './server.mjs';

// ready(browser, server); `artifacts`: a folder for the file's screenshots, made first.
export function servesDist(dist, ready, { artifacts } = {}) {
  let browser;
  let server;
  before(async () => {
    if (artifacts) await mkdir(artifacts, { recursive: true });
    server = await serveFolder(dist);
    browser = await launch();
    ready(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

// ready(browser, site): site.widget and site.blog are the two origins.
export function servesBlog(dist, ready) {
  let browser;
  let site;
  before(async () => {
    browser = await launch();
    site = await serveBlog(dist);
    ready(browser, site);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
}
