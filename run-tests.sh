#!/usr/bin/env bash
# Runs every test: native unit and UI tests (CTest), the libFuzzer targets for a bounded time, then
# the browser tests against a fresh dist/ (headless Debian Chromium + playwright-core). Installs
# what it needs on a fresh machine. FUZZ_SECONDS (default 45) sets each fuzzer's time.
# Ends with one summary line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
log_dir=$root/build/test-logs
mkdir -p "$log_dir"

fail() { echo "run-tests: $*" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }

bash scripts/install-deps.sh || fail "installing packages failed"
bash scripts/fetch-imgui.sh build/deps/cache build/deps/imgui || fail "fetching Dear ImGui failed"
bash scripts/make-font.sh build/deps/fonts || fail "building the font failed"

echo "== native build and tests"
cmake --preset native >/dev/null || fail "native configure failed"
cmake --build --preset native || fail "native build failed"
# Counted from CTest's per-test record: a test passed only when it ran and passed ("run"); one that
# failed, or did not run at all, counts as failed. Each doctest entry fails when it ran no case
# (tests/CMakeLists.txt), so every pass is at least one case that ran.
rm -f "$log_dir/ctest.xml"
ctest --preset native --output-junit "$log_dir/ctest.xml" 2>&1 | tee "$log_dir/ctest.log"
ctest_status=${PIPESTATUS[0]}
native_passed=$(grep -c '<testcase .*status="run"' "$log_dir/ctest.xml" 2>/dev/null)
native_failed=$(grep -Ec '<testcase .*status="(fail|notrun)"' "$log_dir/ctest.xml" 2>/dev/null)
[ "${native_passed:-0}" -gt 0 ] || fail "ctest ran no test"

echo "== fuzzing (libFuzzer, ${FUZZ_SECONDS:-45} s per target)"
cmake --preset fuzz >/dev/null || fail "fuzz configure failed"
cmake --build --preset fuzz || fail "fuzz build failed"
fuzz_passed=0
fuzz_failed=0
# The loader reads whole data files: it gets inputs up to 1 MiB, starting from generated worst
# cases inside the limits (many keys in one object, nesting at the limit, long strings, many
# courses), and 5 s per input, so a cliff (work that grows faster than the input) is a failure.
# Its corpus starts afresh each run: inputs of a megabyte would otherwise pile up run after run.
rm -rf build/fuzz/corpus/fuzz_loader
python3 tests/fuzz/make_loader_seeds.py build/fuzz/corpus/fuzz_loader 1048576 >/dev/null ||
  fail "making the loader's fuzz seeds failed"
for target in fuzz_fragment fuzz_json fuzz_loader fuzz_search; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"${target#fuzz_}"/* "$corpus"/ 2>/dev/null || true
  limits="-timeout=10 -max_len=16384"
  [ "$target" = fuzz_loader ] && limits="-timeout=5 -max_len=1048576"
  # A crash, a leak, a hang past the time limit or 2 GB of memory on one input fails the run.
  if build/fuzz/tests/fuzz/$target -max_total_time="${FUZZ_SECONDS:-45}" $limits \
       -rss_limit_mb=2048 -print_final_stats=1 "$corpus" \
       > "$log_dir/$target.log" 2>&1; then
    echo "$target: ok ($(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log_dir/$target.log" | grep -Eo '[0-9]+$') inputs)"
    fuzz_passed=$((fuzz_passed + 1))
  else
    echo "$target: FAILED — see $log_dir/$target.log"; tail -n 30 "$log_dir/$target.log"
    fuzz_failed=$((fuzz_failed + 1))
  fi
done

echo "== wasm build"
./build-wasm.sh || fail "wasm build failed"

echo "== browser tests"
(cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
# A test that waits for something that never comes fails after 4 minutes instead of holding the
# run forever (the slowest take seconds; a first page on a busy machine can take over 30 s).
node --test --test-concurrency=1 --test-timeout=240000 tests/e2e/ 2>&1 | tee "$log_dir/e2e.log"
e2e_status=${PIPESTATUS[0]}
e2e_passed=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$log_dir/e2e.log" | tail -n 1)
# "# pass" counts only tests that ran (skipped and todo ones are reported apart); a cancelled
# test (a timeout, a failed before-hook) counts as failed.
e2e_failed=$(sed -nE 's/^# (fail|cancelled) ([0-9]+)$/\2/p' "$log_dir/e2e.log" | tail -n 2 | awk '{n += $1} END {print n + 0}')
[ -n "$e2e_passed" ] || fail "the browser tests did not run"

passed=$((native_passed + fuzz_passed + e2e_passed))
failed=$((native_failed + fuzz_failed + e2e_failed))
echo "native: $native_passed passed, $native_failed failed; fuzz: $fuzz_passed passed, $fuzz_failed failed; browser: $e2e_passed passed, $e2e_failed failed"
echo "tests: $passed passed, $failed failed"
[ "$ctest_status" -eq 0 ] && [ "$e2e_status" -eq 0 ] && [ "$failed" -eq 0 ]
