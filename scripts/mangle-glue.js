// Shortens the local names in Emscripten's generated glue (career-explorer.js): every name
// declared inside the createCareerExplorer factory — the runtime's helpers, our JS libraries'
// CE and CELayer objects, their functions' parameters and variables — becomes one or two
// letters. About a third of the glue's bytes and a fifth of its brotli bytes (docs/architecture.md,
// "Size").
//
// Why not Emscripten's `--closure 1`? Debian's Emscripten ships no Closure Compiler (its own
// closure-compiler package is from 2013 and reads no ES2015), and the npm one needs Java or a
// downloaded binary at build time. This uses only what Emscripten itself ships: acorn (Debian's)
// to parse and the terser copy in Emscripten's third_party to rename and print.
//
// Safe because renaming is only of local bindings: object properties are never renamed, so
// `Module['_ce_…']`, `widget.UTF8ToString`, `Module['storageKey']` and the import object's
// string keys are untouched; the one global, createCareerExplorer, is top level and kept; and
// the glue never looks a local up by its name at run time (no eval, no `with`: the build has
// -sDYNAMIC_EXECUTION=0).
//
// Usage: NODE_PATH=/usr/share/nodejs node scripts/mangle-glue.js IN.js > OUT.js
'use strict';
const fs = require('fs');
const acorn = require('acorn');
const terser = require('/usr/share/emscripten/third_party/terser/terser.js');

if (process.argv.length !== 3) {
  process.stderr.write('usage: mangle-glue.js IN.js > OUT.js\n');
  process.exit(2);
}
const source = fs.readFileSync(process.argv[2], 'utf8');
const ast = terser.AST_Node.from_mozilla_ast(acorn.parse(source, {ecmaVersion: 2021}));
ast.figure_out_scope({});
// Sets up terser's name alphabet (most frequent letters first), which mangle_names needs.
ast.compute_char_frequency({});
ast.mangle_names({toplevel: false});
const out = ast.print_to_string({beautify: false});
// The factory must still be there under its name: app.js calls window.createCareerExplorer.
if (!/^var createCareerExplorer=/.test(out)) {
  process.stderr.write('mangle-glue: the output does not start with var createCareerExplorer=\n');
  process.exit(1);
}
process.stdout.write(out + '\n');
