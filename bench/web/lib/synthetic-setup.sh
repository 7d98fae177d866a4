# Sourced by the benchmarks that load a synthetic catalogue (search.sh, job.sh), from the
# project's root: makes what they need when it is missing (the browser tests' node modules,
# dist/, the catalogue writer) and sets $synth to the writer.
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi
[ -f dist/index.html ] || ./build-wasm.sh
synth=build/native/tools/career-explorer-synth
if [ ! -x "$synth" ]; then
  [ -f build/native/CMakeCache.txt ] || cmake --preset native
  cmake --build --preset native --target career-explorer-synth -j2
fi
mkdir -p build/bench
