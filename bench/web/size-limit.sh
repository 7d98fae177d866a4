#!/usr/bin/env bash
# Size-limit benchmark: the widget with the largest catalogue the loader accepts, in the
# planner's worst shape, and with the widest (most skills and roles), against the bundled data. Prints first frame and per-frame main-thread
# work over a scripted session (bench/web/size-limit.mjs). Figures only: exits 0 whatever they
# are, non-zero only if a build, the catalogue or the browser fails.
#   bash bench/web/size-limit.sh          RUNS=5 bash bench/web/size-limit.sh (default 3 rounds)
# dist/ is used as it is (built only if missing); it is never modified: the page with the big
# catalogue is a copy in build/bench/size-limit-www/.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi
if [ ! -f dist/index.html ]; then
  ./build-wasm.sh
fi
synth=build/native/tools/career-explorer-synth
validate=build/native/tools/career-explorer-validate
if [ ! -x "$synth" ] || [ ! -x "$validate" ]; then
  [ -f build/native/CMakeCache.txt ] || cmake --preset native
  cmake --build --preset native --target career-explorer-synth career-explorer-validate -j2
fi

# The loader's limits (docs/data-format.md, "Limits"): 8 MiB, at most 20,000 courses. The
# planner's worst shape is a role needing 20 skills with every course teaching 10 of them; at
# that shape the byte limit binds first, so take the most courses that stay within 8 MiB.
max_bytes=$((8 * 1024 * 1024))
max_courses=20000
size_of() { "$synth" "$1" 20 42 10 | wc -c; }
lo=0
hi=$((max_courses + 1))
while [ $((hi - lo)) -gt 1 ]; do
  mid=$(((lo + hi) / 2))
  if [ "$(size_of "$mid")" -le "$max_bytes" ]; then lo=$mid; else hi=$mid; fi
done
www=build/bench/size-limit-www
rm -rf "$www"
mkdir -p "$www"
cp -r dist/. "$www/"
"$synth" "$lo" 20 42 10 > "$www/careers.json"
echo "size-limit catalogue: $lo courses, $(wc -c < "$www/careers.json") of $max_bytes bytes" >&2
"$validate" "$www/careers.json" >&2

# The widest catalogue: the most skills and roles the loader accepts (10,000 and 1,000), each role
# needing 20 of them, with 1,000 courses and 10 starting profiles: My skills, Compare and From my
# job at their longest lists (src/ui/list_pages.h).
wide=build/bench/size-limit-wide-www
rm -rf "$wide"
mkdir -p "$wide"
cp -r dist/. "$wide/"
"$synth" 1000 20 42 10 --roles=1000 --skills=10000 --profiles=10 > "$wide/careers.json"
echo "widest catalogue: $(wc -c < "$wide/careers.json") of $max_bytes bytes" >&2
"$validate" "$wide/careers.json" | tail -n 1 >&2

exec node bench/web/size-limit.mjs dist "$www" "$wide"
