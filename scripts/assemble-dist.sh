#!/usr/bin/env bash
# Assembles the shippable widget from the wasm build: the host page and its scripts, the
# compiled .js/.wasm, and the career data (fetched at run time so a blogger can swap it); then
# the one-file offline copy (career-explorer.html) and the social-card image made from it.
# Usage: assemble-dist.sh WASM_BUILD_DIR DIST_DIR
set -euo pipefail
build=$1
dist=$2
rm -rf "$dist"
mkdir -p "$dist"
cp -R web/. "$dist/"
cp "$build/src/web/career-explorer.js" "$build/src/web/career-explorer.wasm" "$dist/"
cp data/careers.json "$dist/careers.json"
/usr/bin/python3 scripts/make-offline-html.py "$dist" "$build/src/web/career-explorer-single.js" \
  "$dist/career-explorer.html"
# A picture for link previews, taken from the real widget. Nice to have: never fails the build.
bash scripts/make-og-image.sh "$dist/career-explorer.html" "$dist/og-image.png" ||
  echo "warning: og-image.png was not made (see above); link previews will show no picture" >&2
echo "assembled $dist: $(cd "$dist" && ls | tr '\n' ' ')"
