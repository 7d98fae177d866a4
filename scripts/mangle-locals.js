// Shortens the local names in a script whose code all sits inside functions: Emscripten's
// generated glue (career-explorer.js, where everything lives in the createCareerExplorer
// factory: the runtime's helpers, our JS libraries' CE and CELayer objects, their parameters and
// variables) and the host page's app.js (one function run at once). Each local becomes one or
// two letters: about a third of their bytes and a fifth of their brotli bytes
// (docs/architecture.md, "Size").
//
// Why not Emscripten's `--closure 1`? Debian's Emscripten ships no Closure Compiler (Debian's own
// closure-compiler package is from 2013 and reads no ES2015), and the npm one needs Java or a
// downloaded binary at build time. This uses only what Emscripten itself ships: acorn (Debian's)
// to parse and the terser copy in Emscripten's third_party to rename and print.
//
// Safe because only local bindings are renamed: object properties never are, so
// `Module['_ce_…']`, `widget.UTF8ToString`, `Module['storageKey']`, `window.careerExplorer` and
// the import object's string keys are untouched; top-level names are kept (checked below); and
// neither script looks a local up by its name at run time (no eval, no `with`: the build has
// -sDYNAMIC_EXECUTION=0, and the page's CSP allows no eval).
//
// Usage: NODE_PATH=/usr/share/nodejs node scripts/mangle-locals.js IN.js > OUT.js
'use strict';
const fs = require('fs');
const acorn = require('acorn');
const terser = require('/usr/share/emscripten/third_party/terser/terser.js');

if (process.argv.length !== 3) {
  process.stderr.write('usage: mangle-locals.js IN.js > OUT.js\n');
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

const source = fs.readFileSync(process.argv[2], 'utf8');
const ast = terser.AST_Node.from_mozilla_ast(acorn.parse(source, {ecmaVersion: 2021}));
ast.figure_out_scope({});
// Sets up terser's name alphabet (most frequent letters first), which mangle_names needs.
ast.compute_char_frequency({});
ast.mangle_names({toplevel: false});
const out = ast.print_to_string({beautify: false});
if (topLevelNames(out) !== topLevelNames(source)) {
  process.stderr.write(`mangle-locals: ${process.argv[2]}: the top-level names changed\n`);
  process.exit(1);
}
process.stdout.write(out + '\n');
