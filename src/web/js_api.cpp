// The functions the page calls (web/app.js wraps them as window.careerExplorer). Strings passed
// in are UTF-8 and only read during the call; strings returned stay valid until the next call.
#include <emscripten/em_macros.h>

#include <cstdlib>
#include <string>
#include <string_view>

#include "dom_platform.h"
#include "frame_scheduler.h"
#include "js_bridge.h"
#include "web_app.h"

namespace {

// Content arrived: the HTML loading indicator gives way to the first frame.
void contentArrived(bool failure) {
  web::WebApp& app = web::webApp();
  app.hasContent = true;
  app.showsFailure = failure;
  web::setPaused(web::kPauseNoContent, false);
  web::requestFrames(1 + web::kSettleFrames);
}

}  // namespace

extern "C" {

// The bytes of careers.json. The widget validates them and shows what is wrong, if anything.
// `cut`: the download stopped once past the loader's limit (web/app.js), so the bytes are the
// file's start only.
EMSCRIPTEN_KEEPALIVE void ce_load_data(const char* bytes, int length, int cut) {
  web::webApp().widget.loadData(std::string_view(bytes, length > 0 ? (size_t)length : 0), cut != 0);
  contentArrived(false);
}

// A message in place of the explorer, e.g. when careers.json could not be downloaded.
EMSCRIPTEN_KEEPALIVE void ce_show_failure(const char* title, const char* detail) {
  web::webApp().widget.showFailure(title ? title : "", detail ? detail : "");
  contentArrived(true);
}

// Where the page lives (its URL without the fragment): share links and the embed snippet are
// built from it. Not called for a page opened from disk, whose address means nothing elsewhere.
EMSCRIPTEN_KEEPALIVE void ce_set_page_url(const char* url) {
  web::webApp().widget.setPageUrl(url ? url : "");
  web::requestFrames(1 + web::kSettleFrames);
}

// After ce_load_data: where the visit starts (core::resolveStartup). linkFragment: a shared link
// the reader followed (the URL fragment without '#', or "" when none); startFragment: the page's
// starting view (an embed's data-state, or ""). Saved progress is read here, so that the storage
// key lives in one place. Called again when another link arrives (the reader pasted one into
// the tab, or the article around an embed was opened with one).
EMSCRIPTEN_KEEPALIVE void ce_restore(const char* linkFragment, const char* startFragment) {
  web::WebApp& app = web::webApp();
  const std::string link = linkFragment ? linkFragment : "";
  std::string saved;
  if (char* stored = ce_js_load_state()) {
    saved = stored;
    std::free(stored);
  }
  app.widget.restore(link, startFragment ? startFragment : "", saved);
  // A link in the address bar is rewritten to the state it gave (hostile or outdated parts
  // dropped) by the next frame; without one the address bar stays clean until the reader acts.
  app.mirrorFragment = true;
  app.cleanAddress = link.empty();
  app.cleanFragment = app.widget.fragment();
  web::requestFrames(1 + web::kSettleFrames);
}

// Inside an embed: the address of the article around it and which of its widgets this is
// (web/embed.js tells them), so Share links to the article (ui::Widget::setArticleUrl).
EMSCRIPTEN_KEEPALIVE void ce_set_article_url(const char* url, const char* key) {
  web::webApp().widget.setArticleUrl(url ? url : "", key ? key : "");
}

// The browser went Back or Forward to one of the widget's history entries (its state's place and
// depth): the view follows, the reader's settings stay, and the address is rewritten to them.
EMSCRIPTEN_KEEPALIVE void ce_platform_history(const char* place, int depth) {
  web::WebApp& app = web::webApp();
  app.widget.goToPlace(place ? place : "", depth > 0 ? static_cast<std::size_t>(depth) : 0);
  app.cleanAddress = false;
  web::requestFrames(1 + web::kSettleFrames);
  web::drawFrameNow();  // the address is right before the browser's hashchange event
}

// Another tab saved progress (the storage event on this page's storage key).
EMSCRIPTEN_KEEPALIVE void ce_platform_saved_elsewhere(const char* fragment) {
  web::webApp().widget.savedElsewhere(fragment ? fragment : "");
  web::requestFrames(1 + web::kSettleFrames);
}

// The operable layer (library_semantic_layer.js): an element was activated (kind 0: a click, Enter
// or Space; kind 1: a slider set to `value`; kind 2: an arrow key moved a group's choice to it). The item takes it in the frame drawn now, so what it
// does (open a link, copy) runs within the reader's gesture.
EMSCRIPTEN_KEEPALIVE void ce_semantic_action(const char* name, int kind, int value) {
  web::webApp().widget.semanticAction(name ? name : "", kind, value);
  web::requestFrames(1 + web::kSettleFrames);
  web::drawFrameNow();
}

// window.careerExplorer.switchPlan(name) and newPlan(name): 1 done, 0 not (core/plans.h). The
// frames that follow save the change and rewrite the address, as after a click.
EMSCRIPTEN_KEEPALIVE int ce_switch_plan(const char* name) {
  const bool done = web::webApp().widget.switchPlan(name ? name : "");
  web::requestFrames(1 + web::kSettleFrames);
  return done ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int ce_new_plan(const char* name) {
  const bool done = web::webApp().widget.newPlan(name ? name : "");
  web::requestFrames(1 + web::kSettleFrames);
  return done ? 1 : 0;
}

// An element of the layer got (focused = 1) or lost keyboard focus: the canvas draws the ring,
// unless a click or tap gave it the focus (quiet = 1).
EMSCRIPTEN_KEEPALIVE void ce_semantic_focus(const char* name, int focused, int quiet) {
  web::webApp().widget.semanticFocus(focused ? (name ? name : "") : "", quiet == 0);
  web::requestFrames(1 + web::kSettleFrames);
}

// A key the widget uses, pressed in the layer: 1 Escape (closes), 2 PageUp, 3 PageDown (scroll).
EMSCRIPTEN_KEEPALIVE int ce_semantic_key(int key) {
  if (!web::webApp().widget.semanticKey(key)) return 0;  // the page's to handle
  web::requestFrames(1 + web::kSettleFrames);
  web::drawFrameNow();
  return 1;
}

// A text field of the layer (the search field, a dialog's name box) holds `text` (UTF-8; typed,
// pasted or dictated there), the caret `caret` bytes in and a selection from there to `anchor`:
// drawn now, within the reader's keystroke.
EMSCRIPTEN_KEEPALIVE void ce_semantic_text(const char* name, const char* text, int caret, int anchor) {
  const auto bytes = [](int n) { return n > 0 ? static_cast<std::size_t>(n) : std::size_t{0}; };
  web::webApp().widget.semanticText(name ? name : "", text ? text : "", bytes(caret), bytes(anchor));
  web::requestFrames(1 + web::kSettleFrames);
  web::drawFrameNow();
}

// A key a text field hands to the widget (ui::SearchFieldKey: 1 down, 2 up, 3 Enter, 4 Escape).
EMSCRIPTEN_KEEPALIVE void ce_semantic_field_key(const char* name, int key) {
  web::webApp().widget.semanticFieldKey(name ? name : "", key);
  web::requestFrames(1 + web::kSettleFrames);
  web::drawFrameNow();
}

// careerExplorer.search(query): the results as JSON (ui::Widget::searchJson).
EMSCRIPTEN_KEEPALIVE const char* ce_search(const char* query) {
  web::WebApp& app = web::webApp();
  app.exportBuffer = app.widget.searchJson(query ? query : "");
  return app.exportBuffer.c_str();
}

// widget.destroy(): stops drawing for good and removes every listener from the page.
EMSCRIPTEN_KEEPALIVE void ce_destroy() {
  web::setPaused(web::kPauseDestroyed, true);
  web::platformShutdown();
}

// The reader's state as a URL fragment, without '#' (ui::Widget::fragment).
EMSCRIPTEN_KEEPALIVE const char* ce_fragment() {
  web::WebApp& app = web::webApp();
  app.exportBuffer = app.widget.fragment();
  return app.exportBuffer.c_str();
}

// The answer to a copy the widget asked for (library_career_explorer.js, ce_js_copy_text).
EMSCRIPTEN_KEEPALIVE void ce_copy_finished(int ok) {
  web::webApp().widget.copyFinished(ok != 0);
  web::requestFrames(1 + web::kSettleFrames);
}

// What became of a download the widget asked for (library_career_explorer.js, CE.download):
// 1 the page may not let it arrive, 2 the offline copy could not be made here, 3 it needs a connection.
EMSCRIPTEN_KEEPALIVE void ce_download_finished(int outcome) {
  web::webApp().widget.downloadFinished(outcome);
  web::requestFrames(1 + web::kSettleFrames);
}

// Compact mode, an embed option (?compact=1): no subtitle or footer, tighter spacing.
EMSCRIPTEN_KEEPALIVE void ce_set_compact(int compact) {
  web::webApp().widget.setCompact(compact != 0);
  web::requestFrames(1 + web::kSettleFrames);
}

// The reader-visible state as JSON (ui::Widget::stateJson).
EMSCRIPTEN_KEEPALIVE const char* ce_state_json() {
  web::WebApp& app = web::webApp();
  app.exportBuffer = app.widget.stateJson();
  return app.exportBuffer.c_str();
}

// The rectangle of a named item in CSS px relative to the canvas, as drawn in the last frame:
// writes x, y, w, h to out[0..3] and returns 1, or returns 0 when the item is not on screen.
EMSCRIPTEN_KEEPALIVE int ce_item_rect(const char* name, float* out) {
  ui::Rect rect;
  if (!name || !out || !web::webApp().widget.itemRect(name, rect)) return 0;
  out[0] = rect.x;
  out[1] = rect.y;
  out[2] = rect.w;
  out[3] = rect.h;
  return 1;
}

// Frames drawn since start. Tests read it to check that an idle widget draws nothing.
EMSCRIPTEN_KEEPALIVE double ce_frame_count() { return web::webApp().frameCount; }

// Of those, the frames that changed the canvas (frame_digest.h: a frame that would draw what it
// already shows is built but not drawn).
EMSCRIPTEN_KEEPALIVE double ce_frames_presented() { return web::webApp().framesPresented; }

// Asks for one frame (tests; a script that changed something the widget cannot see).
EMSCRIPTEN_KEEPALIVE void ce_redraw() { web::requestFrames(1); }

// Draws the first frame right away, in the task that handed over the data and restored the
// visit, instead of at the next animation frame (the page calls it once, after ce_restore).
EMSCRIPTEN_KEEPALIVE void ce_draw_now() { web::drawFrameNow(); }

}  // extern "C"
