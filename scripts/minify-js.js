// Minifies a script that ships: Emscripten's generated glue (career-explorer.js, where everything
// lives in the createCareerExplorer factory: the runtime's helpers, our JS libraries' CE and
// CELayer objects), the host page's app.js, embed.js and sw.js. Terser (Debian's node-terser)
// drops comments, whitespace and code nothing calls (the glue's XHR loaders, for one), folds
// what it can, and shortens local names. Against renaming locals only, the glue loses ~0.9 KB
// brotli more (docs/architecture.md, "Size").
//
// Safe because no property is ever renamed: `Module['_ce_…']`, `widget.UTF8ToString`, the fields
// of the JSON the wasm hands the semantic layer, the events' `detail` and the import object's
// keys all keep their names; top-level names are kept (checked below: other scripts call them);
// and no script looks a local up by its name at run time (no eval, no `with`: the build has
// -sDYNAMIC_EXECUTION=0 and the page's CSP allows no eval). The output is ES5 wherever the input
// is (`ecma: 5`): app.js and embed.js must still parse in a browser too old to run the widget,
// to say so.
//
// Why not Emscripten's `--closure 1`? Debian's Emscripten ships no Closure Compiler; the npm one
// is a 219 MB download (or Java), and its advanced mode renames properties: every field the wasm
// sends as JSON, every event detail app.js reads and every DOM property missing from its 2022
// externs would have to be quoted or declared by hand. Measured: ~1.1 KB brotli less than this.
//
// Usage: NODE_PATH=/usr/share/nodejs node scripts/minify-js.js IN.js > OUT.js
'use strict';
const fs = require('fs');
const acorn = require('acorn');
const terser = require('terser');

if (process.argv.length !== 3) {
  process.stderr.write('usage: minify-js.js IN.js > OUT.js\n');
  process.exit(2);
}

// The names a script declares at its top level: what other scripts may call it by.
function topLevelNames(code) {
  const names = [];
  for (const node of acorn.parse(code, {ecmaVersion: 2021}).body) {
    if (node.type === 'VariableDeclaration') node.declarations.forEach((d) => names.push(d.id.name));
    if (node.type === 'FunctionDeclaration') names.push(node.id.name);
  }
  return names.sort().join(',');
}

async function main() {
  const source = fs.readFileSync(process.argv[2], 'utf8');
  const result = await terser.minify(source, {
    ecma: 5,
    toplevel: false,
    compress: {passes: 2},
    mangle: true,
    format: {comments: false},
  });
  if (topLevelNames(result.code) !== topLevelNames(source)) {
    throw new Error('the top-level names changed');
  }
  process.stdout.write(result.code + '\n');
}

main().catch((error) => {
  process.stderr.write(`minify-js: ${process.argv[2]}: ${error.message || error}\n`);
  process.exit(1);
});
