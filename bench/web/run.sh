#!/usr/bin/env bash
# Web benchmark: the widget (dist/) against Dear ImGui's own GLFW + WebGL example built from the
# same ImGui source, and against a floor page (the widget's wasm compiled, one triangle drawn).
# Prints a side-by-side table (first-load bytes, time to first draw, idle frames and main-thread
# time), the widget's first-draw ratios, the product's targets and issue 13's aims, and writes
# build/bench/web-results.json.
# Figures only: exits 0 whatever they are, non-zero only if a build or the browser fails.
#   bash bench/web/run.sh                  build what is missing, measure both pages
#   bash bench/web/run.sh --baseline-only  measure the baseline alone (widget not buildable yet)
#   RUNS=9 bash bench/web/run.sh           interleaved rounds (default 7; medians are reported)
# dist/ is used as it is (run ./build-wasm.sh after changing the widget); it is built only if
# missing. The baseline is rebuilt only when its sources change.
set -euo pipefail
cd "$(dirname "$0")/../.."

baseline_only=false
for arg in "$@"; do
  case "$arg" in
    --baseline-only) baseline_only=true ;;
    *) echo "usage: bash bench/web/run.sh [--baseline-only]" >&2; exit 2 ;;
  esac
done

# playwright-core (driving Debian's /usr/bin/chromium) lives with the browser tests.
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

bash bench/web/build-baseline.sh
if ! $baseline_only && [ ! -f dist/index.html ]; then
  ./build-wasm.sh
fi
if ! $baseline_only; then
  # The floor page: one triangle with the widget's flags (bench/web/floor/, bench/CMakeLists.txt).
  NODE_PATH=/usr/share/nodejs cmake --preset wasm >/dev/null
  NODE_PATH=/usr/share/nodejs cmake --build --preset wasm --target floor_page
fi

exec node bench/web/measure.mjs "$@"
