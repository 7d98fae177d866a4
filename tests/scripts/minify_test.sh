#!/usr/bin/env bash
# The minifiers scripts/assemble-dist.sh ships the page's files through: what they keep (names
# other code relies on, behaviour, text), what they drop, and what they refuse.
source "$(dirname "$0")/checks.sh"
scripts="$(cd "$(dirname "$0")/../../scripts" && pwd)"
export NODE_PATH=/usr/share/nodejs

# --- minify-js.js: properties, top-level names and behaviour stay; comments and dead code go.
cat > "$work/in.js" <<'JS'
// A comment that must not ship.
var createThing = (function () {
  function unused() { return 'never called, never shipped'; }
  function describe(node) {
    /* Fields as the wasm's JSON names them: renaming one would break the page. */
    return [node.expanded, node.groupLabel, node['valueText'], node.controls].join('|');
  }
  return function (json) { return describe(JSON.parse(json)); };
})();
function topLevelHelper() { return createThing('{"expanded":true,"groupLabel":"g","valueText":"v","controls":"c"}'); }
JS
node "$scripts/minify-js.js" "$work/in.js" > "$work/out.js"
check "minify-js runs" test -s "$work/out.js"
check "minify-js drops comments" bash -c "! grep -q 'must not ship\|wasm.s JSON' '$work/out.js'"
check "minify-js drops a function nothing calls" bash -c "! grep -q 'never called' '$work/out.js'"
check "minify-js keeps JSON field names" grep -qE '\.expanded\b.*\.groupLabel\b.*\.valueText\b.*\.controls\b' "$work/out.js"
check "minify-js keeps what the code does" \
  bash -c "[ \"\$(node -e \"\$(cat '$work/out.js'); console.log(topLevelHelper())\")\" = 'true|g|v|c' ]"
check "minify-js writes ES5 for ES5 input (old browsers must parse the page's scripts)" \
  bash -c "! grep -qE '=>|\\blet |\\bconst ' '$work/out.js'"
# --es2015 (the glue): function expressions become arrows and keep their behaviour; one that is
# constructed or has its prototype read would break as an arrow, so such input is refused.
node "$scripts/minify-js.js" --es2015 "$work/in.js" > "$work/modern.js"
check "minify-js --es2015 writes arrows" grep -q '=>' "$work/modern.js"
check "minify-js --es2015 keeps what the code does" \
  bash -c "[ \"\$(node -e \"\$(cat '$work/modern.js'); console.log(topLevelHelper())\")\" = 'true|g|v|c' ]"
printf 'var Thing = function () {};\nfunction make() { return new Thing(); }\n' > "$work/constructed.js"
check "minify-js --es2015 refuses a function expression called with new" \
  bash -c "! node '$scripts/minify-js.js' --es2015 '$work/constructed.js' > /dev/null 2>&1"
printf 'var o = { f: function () {} };\nfunction p() { return o.f.prototype; }\n' > "$work/prototype.js"
check "minify-js --es2015 refuses a method whose prototype is read" \
  bash -c "! node '$scripts/minify-js.js' --es2015 '$work/prototype.js' > /dev/null 2>&1"
check "minify-js without --es2015 takes the same input" \
  bash -c "node '$scripts/minify-js.js' '$work/constructed.js' > /dev/null"
