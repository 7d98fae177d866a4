#!/usr/bin/env bash
# Installs the Debian packages the project builds and tests with, only those missing.
# Idempotent: on a machine that has everything it does nothing and needs no network.
set -euo pipefail

packages=(
  cmake ninja-build g++          # native build: core, validator, unit tests, benchmarks
  emscripten                     # wasm build (Debian's 3.1.6, clang-14)
  doctest-dev                    # unit tests
  fonts-inter python3-fonttools  # the UI font and the subsetter that shrinks it
  python3-jsonschema             # checking data/careers.schema.json against the loader
  chromium                       # browser tests (driven by npm playwright-core)
  clang-14 libclang-rt-14-dev    # libFuzzer targets
  nodejs npm xz-utils dpkg-dev   # test runner; unpacking the ImGui source archive
  brotli                         # the .br files dist/ ships beside each text and wasm file
  zopfli                         # the .gz files: deflate streams ~5% smaller than gzip -9's
  node-terser node-clean-css     # minifying the scripts and the style sheet that ship
  node-acorn                     # and reading the glue first (acorn, acorn-walk: scripts/minify-js.js)
)

missing=()
for p in "${packages[@]}"; do
  # node/npm may come from elsewhere than Debian: accept any working binary.
  case "$p" in
    nodejs) command -v node >/dev/null && continue ;;
    npm) command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
