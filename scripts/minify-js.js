// Minifies a script that ships: Emscripten's generated glue (career-explorer.js, where everything
// lives in the createCareerExplorer factory: the runtime's helpers, our JS libraries' CE and
// CELayer objects), the host page's app.js, embed.js and sw.js. Terser (Debian's node-terser)
// drops comments, whitespace and code nothing calls (the glue's XHR loaders, for one), folds
// what it can, and shortens local names. Against renaming locals only, the glue loses ~0.9 KB
// brotli more (docs/architecture.md, "Size").
//
// Safe because the only properties renamed are our JS libraries' own: the members of the objects
// they define (`$CE`, `$CELayer`, `$CEFonts`, `$CEGL` in src/web/library_*.js, which the glue
// declares as `var CE = {…}` inside its factory, out of every other script's reach), and of
// those only the names the script uses nowhere else: never on another object, as another object
// literal's key, or in a string (libraryMembers below). Everything else keeps its name:
// `Module['_ce_…']`, `widget.UTF8ToString`, the fields of the JSON the wasm hands the semantic
// layer, the events' `detail`, the import object's keys and every DOM property. Top-level names
// are kept (checked below: other scripts call them); and no script looks a local up by its name
// at run time (no eval, no `with`: the build has -sDYNAMIC_EXECUTION=0 and the page's CSP allows
// no eval). The output is ES5 wherever the input is (`ecma: 5`): app.js and embed.js must still
// parse in a browser too old to run the widget, to say so.
//
// Renaming those members took the glue from 13.5 to 13.1 KB brotli.
//
// Why not Emscripten's `--closure 1`? Debian's Emscripten ships no Closure Compiler; the npm one
// is a 219 MB download (or Java), and its advanced mode renames properties: every field the wasm
// sends as JSON, every event detail app.js reads and every DOM property missing from its 2022
// externs would have to be quoted or declared by hand. Measured: ~1.1 KB brotli less than this.
//
// With --es2015 (the glue only: it is loaded after app.js has found WebGL 2, and every browser
// with WebGL 2 runs ES2015) function expressions that do not use `this` or `arguments` become
// arrows, and an object literal's function members methods: 13.2 to 13.0 KB brotli. Neither has
// a prototype or can be called with `new`; the script refuses input that does either to a
// name it assigns a function expression to (unconstructible below), the one way the change
// could break it.
//
// With --glue (Emscripten's glue, career-explorer.js; implies --es2015) the glue is trimmed first
// (shortExportWrappers, unusedModuleFields).
//
// Usage: NODE_PATH=/usr/share/nodejs node scripts/minify-js.js [--es2015 | --glue] IN.js > OUT.js
'use strict';
const fs = require('fs');
const acorn = require('acorn');
const walk = require('acorn-walk');
const terser = require('terser');

