// Stand-in for ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which Debian's
// "+ds" source tarball leaves out. The example's main.cpp writes its loop body between
// EMSCRIPTEN_MAINLOOP_BEGIN and EMSCRIPTEN_MAINLOOP_END; in the browser that body must become a
// callback the browser calls once per animation frame, because main() cannot block.
//
// So BEGIN opens a lambda (capturing main()'s locals by reference: they stay valid because
// emscripten_set_main_loop(..., simulate_infinite_loop=1) never returns into main's caller) and
// wraps the body in a one-pass do/while so the body's `continue` skips to the end of the frame.
// END closes it and hands it to Emscripten with fps=0, i.e. requestAnimationFrame pacing.
#pragma once
#include <emscripten.h>
#include <functional>

static std::function<void()> bench_frame_body;
static void bench_run_frame_body() { bench_frame_body(); }

#define EMSCRIPTEN_MAINLOOP_BEGIN bench_frame_body = [&]() { do
#define EMSCRIPTEN_MAINLOOP_END \
  while (false); };             \
  emscripten_set_main_loop(bench_run_frame_body, 0, 1)
