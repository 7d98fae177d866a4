// Entry point of the browser build: creates the ImGui context, the WebGL2 renderer and the
// widget, then returns. There is no main loop: frames are drawn on demand (frame_scheduler.h),
// and the page drives everything else through events and the JS API (js_api.cpp).
#include <emscripten/em_macros.h>

#include <string>
#include <utility>

#include "browser_fonts.h"
#include "dom_platform.h"
#include "frame_scheduler.h"
#include "imgui.h"
#include "js_bridge.h"
#include "web_app.h"
#include "webgl_renderer.h"

namespace web {

WebApp& webApp() {
  static WebApp* app = new WebApp();  // lives as long as the page; never destroyed
  return *app;
}

}  // namespace web

namespace {

// The canvas element the host page provides (web/index.html).
constexpr const char* kCanvasId = "ce-canvas";

void openUrl(const char* url) { ce_js_open_url(url); }
void copyText(const char* text) { ce_js_copy_text(text, 1); }
void downloadFile(const char* fileName, const char* mimeType, const char* contents) {
  ce_js_download_file(fileName, mimeType, contents);
}
void printHtml(const char* html) { ce_js_print_html(html); }
bool saveState(const char* fragment) { return ce_js_save_state(fragment) != 0; }
void downloadOffline() { ce_js_download_offline(); }

// After a frame: the address bar and the browser's history follow the reader (web_app.h).
void mirrorFragment(web::WebApp& app) {
  // The hidden text mirror for screen readers follows what is shown, a failure included.
  std::string key = app.widget.mirrorKey();
  if (key != app.textMirrorFor) {
    app.textMirrorFor = std::move(key);
    ce_js_text_mirror(app.widget.textMirrorJson().c_str());
  }
  if (!app.mirrorFragment) return;
  ui::Widget::HistoryUpdate update = app.widget.historyUpdate();
  if (update.step == 0) return;
  if (app.cleanAddress && update.fragment == app.cleanFragment) update.fragment.clear();
  else app.cleanAddress = false;
  ce_js_history(update.step, update.fragment.c_str(), update.place.c_str(), static_cast<int>(update.depth));
}

// After a frame: the operable layer follows what was drawn (only when something changed).
void mirrorSemantics(web::WebApp& app) {
  const std::string& nodes = app.widget.semanticsJson();
  if (nodes == app.semanticsSent) return;
  app.semanticsSent = nodes;
  ce_js_semantics(nodes.c_str());
}

// After a frame: a new confirmation or notice goes to the page's live region.
void announce(web::WebApp& app) {
  std::string text = app.widget.announcement();
  if (text == app.announced) return;
  app.announced = std::move(text);
  ce_js_announce(app.announced.c_str());
}

// After a frame: what the page holds besides the canvas follows what was drawn.
void mirrorPage(web::WebApp& app) {
  app.pageCopiesDue = false;
  mirrorFragment(app);
  mirrorSemantics(app);
  announce(app);
}

// One frame. Runs from requestAnimationFrame, or synchronously inside an event handler.
void drawFrame() {
  using namespace web;
  WebApp& app = webApp();
  if (takeResumed()) rendererForgetPresented();
  beginGlyphFrame();
  platformNewFrame();
  ImGui::NewFrame();
  const bool animating = app.widget.frame(drawingInHandler());
  ImGui::Render();
  flushBrowserGlyphs();  // the new glyphs' pixels, before the atlas is uploaded
  platformEndFrame();
  // Clear with the window background so the edges match the widget's page colour. A frame that
  // draws what the canvas already shows is not drawn again (frame_digest.h).
  if (rendererRender(ImGui::GetDrawData(), ImGui::GetStyle().Colors[ImGuiCol_WindowBg], framebufferWidth(),
                     framebufferHeight()))
    app.framesPresented += 1;
  app.frameCount += 1;
  // The first frame with content goes to the screen before the page's other copies of it (the
  // operable layer, the text mirror, the address; ~20-30 ms of DOM work here) are written: they
  // follow once it has been painted (ce_after_paint), or with the next frame if that comes first.
  if (app.hasContent && !app.firstFrameDrawn) {
    app.firstFrameDrawn = true;
    app.pageCopiesDue = true;
    ce_js_after_paint();
  } else {
    mirrorPage(app);
  }

  FrameOutcome outcome;
  outcome.keepDrawing = animating || platformInputHeld() || glyphsDeferred();
  frameDone(outcome);
  requestFrameIn(outcome.keepDrawing ? -1.0 : app.widget.frameWantedIn());  // a frame comes anyway while drawing

  if (!app.readyAnnounced && app.hasContent) {
    app.readyAnnounced = true;
    ce_js_announce_ready(app.showsFailure ? 1 : 0);
  }
}

}  // namespace

// The first frame with content has been painted (ce_js_after_paint): the page's copies of it
// follow, unless a later frame wrote them already.
extern "C" EMSCRIPTEN_KEEPALIVE void ce_after_paint() {
  web::WebApp& app = web::webApp();
  if (app.pageCopiesDue) mirrorPage(app);
}

int main() {
  using namespace web;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();

  // Nothing is drawn until the page hands over the data (or a failure): until then the host
  // page's HTML loading indicator stays up instead of an empty canvas.
  schedulerInit(drawFrame, [] { webApp().widget.animationFrame(); });
  setPaused(kPauseNoContent, true);

  if (!rendererInit()) {
    setPaused(kPauseNoContext, true);  // for good: without a context no frame can be drawn
    // The page makes the context and says so itself when the browser gives none (web/app.js);
    // this is for a page that handed over none all the same: the same words.
    ce_js_report_error("This browser cannot show the career explorer",
                       "It draws with WebGL 2, which is turned off or not supported here. Updating the "
                       "browser, or turning on hardware acceleration, usually helps.",
                       0);
    return 0;  // the runtime stays up; the JS API answers, nothing draws
  }
  if (!browserFontsUsable()) {
    setPaused(kPauseNoContext, true);  // for good, as without WebGL: no frame could show text
    ce_js_report_error("This browser cannot show the career explorer",
                       "It draws its text through the page's canvas, and a privacy setting here "
                       "blanks what the canvas gives back. Allowing this site to read canvas "
                       "images (\"canvas data\" or \"fingerprinting\" in the browser's site "
                       "settings) lets it show.",
                       1);
    return 0;
  }

  ui::PlatformHooks hooks;
  hooks.openUrl = openUrl;
  hooks.copyText = copyText;
  hooks.downloadFile = downloadFile;
  hooks.printHtml = printHtml;
  hooks.saveState = saveState;
  if (ce_js_can_download_offline()) hooks.downloadOffline = downloadOffline;
  webApp().widget.init(hooks);
  webApp().widget.setToday(ce_js_today());

  // After the widget: the platform reports the colour scheme right away, which styles it.
  platformInit(kCanvasId);
  return 0;
}