# --glue (Emscripten's glue): the exports' wrappers become one helper's calls, the memory views
# the page does not read leave Module, and the runtime's own wasm loader goes; what the page
# calls still works, and glue of another shape is refused.
{
  echo 'var createGlue = function (Module) {'
  echo 'var HEAP8,HEAP16,HEAP32,HEAPU8,HEAPU16,HEAPU32,HEAPF32,HEAPF64;function views(buf){Module["HEAP8"]=HEAP8=new Int8Array(buf);Module["HEAP16"]=HEAP16=new Int16Array(buf);Module["HEAP32"]=HEAP32=new Int32Array(buf);Module["HEAPU8"]=HEAPU8=new Uint8Array(buf);Module["HEAPU16"]=HEAPU16=new Uint16Array(buf);Module["HEAPU32"]=HEAPU32=new Uint32Array(buf);Module["HEAPF32"]=HEAPF32=new Float32Array(buf);Module["HEAPF64"]=HEAPF64=new Float64Array(buf)}'
  echo 'Module["preloadedImages"]={};Module["preloadedAudios"]={};function abort(what){throw new Error(what)}function readyPromiseReject(e){}'
  echo 'function instantiateAsync(){return Promise.resolve("the runtime loader, never shipped")}'
  echo 'function createWasm(){var info={};if(Module["instantiateWasm"]){Module["asm"]=Module["instantiateWasm"](info);return{}}instantiateAsync().catch(readyPromiseReject);return{}}'
  echo 'views(new ArrayBuffer(8));createWasm();'
  for i in 0 1 2 3 4 5 6 7 8 9 10; do
    echo "var _f$i=Module[\"_f$i\"]=function(){return(_f$i=Module[\"_f$i\"]=Module[\"asm\"][\"x$i\"]).apply(null,arguments)};"
  done
  echo 'return Module; };'
  echo 'function callGlue() { var m = createGlue({instantiateWasm: function () { return {x3: function (a, b) { return a + b; }}; }}); return [m._f3(2, 5), typeof m.HEAPU8, typeof m.HEAPF32, typeof m.HEAP16, "preloadedImages" in m].join(); }'
  echo 'function callGlueWithout() { try { createGlue({}); return "ran"; } catch (e) { return e.message; } }'
} > "$work/glue.js"
node "$scripts/minify-js.js" --glue "$work/glue.js" > "$work/glue.min.js"
check "minify-js --glue: the page's calls reach the exports, and the views it reads stay" \
  bash -c "[ \"\$(node -e \"\$(cat '$work/glue.min.js'); console.log(callGlue())\")\" = '7,object,object,undefined,false' ]"
check "minify-js --glue: one helper instead of a wrapper each" bash -c "! grep -q 'apply(null,arguments)' '$work/glue.min.js'"
check "minify-js --glue: the runtime's own loader is left out" bash -c "! grep -q 'never shipped' '$work/glue.min.js'"
check "minify-js --glue: a page that hands the runtime no module is told" \
  bash -c "node -e \"\$(cat '$work/glue.min.js'); console.log(callGlueWithout())\" | grep -q 'no compiled module'"
check "minify-js --glue refuses glue of another shape" \
  bash -c "! node '$scripts/minify-js.js' --glue '$work/in.js' > /dev/null 2>&1"
echo 'var a = ;' > "$work/bad.js"
check "minify-js fails on a script it cannot parse" bash -c "! node '$scripts/minify-js.js' '$work/bad.js' > /dev/null 2>&1"

# --- minify-css.js: comments and whitespace go, the rules stay; a broken sheet fails.
printf '/* note */\n.a > .b :focus {\n  color: #ffffff;\n  margin: 0px 0px;\n}\n@media (max-width: 720px) {\n  .a { content: " : "; }\n}\n' > "$work/in.css"
node "$scripts/minify-css.js" "$work/in.css" > "$work/out.css"
check "minify-css keeps a descendant combinator before a pseudo-class" grep -qF '.a>.b :focus' "$work/out.css"
check "minify-css keeps strings as written" grep -qF 'content:" : "' "$work/out.css"
check "minify-css drops comments" bash -c "! grep -q note '$work/out.css'"
printf '.a { color: red; } }\n.b { color: blue; }\n' > "$work/bad.css"
check "minify-css fails on a sheet it would drop rules of (a stray brace)" \
  bash -c "! node '$scripts/minify-css.js' '$work/bad.css' > /dev/null 2>&1"

# --- minify-html.py: comments and indentation go, line breaks and text stay; it refuses pages
# whose whitespace or comment markers mean something.
printf '<!doctype html>\n<!-- a\n  comment -->\n<body>\n  <p class="x"\n     id="y">Two  spaces stay</p>\n  <script src="a.js"></script>\n</body>\n' > "$work/in.html"
python3 "$scripts/minify-html.py" "$work/in.html" "$work/out.html"
check "minify-html drops comments" bash -c "! grep -q comment '$work/out.html'"
check "minify-html keeps attributes apart and text as it was" \
  bash -c "[ \"\$(cat '$work/out.html')\" = \"\$(printf '<!doctype html>\n<body>\n<p class=\"x\"\nid=\"y\">Two  spaces stay</p>\n<script src=\"a.js\"></script>\n</body>')\" ]"
for page in '<pre>\n  code\n</pre>' '<textarea>\n x</textarea>' '<script>var a;</script>' \
            '<script type="module">var a;</script>' '<style>p{}</style>' '<!-- open'; do
  printf "<body>\n$page\n</body>\n" > "$work/refused.html"
  check "minify-html refuses $(printf "$page" | head -n 1)" \
    bash -c "! python3 '$scripts/minify-html.py' '$work/refused.html' '$work/x.html' 2>/dev/null"
done

finish
