#!/usr/bin/env bash
# Assembles the shippable widget from the wasm build: the host page and its scripts, the
# compiled .js/.wasm, and the career data (fetched at run time so a blogger can swap it); the
# app icons and the service worker's file list; then the one-file offline copy
# (career-explorer.html) and the social-card image made from it.
# Usage: assemble-dist.sh WASM_BUILD_DIR DIST_DIR
set -euo pipefail
build=$1
dist=$2
rm -rf "$dist"
mkdir -p "$dist"
cp -R web/. "$dist/"
cp "$build/src/web/career-explorer.wasm" "$dist/"
# Every script, style sheet and page that ships is minified; web/ stays the readable source.
# Scripts by terser (scripts/minify-js.js says why that is safe and why not Closure): the glue
# 68 to 42 KB, 16.4 to 12.7 KB brotli; app.js 3.9 KB brotli. The style sheet by clean-css and
# the page by scripts/minify-html.py (comments and indentation): together -1.9 KB brotli.
export NODE_PATH=/usr/share/nodejs
minify_js() { node scripts/minify-js.js "$1" > "$2"; }
# The glue in ES2015 (arrows, methods): it runs only once app.js has found WebGL 2; and trimmed of
# what the page does not use (scripts/minify-js.js, --glue).
node scripts/minify-js.js --glue "$build/src/web/career-explorer.js" > "$dist/career-explorer.js"
for script in app.js embed.js; do minify_js "web/$script" "$dist/$script"; done
# The build's version (cmake/write_version.cmake) goes into app.js, which answers the JS API's
# `version`, not into the wasm (web/app.js says why).
build_version=$(sed -n 's/^#define CE_VERSION "\([^"]*\)"$/\1/p' "$build/src/web/generated/ce_version.h")
[[ -n $build_version ]] && sed -i "s|__CE_BUILD_VERSION__|$build_version|" "$dist/app.js" &&
  grep -qF "$build_version" "$dist/app.js" && ! grep -q __CE_BUILD_VERSION__ "$dist/app.js" ||
  { echo "assemble-dist: could not stamp app.js's version" >&2; exit 1; }
node scripts/minify-css.js web/style.css > "$dist/style.css"
/usr/bin/python3 scripts/minify-html.py web/index.html "$dist/index.html"
# Shipped without indentation (data/careers.json stays readable for editing): less to download.
/usr/bin/python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1], encoding="utf-8")), open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, separators=(",", ":"))' \
  data/careers.json "$dist/careers.json"
/usr/bin/python3 scripts/make-icons.py "$dist"

# What the service worker keeps for offline use: everything the hosted page loads. Not the
# one-file copy (a download, not part of the page), the embed script or the examples. Each file
# goes in with its SHA-256 (the worker stores nothing that does not match); the version is a hash
# of these files, so any change to them installs a new worker.
offline_assets=(index.html app.js style.css career-explorer.js career-explorer.wasm careers.json
                manifest.webmanifest icon-192.png icon-512.png)
version=$(cd "$dist" && cat "${offline_assets[@]}" | sha256sum | cut -c1-16)
list=""
for asset in "${offline_assets[@]}"; do
  list+="['$asset', '$(sha256sum "$dist/$asset" | cut -c1-64)'], "
done
sed -i -e "s|__CE_VERSION__|$version|" -e "s|/\* __CE_ASSETS__ \*/|${list%, }|" "$dist/sw.js"
grep -q "$version" "$dist/sw.js" && ! grep -q "__CE_" "$dist/sw.js" ||
  { echo "assemble-dist: could not stamp sw.js" >&2; exit 1; }
# Minified once stamped (the list's place is marked by a comment).
minify_js "$dist/sw.js" "$dist/sw.min.js"
mv "$dist/sw.min.js" "$dist/sw.js"

/usr/bin/python3 scripts/make-offline-html.py "$dist" "$dist/career-explorer.html"
# A picture for link previews, taken from the real widget (tried twice). It never fails the
# build: when Chromium cannot take it, the app icon's drawing on a 1200x630 card stands in, so a
# link preview always has a picture.
node scripts/make-og-image.mjs "$dist/career-explorer.html" "$dist/og-image.png" ||
  node scripts/make-og-image.mjs "$dist/career-explorer.html" "$dist/og-image.png" || {
    echo "warning: the screenshot for og-image.png failed (see above); it shows the app icon instead" >&2
    /usr/bin/python3 scripts/make-icons.py --card "$dist/og-image.png"
  }
# Precompressed copies beside every text and wasm file, for hosts that serve them as they are
# (README, "Hosting"): nothing is compressed per request. The .gz files are zopfli's: ordinary
# gzip files that any browser reads, whose deflate streams search harder than gzip -9 does (the
# first load 256 -> 244 KB; more iterations than 15 save only tens of bytes). Both leave out the
# name and time, so the same input always gives the same bytes.
find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.json' \
  -o -name '*.wasm' -o -name '*.svg' -o -name '*.webmanifest' \) -print0 |
  while IFS= read -r -d '' file; do
    brotli -q 11 -k -f "$file"
    zopfli --i15 "$file"
  done
echo "assembled $dist: $(cd "$dist" && ls | tr '\n' ' ')"