const glue = process.argv[2] === '--glue';
const modern = glue || process.argv[2] === '--es2015';
const input = process.argv[modern ? 3 : 2];
if (process.argv.length !== (modern ? 4 : 3)) {
  process.stderr.write('usage: minify-js.js [--es2015 | --glue] IN.js > OUT.js\n');
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

// The members of our libraries' objects (`var CE = {…}`, `var CELayer = {…}`, …) that may be
// renamed: each is only ever used as `CE.member`, `CELayer.member`, … or as a key of that
// object's own literal. A name also used on any other object (`this.root`, `ctx.canvas`), as a
// key of another literal or in a string anywhere is left as it is.
function libraryMembers(ast) {
  const isLibrary = (name) => /^CE[A-Z]?[A-Za-z]*$/.test(name);
  const members = new Set();
  const ownKeys = new Set();  // the Property nodes of the libraries' own literals
  walk.full(ast, (node) => {
    if (node.type !== 'VariableDeclarator' || !node.init || node.init.type !== 'ObjectExpression' ||
        !isLibrary(node.id.name)) {
      return;
    }
    for (const property of node.init.properties) {
      if (property.type !== 'Property' || property.computed) continue;
      ownKeys.add(property);
      members.add(property.key.name ?? String(property.key.value));
    }
  });
  const usedElsewhere = new Set();
  walk.full(ast, (node) => {
    if (node.type === 'MemberExpression') {
      if (node.computed) return;
      if (!(node.object.type === 'Identifier' && isLibrary(node.object.name))) usedElsewhere.add(node.property.name);
    } else if (node.type === 'Property' && !ownKeys.has(node)) {
      usedElsewhere.add(node.key.name ?? String(node.key.value));
    } else if (node.type === 'Literal' && typeof node.value === 'string') {
      usedElsewhere.add(node.value);
    } else if (node.type === 'TemplateElement') {
      usedElsewhere.add(node.value.cooked);
    }
  });
  return [...members].filter((name) => !usedElsewhere.has(name)).sort();
}

// Names the script assigns a function expression to (`var f = function …`, `o.f = function …`)
// and then calls with `new` or reads the prototype of: as an arrow or a method it would have
// neither. Returns the first such name, or null.
function unconstructible(ast) {
  const nameOf = (node) => node.type === 'Identifier' ? node.name
    : node.type === 'MemberExpression' && !node.computed ? node.property.name : null;
  const assigned = new Set();
  walk.full(ast, (node) => {
    const [target, value] = node.type === 'VariableDeclarator' ? [node.id, node.init]
      : node.type === 'AssignmentExpression' ? [node.left, node.right]
      : node.type === 'Property' ? [node.key, node.value] : [null, null];
    if (target && value && value.type === 'FunctionExpression' && nameOf(target)) assigned.add(nameOf(target));
  });
  let found = null;
  walk.full(ast, (node) => {
    const name = node.type === 'NewExpression' ? nameOf(node.callee)
      : node.type === 'MemberExpression' && !node.computed && node.property.name === 'prototype' ? nameOf(node.object)
      : null;
    if (!found && name && assigned.has(name)) found = name;
  });
  return found;
}

// Emscripten 3.1.6 gives every export of the wasm a wrapper of its own, which looks the export up
// on its first call and then puts it in its own place:
//   var _f=Module["_f"]=function(){return(_f=Module["_f"]=Module["asm"]["x"]).apply(null,arguments)};
// Forty-five of them, each naming its export three times. One helper makes each
//   var _f=Module["_f"]=ceExport("x");
// whose calls look the export up every time (one property read): 0.13 KB brotli less. The glue's
// text is checked: with another form of wrapper (a new Emscripten) the build stops here.
function shortExportWrappers(source) {
  const wrapper = /var (\w+)=Module\["\1"\]=function\(\)\{return\(\1=Module\["\1"\]=Module\["asm"\]\["(\w+)"\]\)\.apply\(null,arguments\)\};/g;
  let count = 0;
  const out = source.replace(wrapper, (all, name, exported) =>
    (count++ ? '' : 'function ceExport(name){return(...args)=>Module["asm"][name](...args)}') +
    `var ${name}=Module["${name}"]=ceExport("${exported}");`);
  if (count < 10 || /Module\["asm"\]\["\w+"\]\)\.apply/.test(out)) {
    throw new Error(`the wasm exports' wrappers are not the expected ones (${count} found): has Emscripten changed?`);
  }
  return out;
}

// The glue also hands the page every view of the wasm's memory (Module.HEAP8 … HEAPF64) and two
// empty objects for its file preloading, which the widget does not have, and has a loader the
// page never uses (below). The page (web/app.js) reads HEAPU8 and HEAPF32; the other views stay
// the runtime's own (our libraries read HEAP32 by its own name), and terser leaves out what
// nothing reads. Each text is checked as above.
function unusedModuleFields(source) {
  let out = source;
  const drop = (text, by) => {
    if (out.split(text).length !== 2) throw new Error(`the glue has not one "${text}": has Emscripten changed?`);
    out = out.replace(text, by);
  };
  for (const view of ['HEAP8', 'HEAP16', 'HEAP32', 'HEAPU16', 'HEAPU32', 'HEAPF64']) drop(`Module["${view}"]=${view}=`, `${view}=`);
  drop('Module["preloadedImages"]={};', '');
  drop('Module["preloadedAudios"]={};', '');
  // The runtime's own loader of the wasm (fetch, streaming or not, then instantiate) runs only
  // when the page hands it no compiled module, and web/app.js always hands it one
  // (Module.instantiateWasm): without a call, terser leaves that code out (0.36 KB brotli). A
  // page that gave none would be told at once, as any failure to start is.
  drop('instantiateAsync().catch(readyPromiseReject);return{}',
       'abort("no compiled module was handed to the runtime (Module.instantiateWasm)");return{}');
  return out;
}

async function main() {
  const read = fs.readFileSync(input, 'utf8');
  const source = glue ? unusedModuleFields(shortExportWrappers(read)) : read;
  const ast = acorn.parse(source, {ecmaVersion: 2021});
  const members = libraryMembers(ast);
  const constructed = modern ? unconstructible(ast) : null;
  if (constructed) throw new Error(`--es2015: ${constructed} is a function expression called with new or given a prototype`);
  const result = await terser.minify(source, {
    ecma: modern ? 2015 : 5,
    toplevel: false,
    compress: modern ? {passes: 3, unsafe_arrows: true, unsafe_methods: true} : {passes: 3},
    mangle: members.length
      ? {properties: {regex: new RegExp(`^(${members.join('|')})$`), keep_quoted: true}}
      : true,
    format: {comments: false},
  });
  if (topLevelNames(result.code) !== topLevelNames(source)) {
    throw new Error('the top-level names changed');
  }
  process.stdout.write(result.code + '\n');
}

main().catch((error) => {
  process.stderr.write(`minify-js: ${input}: ${error.message || error}\n`);
  process.exit(1);
});
