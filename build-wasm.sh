#!/usr/bin/env bash
# Builds the widget into dist/ and, with --serve, serves it on 127.0.0.1.
#   ./build-wasm.sh             build dist/
#   ./build-wasm.sh --serve     build, then serve dist/ at http://127.0.0.1:8080/ (PORT=... to change)
# On a fresh Debian machine it first installs what it needs (scripts/install-deps.sh) and fetches
# Dear ImGui's source (cached under build/deps, so later builds need no network).
set -euo pipefail
cd "$(dirname "$0")"

serve=false
for arg in "$@"; do
  case "$arg" in
    --serve) serve=true ;;
    *) echo "usage: ./build-wasm.sh [--serve]" >&2; exit 2 ;;
  esac
done

bash scripts/install-deps.sh
bash scripts/fetch-imgui.sh build/deps/cache build/deps/imgui

export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs Debian's acorn; see docs/architecture.md, "Toolchain"
cmake --preset wasm >/dev/null
cmake --build --preset wasm
bash scripts/assemble-dist.sh build/wasm dist

if $serve; then
  port=${PORT:-8080}
  echo "Serving the widget at http://127.0.0.1:$port/  (Ctrl+C to stop)"
  exec /usr/bin/python3 -m http.server --bind 127.0.0.1 --directory dist "$port"
fi
