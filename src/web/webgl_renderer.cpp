#include "webgl_renderer.h"

#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <emscripten/html5_webgl.h>

#include <string>

#include "frame_digest.h"
#include "frame_scheduler.h"
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
  std::string canvasSelector;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = 0;
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
  if (emscripten_is_webgl_context_lost(r.context) || imgui_webgl2::programLinked()) return;
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

EM_BOOL onContextLost(int /*eventType*/, const void* /*reserved*/, void* /*userData*/) {
  setPaused(kPauseNoContext, true);
  r.presentedKnown = false;
  if (r.restoreTimer == 0) r.restoreTimer = emscripten_set_timeout(onRestoreTimeout, kRestoreTimeoutMs, nullptr);
  return EM_TRUE;  // preventDefault(): tells the browser we want the context restored
}

// All GL objects died with the old context. The renderer makes its program and buffers again;
// ImGui 1.92 sees its textures destroyed and uploads them again.
EM_BOOL onContextRestored(int /*eventType*/, const void* /*reserved*/, void* /*userData*/) {
  if (r.restoreTimer != 0) {
    emscripten_clear_timeout(r.restoreTimer);
    r.restoreTimer = 0;
  }
  emscripten_webgl_make_context_current(r.context);
  imgui_webgl2::forgetContext();
  startRenderer();
  setPaused(kPauseNoContext, false);
  requestFrames(1 + kSettleFrames);
  return EM_FALSE;
}

}  // namespace

bool rendererInit(const char* canvasId) {
  r.canvasSelector = std::string("#") + canvasId;
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;      // opaque canvas: the widget paints its own background
  attrs.antialias = EM_FALSE;  // ImGui antialiases its shapes itself
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.enableExtensionsByDefault = EM_FALSE;  // ImGui needs nothing beyond WebGL2
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;  // a small widget: spare the big GPU
  r.context = emscripten_webgl_create_context(r.canvasSelector.c_str(), &attrs);
  if (r.context <= 0) return false;
  emscripten_webgl_make_context_current(r.context);
  emscripten_set_webglcontextlost_callback(r.canvasSelector.c_str(), nullptr, EM_FALSE, onContextLost);
  emscripten_set_webglcontextrestored_callback(r.canvasSelector.c_str(), nullptr, EM_FALSE, onContextRestored);
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
