#!/usr/bin/env bash
# The core benchmark compiled to WebAssembly exactly as the widget is: the same Emscripten, the
# same CMake configuration (the wasm preset) and the flags the widget's code is built with
# (-Oz, LTO, emmalloc, no exceptions: CE_WASM_CODE_LINK_OPTIONS in CMakeLists.txt), run headless
# in Node. Prints figures; never fails on time. Usage: bash bench/core/run-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# The wasm preset configures the whole widget, so it needs what build-wasm.sh fetches (cached).
bash scripts/fetch-imgui.sh build/deps/cache build/deps/imgui
bash scripts/make-font.sh build/deps/fonts
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs Debian's acorn
cmake --preset wasm >/dev/null
cmake --build --preset wasm --target core_bench
# Emscripten 3.1.6's loader would fetch() the .wasm by path in Node 20, which fails: Node's own
# fetch is turned off so that it reads the file instead.
node --no-experimental-fetch build/wasm/bench/core_bench.js
