#include "webgl_renderer.h"

#include <GLES3/gl3.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <emscripten/html5_webgl.h>

#include <string>

#include "frame_scheduler.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "js_bridge.h"

namespace web {

namespace {

constexpr const char* kGlslVersion = "#version 300 es";

// How long a lost context may take to come back before the page offers a reload. Browsers
// restore within a second or two when they restore at all (GPU process restart, driver reset).
constexpr double kRestoreTimeoutMs = 4000.0;

struct Renderer {
  std::string canvasSelector;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = 0;
  long restoreTimer = 0;
};

Renderer r;

void onRestoreTimeout(void* /*userData*/) {
  r.restoreTimer = 0;
  ce_js_report_error("The graphics context was lost",
                     "Your browser stopped the widget's WebGL drawing and did not give it back.", 1);
}

EM_BOOL onContextLost(int /*eventType*/, const void* /*reserved*/, void* /*userData*/) {
  setPaused(kPauseNoContext, true);
  if (r.restoreTimer == 0) r.restoreTimer = emscripten_set_timeout(onRestoreTimeout, kRestoreTimeoutMs, nullptr);
  return EM_TRUE;  // preventDefault(): tells the browser we want the context restored
}

// All GL objects died with the old context. Recreating the renderer backend recreates the
// shader and buffers; ImGui 1.92 sees its textures destroyed and uploads them again.
EM_BOOL onContextRestored(int /*eventType*/, const void* /*reserved*/, void* /*userData*/) {
  if (r.restoreTimer != 0) {
    emscripten_clear_timeout(r.restoreTimer);
    r.restoreTimer = 0;
  }
  emscripten_webgl_make_context_current(r.context);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplOpenGL3_Init(kGlslVersion);
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
  return ImGui_ImplOpenGL3_Init(kGlslVersion);
}

void rendererNewFrame() { ImGui_ImplOpenGL3_NewFrame(); }

void rendererRender(ImDrawData* drawData, const ImVec4& clearColour, int width, int height) {
  glViewport(0, 0, width, height);
  glClearColor(clearColour.x, clearColour.y, clearColour.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(drawData);
}

}  // namespace web
