#!/usr/bin/env bash
# Assembles the shippable widget from the wasm build: the host page and its scripts, the
# compiled .js/.wasm, and the career data (fetched at run time so a blogger can swap it).
# Usage: assemble-dist.sh WASM_BUILD_DIR DIST_DIR
set -euo pipefail
build=$1
dist=$2
rm -rf "$dist"
mkdir -p "$dist"
cp -R web/. "$dist/"
cp "$build/src/web/career-explorer.js" "$build/src/web/career-explorer.wasm" "$dist/"
cp data/careers.json "$dist/careers.json"
echo "assembled $dist: $(cd "$dist" && ls | tr '\n' ' ')"
