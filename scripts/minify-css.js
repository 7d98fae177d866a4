// Minifies the host page's style.css with clean-css (Debian's node-clean-css) at level 1: comments
// and whitespace go, numbers and colours are written shorter, and no rule is merged or moved, so
// the cascade is the one web/style.css reads as (8.2 to 4.0 KB, 2.4 to 1.1 KB brotli). A warning
// or error from it (a rule it cannot parse) fails the build rather than ship a changed sheet.
// Usage: NODE_PATH=/usr/share/nodejs node scripts/minify-css.js IN.css > OUT.css
'use strict';
const fs = require('fs');
const CleanCSS = require('clean-css');

if (process.argv.length !== 3) {
  process.stderr.write('usage: minify-css.js IN.css > OUT.css\n');
  process.exit(2);
}
const result = new CleanCSS({level: 1}).minify(fs.readFileSync(process.argv[2], 'utf8'));
const problems = result.errors.concat(result.warnings);
if (problems.length) {
  process.stderr.write(`minify-css: ${process.argv[2]}:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(result.styles + '\n');
