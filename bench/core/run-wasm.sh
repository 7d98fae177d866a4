#!/usr/bin/env bash
# The core benchmark compiled to WebAssembly with the same Emscripten and the same code generation
# as the widget ships with (-Oz, LTO, no exceptions or RTTI, emmalloc: src/web/CMakeLists.txt),
# run headless in Node. Prints figures; never fails on time. Usage: bash bench/core/run-wasm.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=build/bench/wasm-core
mkdir -p "$out/include"
cp -R /usr/include/nlohmann "$out/include/"  # staged: keeps the host's libc headers out
export NODE_PATH=/usr/share/nodejs
em++ -std=c++17 -Oz -flto -fno-exceptions -fno-rtti -DJSON_NOEXCEPTION=1 -isystem "$out/include" \
  -Isrc/core -Itools src/core/*.cpp tools/synthetic_data.cpp bench/core/core_bench.cpp \
  -sMALLOC=emmalloc -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB \
  -o "$out/core_bench.js"
# Emscripten 3.1.6's loader would fetch() the .wasm by path in Node 20, which fails: Node's own
# fetch is turned off so that it reads the file instead.
node --no-experimental-fetch "$out/core_bench.js"
