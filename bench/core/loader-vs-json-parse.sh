#!/usr/bin/env bash
# The loader against Node's JSON.parse on the same file (issue 13: load+validate 10,000 courses
# in at most 60 ms natively, faster than JSON.parse; at most 300 ms in the wasm as shipped): a
# synthetic catalogue of COURSES courses (default 10,000) is written once, then the native
# loader, the wasm loader (built as the widget is, run in Node) and JSON.parse read it in
# ROUNDS interleaved rounds (default 7), each the median of 5 reads in a fresh process (each read
# timed alone: the previous result is freed before it, as JSON.parse leaves its previous result to
# the garbage collector). Prints medians (wall and CPU time) and the loader's ratios to
# JSON.parse; never fails on time.
# Usage: bash bench/core/loader-vs-json-parse.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
courses=${COURSES:-10000}
rounds=${ROUNDS:-7}

cmake --preset native >/dev/null
cmake --build --preset native --target core_bench career-explorer-synth >/dev/null
bash scripts/fetch-imgui.sh build/deps/cache build/deps/imgui >/dev/null
bash scripts/make-font.sh build/deps/fonts >/dev/null
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs Debian's acorn
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target core_bench >/dev/null

mkdir -p build/bench
data=build/bench/synthetic-$courses.json
build/native/tools/career-explorer-synth "$courses" > "$data"

results=build/bench/loader-vs-json-parse.jsonl
: > "$results"
for ((round = 1; round <= rounds; round++)); do
  echo "{\"round\":$round,\"who\":\"native\",\"r\":$(build/native/bench/core_bench --load-file "$data" 5)}" >> "$results"
  echo "{\"round\":$round,\"who\":\"wasm\",\"r\":$(node --no-experimental-fetch build/wasm/bench/core_bench.js --load-file "$data" 5)}" >> "$results"
  echo "{\"round\":$round,\"who\":\"json\",\"r\":$(node bench/core/json-parse-reference.mjs "$data" 5)}" >> "$results"
done

node - "$results" "$data" <<'SUMMARY'
const [file, data] = process.argv.slice(2);
const rows = require('fs').readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const of = (who, key) => rows.filter((r) => r.who === who).map((r) => r.r[key]);
const ratio = (who, key) => median(rows.filter((r) => r.who === who).map((r) => {
  const ref = rows.find((j) => j.who === 'json' && j.round === r.round);
  return r.r[key] / ref.r[key];
}));
const first = rows[0].r;
console.log(`\nLoad+validate vs Node's JSON.parse, ${data}: ${(first.bytes / 1e6).toFixed(2)} MB, ` +
            `${first.courses} courses, valid: ${first.valid}; ${rows.length / 3} interleaved rounds, median of 5 reads each`);
console.log(`${''.padEnd(30)}${'wall ms'.padStart(10)}${'cpu ms'.padStart(10)}${'÷ JSON.parse (wall)'.padStart(21)}${'(cpu)'.padStart(8)}`);
for (const [who, label] of [['native', 'loader, native'], ['wasm', 'loader, wasm in Node'], ['json', "Node's JSON.parse"]]) {
  const r = (key) => (who === 'json' ? '1.00' : ratio(who, key).toFixed(2)) + 'x';
  console.log(`${label.padEnd(30)}${median(of(who, 'wallMs')).toFixed(1).padStart(10)}${median(of(who, 'cpuMs')).toFixed(1).padStart(10)}` +
              `${r('wallMs').padStart(21)}${r('cpuMs').padStart(8)}`);
}
console.log('aims: native <= 60 ms and faster than JSON.parse; wasm <= 300 ms (JSON.parse only builds JS objects; the loader also validates)');
SUMMARY
