// The example article (dist/examples/blog-post.html) served from its own origin, with its
// snippet pointing at the widget served from another: the blog setup several browser tests share.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveFolder } from './server.mjs';

export const BLOG = '/examples/blog-post.html';

// Returns { widget, blog, articleUrl, close } for the build in `dist`.
export async function serveBlog(dist) {
  const widget = await serveFolder(dist, { cors: true });
  const html = (await readFile(join(dist, 'examples', 'blog-post.html'), 'utf8'))
    .replace('src="../embed.js"', `src="${widget.url}embed.js"`);
  const blog = await serveFolder(dist, { override: (p) => (p === BLOG ? html : undefined) });
  return {
    widget, blog, articleUrl: blog.url + BLOG.slice(1),
    close: async () => { await widget.close(); await blog.close(); },
  };
}
