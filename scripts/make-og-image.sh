#!/usr/bin/env bash
# Takes the social-card picture (og:image, 1200x630) from the real widget: the one-file build
# opened from disk in headless Chromium, showing the GenAI engineer's profile in light colours.
# Virtual time lets the page run (wasm compile, first frames) as long as it needs, without
# sleeping. Before trusting the picture, the same page is loaded once more to check that the
# widget really started (a loader or an error message would make a poor card).
# Usage: make-og-image.sh OFFLINE_HTML OUT_PNG        (exit status non-zero when it failed)
set -euo pipefail
page=$(realpath "$1")
out=$2
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "make-og-image: $chromium not found" >&2; exit 1; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# WebGL2 on SwiftShader and no background networking: see docs/architecture.md, "Toolchain".
flags=(--headless --no-sandbox --disable-gpu --use-gl=angle --use-angle=swiftshader
       --enable-unsafe-swiftshader --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars
       --window-size=1200,630 --virtual-time-budget=15000)
url="file://$page?theme=light#v1;role=genai-engineer"

dom=$(timeout 120 "$chromium" "${flags[@]}" --dump-dom "$url" 2>/dev/null) || true
# app.js removes aria-busy once the widget drew, and un-hides #ce-message only on failure.
if ! grep -q '<main id="ce-root">' <<<"$dom" || ! grep -q 'id="ce-message"[^>]*hidden' <<<"$dom"; then
  echo "make-og-image: the widget did not start in headless Chromium" >&2
  exit 1
fi
rm -f "$out"
timeout 120 "$chromium" "${flags[@]}" --screenshot="$out" "$url" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "make-og-image: Chromium wrote no screenshot" >&2; exit 1; }
echo "made $out"
