#!/usr/bin/env bash
# Builds the benchmark's BASELINE: Dear ImGui's own examples/example_glfw_opengl3 (main.cpp
# unchanged, demo window as it ships) from the same ImGui source the widget uses, with Debian's
# Emscripten. Output: build/bench/baseline/www/{index.html,index.js,index.wasm}.
#
# Flags follow the example's own Makefile.emscripten where this toolchain allows it: -Os, no
# filesystem (so IMGUI_DISABLE_FILE_FUNCTIONS), exceptions not caught. Differences, and why:
#   -sUSE_GLFW=3 instead of --use-port=contrib.glfw3 (ports need a download; 3.1.6 predates it),
#   WebGL2 only (as the widget), -sENVIRONMENT=web (3.1.6's node path breaks on Node 20),
#   no -sASSERTIONS=1 (the widget ships without them too), .js output + our own host page
#   (Debian's .html step is broken).
# Skips the build when the outputs are newer than every input (sources, this script, host page).
set -euo pipefail
cd "$(dirname "$0")/../.."

here=bench/web
imgui=build/deps/imgui
out=build/bench/baseline
www=$out/www

bash scripts/fetch-imgui.sh build/deps/cache "$imgui"

sources=("$imgui"/imgui.cpp "$imgui"/imgui_demo.cpp "$imgui"/imgui_draw.cpp "$imgui"/imgui_tables.cpp
         "$imgui"/imgui_widgets.cpp "$imgui"/backends/imgui_impl_glfw.cpp
         "$imgui"/backends/imgui_impl_opengl3.cpp "$imgui"/examples/example_glfw_opengl3/main.cpp)
inputs=("${sources[@]}" "$imgui"/*.h "$imgui"/backends/imgui_impl_glfw.h "$imgui"/backends/imgui_impl_opengl3*.h
        "$here"/build-baseline.sh "$here"/baseline/emscripten_mainloop_stub.h "$here"/baseline/index.html)

up_to_date() {
  local output input
  for output in "$www/index.js" "$www/index.wasm" "$www/index.html"; do
    [ -f "$output" ] || return 1
    for input in "${inputs[@]}"; do [ "$input" -nt "$output" ] && return 1; done
  done
  return 0
}
if up_to_date; then
  echo "baseline: up to date ($www)"
  exit 0
fi

# main.cpp includes "../libs/emscripten/emscripten_mainloop_stub.h", which Debian's tarball
# does not have: stage main.cpp next to our stand-in so that relative include resolves.
stage=$out/src
rm -rf "$stage" "$out/obj"
mkdir -p "$stage/example_glfw_opengl3" "$stage/libs/emscripten" "$out/obj" "$www"
cp "$imgui/examples/example_glfw_opengl3/main.cpp" "$stage/example_glfw_opengl3/main.cpp"
cp "$here/baseline/emscripten_mainloop_stub.h" "$stage/libs/emscripten/"
sources[${#sources[@]}-1]=$stage/example_glfw_opengl3/main.cpp

export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs Debian's acorn (docs/architecture.md, "Toolchain")
cflags=(-Os -DIMGUI_DISABLE_FILE_FUNCTIONS -I"$imgui" -I"$imgui/backends" -sDISABLE_EXCEPTION_CATCHING=1)
ldflags=(-Os -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
         -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sDISABLE_EXCEPTION_CATCHING=1)

echo "baseline: compiling ${#sources[@]} files with em++ -Os"
# One compile per core at a time: imgui_demo.cpp alone takes a while.
jobs_max=$(nproc)
pids=()
objects=()
for src in "${sources[@]}"; do
  obj=$out/obj/$(basename "${src%.cpp}").o
  objects+=("$obj")
  em++ "${cflags[@]}" -c "$src" -o "$obj" &
  pids+=($!)
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do sleep 0.2; done
done
for pid in "${pids[@]}"; do wait "$pid"; done  # set -e: a failed compile stops the script here

em++ "${objects[@]}" "${ldflags[@]}" -o "$www/index.js"
cp "$here/baseline/index.html" "$www/index.html"
echo "baseline: built $www ($(du -b "$www/index.js" "$www/index.wasm" | awk '{printf "%s %d B  ", $2, $1}'))"
