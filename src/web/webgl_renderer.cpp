#include "webgl_renderer.h"

#include <emscripten/em_macros.h>
#include <emscripten/eventloop.h>

#include <cstdint>

#include "frame_digest.h"
#include "frame_scheduler.h"
#include "gl_bridge.h"
#include "imgui.h"
#include "imgui_webgl2.h"
#include "js_bridge.h"

namespace web {

namespace {

// How long a lost context may take to come back before the page offers a reload. Browsers
// restore within a second or two when they restore at all (GPU process restart, driver reset).
constexpr double kRestoreTimeoutMs = 4000.0;

// When to ask whether the shader program linked: late enough that the question does not hold up
// the first frame (it waits for the GPU process), early enough that a reader is not left long
// before a blank canvas.
constexpr double kLinkCheckDelayMs = 1000.0;

struct Renderer {
  long restoreTimer = 0;
  long linkCheckTimer = 0;
  bool presentedKnown = false;  // whether `presented` is what the canvas shows
  std::uint64_t presented = 0;  // frameDigest() of the last frame drawn
};

Renderer r;

void onRestoreTimeout(void* /*userData*/) {
  r.restoreTimer = 0;
  ce_js_report_error("The graphics context was lost",
                     "Your browser stopped the widget's WebGL drawing and did not give it back.", 1);
}

// A WebGL2 context that cannot link a program this simple cannot show the widget at all.
void onLinkCheck(void* /*userData*/) {
  r.linkCheckTimer = 0;
  if (!imgui_webgl2::programFailed()) return;
  setPaused(kPauseNoContext, true);
  ce_js_report_error("This browser cannot show the career explorer",
                     "Its WebGL 2 could not prepare the widget's drawing. Updating the browser, or turning on "
                     "hardware acceleration, usually helps.",
                     0);
}

void startRenderer() {
  imgui_webgl2::init();
  if (r.linkCheckTimer == 0) r.linkCheckTimer = emscripten_set_timeout(onLinkCheck, kLinkCheckDelayMs, nullptr);
}

}  // namespace

bool rendererInit() {
  if (!ce_gl_create()) return false;
  startRenderer();
  return true;
}

bool rendererRender(ImDrawData* drawData, const ImVec4& clearColour, int width, int height) {
  const std::uint64_t digest = frameDigest(*drawData, clearColour, width, height);
  if (r.presentedKnown && digest == r.presented && !texturesPending(*drawData)) return false;
  ce_js_apply_canvas_size();  // the size is part of the digest: a new size is always drawn
  imgui_webgl2::render(drawData, clearColour, width, height);
  r.presented = digest;
  r.presentedKnown = true;
  return true;
}

void rendererForgetPresented() { r.presentedKnown = false; }

}  // namespace web

// --- callbacks from library_webgl2.js -------------------------------------------------------

extern "C" {

// The browser took the context away (the GPU process restarted, a driver reset, too many
// contexts on the page). The page has already asked for it back; until it comes, nothing draws.
EMSCRIPTEN_KEEPALIVE void ce_gl_context_lost() {
  using namespace web;
  setPaused(kPauseNoContext, true);
  r.presentedKnown = false;
  if (r.restoreTimer == 0) r.restoreTimer = emscripten_set_timeout(onRestoreTimeout, kRestoreTimeoutMs, nullptr);
}

// The context is back, empty: the renderer makes its program and buffers again, and ImGui, which
// sees its textures destroyed, uploads them again.
EMSCRIPTEN_KEEPALIVE void ce_gl_context_restored() {
  using namespace web;
  if (r.restoreTimer != 0) {
    emscripten_clear_timeout(r.restoreTimer);
    r.restoreTimer = 0;
  }
  imgui_webgl2::forgetContext();
  startRenderer();
  setPaused(kPauseNoContext, false);
  requestFrames(1 + kSettleFrames);
}

}  // extern "C"
