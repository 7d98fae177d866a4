#include "dom_platform.h"

#include <emscripten/em_macros.h>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <memory>

#include "dom_key_map.h"
#include "frame_scheduler.h"
#include "imgui.h"
#include "js_bridge.h"
#include "touch_gesture.h"
#include "web_app.h"

namespace web {

namespace {

// Values shared with library_career_explorer.js (ce_platform_pointer / ce_platform_touch).
enum PointerPhase { kPointerDown = 0, kPointerMove = 1, kPointerUp = 2, kPointerCancel = 3, kPointerLeave = 4 };
enum ModifierBits { kModCtrl = 1, kModShift = 2, kModAlt = 4, kModMeta = 8 };

// WheelEvent.deltaMode, and the CSS px one wheel unit scrolls in the line and page modes (pixel
// mode is exact). Firefox reports 3 lines a notch: about 60 px, close to Chrome's 100 px a notch.
enum WheelDeltaMode { kDeltaPixel = 0, kDeltaLine = 1, kDeltaPage = 2 };
constexpr float kWheelLinePx = 20.0f;
constexpr float kWheelPagePx = 400.0f;

// The platform's whole state: one per page, made by platformInit, gone after platformShutdown.
struct Platform {
  int fbWidth = 0, fbHeight = 0;  // canvas backing store, device px
  double devicePixelRatio = 1.0;
  double lastFrameTime = 0.0;     // emscripten_get_now(), ms
  int mouseButtons = 0;           // DOM `buttons` bits last forwarded
  int modifiers = 0;              // ModifierBits last forwarded
  TouchGesture touch;             // the finger on the canvas, if any, and momentum after it
  ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;  // last cursor sent to CSS: none yet
};

std::unique_ptr<Platform> platform;

void requestInputFrames() { requestFrames(1 + kSettleFrames); }

void forwardModifiers(int mods) {
  ImGuiIO& io = ImGui::GetIO();
  platform->modifiers = mods;
  io.AddKeyEvent(ImGuiMod_Ctrl, (mods & kModCtrl) != 0);
  io.AddKeyEvent(ImGuiMod_Shift, (mods & kModShift) != 0);
  io.AddKeyEvent(ImGuiMod_Alt, (mods & kModAlt) != 0);
  io.AddKeyEvent(ImGuiMod_Super, (mods & kModMeta) != 0);
}

// Forwards changes of the DOM `buttons` bit set (primary, secondary, auxiliary, back, forward)
// as ImGui buttons (left, right, middle, X1, X2). Reading the whole set on every event catches
// chorded presses, which Pointer Events report as moves rather than downs.
void forwardButtons(int buttons) {
  static constexpr int kDomBit[ImGuiMouseButton_COUNT] = {1, 2, 4, 8, 16};
  ImGuiIO& io = ImGui::GetIO();
  for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) {
    const bool down = (buttons & kDomBit[b]) != 0;
    if (down != ((platform->mouseButtons & kDomBit[b]) != 0)) io.AddMouseButtonEvent(b, down);
  }
  platform->mouseButtons = buttons;
}

void forgetMousePosition() { ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX); }

// The time after the last mouse move at which a delayed tooltip has become due.
double tooltipDelaySeconds() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const double stationaryThenShort = style.HoverStationaryDelay + style.HoverDelayShort;
  return std::max((double)style.HoverDelayNormal, stationaryThenShort) + 0.1;
}

// --- mouse and pen --------------------------------------------------------------------------

void handleMousePointer(int phase, float x, float y, int buttons) {
  ImGuiIO& io = ImGui::GetIO();
  switch (phase) {
    case kPointerLeave:
      if (platform->mouseButtons == 0) forgetMousePosition();  // while captured, the pointer still counts
      return;
    case kPointerCancel:
      forgetMousePosition();
      forwardButtons(0);
      return;
    default:
      io.AddMousePosEvent(x, y);
      forwardButtons(buttons);
      if (phase == kPointerMove && buttons == 0) requestLateFrame(tooltipDelaySeconds());
  }
}

// --- touch ----------------------------------------------------------------------------------

// What the gesture decided, turned into ImGui input. A finger presses nothing until it is clear
// what it does: a tap is a click (position, press and release, each in its own frame, drawn here
// inside the touchend handler so that a link opens within the reader's gesture); a horizontal
// drag on a slider drags it; a vertical drag scrolls the widget where it can, else the page.
void applyTouchActions(const TouchGesture::Actions& a) {
  ImGuiIO& io = ImGui::GetIO();
  if (a.pressAt) {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(a.pressAt->x, a.pressAt->y);
    drawFrameNow();  // hover first: touch has none before the press
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    drawFrameNow();
  }
  if (a.moveTo) {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(a.moveTo->x, a.moveTo->y);
  }
  if (a.release || a.withdraw) {
    if (a.withdraw) forgetMousePosition();  // released away from every item: nothing is clicked
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    drawFrameNow();
    forgetMousePosition();  // a finger leaves no hover behind
  }
  requestInputFrames();
}

// Lets go of every keyboard key that is down or queued down (ImGui drops a release for a key
// that is up). macOS delivers no keyup for keys released while Cmd is held (Cmd+C: C's keyup
// never comes), so this runs when Cmd goes up, as imgui_impl_osx does; and when the canvas
// loses the focus, after which no keyup comes to it at all.
void releaseKeyboardKeys() {
  ImGuiIO& io = ImGui::GetIO();
  for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_GamepadStart; ++k) io.AddKeyEvent((ImGuiKey)k, false);
}

}  // namespace

// --- public functions -----------------------------------------------------------------------

void platformInit(const char* canvasId) {
  platform = std::make_unique<Platform>();

  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "career_explorer_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.IniFilename = nullptr;  // no imgui.ini: there is no file system, and state lives in core
  io.LogFilename = nullptr;
  io.ConfigMacOSXBehaviors = ce_js_is_apple_platform() != 0;
  // Every event queued before a frame is applied in that frame. The platform draws the frames
  // that must be apart itself (a press and its release, a touch's position before its press),
  // synchronously inside the DOM handler, so nothing depends on ImGui spreading them out.
  io.ConfigInputTrickleEventQueue = false;

  // Until the first pointer says otherwise, the words follow the device ("tap" on a phone).
  webApp().widget.setTouchInput(ce_js_coarse_pointer() != 0);

  platform->lastFrameTime = emscripten_get_now();
  ce_js_platform_init(canvasId);  // reports the canvas size, colour scheme and page visibility now
}

void platformShutdown() {
  if (!platform) return;
  ce_js_platform_shutdown();
  platform.reset();
}

void platformNewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  // Display size in CSS px derived from the backing store, so DisplaySize x scale covers the
  // canvas exactly. ImGui 1.92 rasterises fonts at DisplayFramebufferScale: crisp at any DPR.
  const float scale = (float)platform->devicePixelRatio;
  io.DisplaySize = ImVec2((float)platform->fbWidth / scale, (float)platform->fbHeight / scale);
  io.DisplayFramebufferScale = ImVec2(scale, scale);

  // Real elapsed time, even after a long idle pause: ImGui's hover delays, double-click timing
  // and key repeat are measured in DeltaTime, and the late tooltip frame relies on it.
  const double now = emscripten_get_now();
  io.DeltaTime = (float)std::max((now - platform->lastFrameTime) / 1000.0, 1e-4);
  platform->lastFrameTime = now;

  // Momentum after a flick: the content glides on and slows down, as native scrolling does.
  if (platform->touch.hasMomentum()) {
    const TouchGesture::Glide glide = platform->touch.glide(now);
    if (glide.dy != 0.0f && webApp().widget.scrollAt(glide.x, glide.y, glide.dy) == 0.0f)
      platform->touch.stopMomentum();  // reached an end
  }
}

void platformEndFrame() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (cursor != platform->cursor) {
    platform->cursor = cursor;
    ce_js_set_cursor(cursor);
  }
}

bool platformInputHeld() {
  if (platform->touch.hasMomentum()) return true;
  for (bool down : ImGui::GetIO().MouseDown)
    if (down) return true;
  return false;
}

int framebufferWidth() { return platform ? platform->fbWidth : 0; }
int framebufferHeight() { return platform ? platform->fbHeight : 0; }

}  // namespace web

// --- callbacks from library_career_explorer.js ----------------------------------------------

extern "C" {

// One Pointer Event from a mouse or pen on the canvas (primary pointer only; fingers come through
// ce_platform_touch). x, y: CSS px from the canvas' top-left. source: an ImGuiMouseSource value.
// buttons: the DOM `buttons` bits. mods: ModifierBits.
EMSCRIPTEN_KEEPALIVE void ce_platform_pointer(int phase, int source, float x, float y, int buttons, int mods) {
  using namespace web;
  if (!platform) return;
  ImGuiIO& io = ImGui::GetIO();
  forwardModifiers(mods);
  io.AddMouseSourceEvent((ImGuiMouseSource)source);
  if (phase == kPointerDown) {
    platform->touch.stopMomentum();
    webApp().widget.setTouchInput(false);
  }
  handleMousePointer(phase, x, y, buttons);
  requestInputFrames();
  // A press and a release each get their own frame, drawn now: an ImGui button fires on
  // release, and what it does (open a link, copy) must run within the reader's gesture.
  if (phase == kPointerDown || phase == kPointerUp) drawFrameNow();
}

// One Touch Event on the canvas. phase: kPointerDown (touchstart), Move, Up (touchend), Cancel.
// x, y: the changed finger in CSS px from the canvas' top-left; fingers: how many are on the
// screen after the event. Returns 1 when the widget takes the event (the page calls
// preventDefault), 0 when the browser should do what it does: scroll or zoom the page.
EMSCRIPTEN_KEEPALIVE int ce_platform_touch(int phase, float x, float y, int fingers) {
  using namespace web;
  if (!platform) return 0;
  TouchGesture& t = platform->touch;
  const double now = emscripten_get_now();
  TouchGesture::Actions actions;
  ui::Widget& widget = webApp().widget;
  switch (phase) {
    case kPointerDown:
      widget.setTouchInput(true);
      actions = t.start(x, y, fingers, now);
      break;
    case kPointerMove:
      actions = t.move(x, y, fingers, now,
                       [&](float ax, float ay, float dy) { return widget.scrollAt(ax, ay, dy); },
                       [&](float ax, float ay) { return widget.dragsAt(ax, ay); });
      break;
    case kPointerUp:
      actions = t.end(x, y, fingers, now);
      break;
    default:
      actions = t.cancel();
      break;
  }
  applyTouchActions(actions);
  return actions.consumed ? 1 : 0;
}

// Whether the finger lifting at (x, y) (CSS px from the canvas' top-left) would end a tap: the
// page gives the canvas the focus first, as a mouse press does, which the prevented touch
// events no longer do.
EMSCRIPTEN_KEEPALIVE int ce_platform_touch_taps(float x, float y) {
  return web::platform && web::platform->touch.endsInTap(x, y) ? 1 : 0;
}

// A keydown (down = 1) or keyup on the canvas. code: KeyboardEvent.code (dom_key_map.cpp); mods:
// ModifierBits. Returns 1 when the page should call preventDefault(). The rules keep the page
// usable: browser shortcuts, Tab out of the widget (no keyboard trap) and keys it does not use
// reach the browser; keys ImGui consumes do not scroll the page. Held keys need no frames of
// their own: the browser repeats keydown. No text is typed into the canvas: every text field is
// the operable layer's input (ui/text_field.h), so the canvas needs no characters, paste or
// clipboard of its own.
EMSCRIPTEN_KEEPALIVE int ce_platform_key(int down, const char* code, int mods) {
  using namespace web;
  if (!platform) return 0;
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiKey imguiKey = imguiKeyFromDom(code);
  if (down && imguiKey == ImGuiKey_Tab) return 0;  // Tab moves the focus on, out of the canvas
  // Page Up/Down with the canvas focused (after a click): the area under the pointer scrolls, as
  // a scrollable box of the page would; at its end, or over nothing that scrolls, the page does.
  // Space and Shift+Space too, as on a page (the canvas activates nothing with Space: the
  // layer's controls take the keyboard).
  const bool space = imguiKey == ImGuiKey_Space && (mods & ~kModShift) == 0;
  if (imguiKey == ImGuiKey_PageUp || imguiKey == ImGuiKey_PageDown || space) {
    if (!down || (mods && !space) || !ImGui::IsMousePosValid(&io.MousePos)) return 0;
    const bool up = imguiKey == ImGuiKey_PageUp || (space && mods == kModShift);
    const float page = up ? -ui::Widget::kPageKeyScroll : ui::Widget::kPageKeyScroll;
    if (webApp().widget.scrollAt(io.MousePos.x, io.MousePos.y, page) == 0.0f) return 0;
    requestInputFrames();
    return 1;
  }

  forwardModifiers(mods);
  if (imguiKey != ImGuiKey_None) io.AddKeyEvent(imguiKey, down != 0);
  if (!down && (imguiKey == ImGuiKey_LeftSuper || imguiKey == ImGuiKey_RightSuper)) releaseKeyboardKeys();

  requestInputFrames();
  if (down) drawFrameNow();  // its effect is drawn at once, within the key's user activation

  // A key the widget never reads (dom_key_map.cpp) is the page's even while ImGui wants the
  // keyboard (a dialog open): F5 still reloads, F11 still goes full screen.
  if (mods & (kModCtrl | kModMeta)) return 0;
  return io.WantCaptureKeyboard && imguiKey != ImGuiKey_None;
}

// A wheel event over the canvas: x, y in CSS px from its top-left, the deltas in `deltaMode`
// units, ctrl whether Ctrl was held. Returns 1 when the widget scrolled (the page calls
// preventDefault). The wheel scrolls what is under the pointer while it can; at its ends, and
// over what does not scroll, the event is left alone and the browser scrolls the page (through
// the frame to the article): the widget behaves as a scrollable element inside the page.
// Ctrl+wheel and trackpad pinches zoom the page. Sideways wheels belong to the page: nothing in
// the widget pans sideways.
EMSCRIPTEN_KEEPALIVE int ce_platform_wheel(float x, float y, double deltaX, double deltaY, int deltaMode, int ctrl) {
  using namespace web;
  if (!platform || ctrl) return 0;
  if (std::fabs(deltaX) > std::fabs(deltaY)) return 0;
  const float perUnit = deltaMode == kDeltaPixel ? 1.0f : deltaMode == kDeltaLine ? kWheelLinePx : kWheelPagePx;
  platform->touch.stopMomentum();
  const float taken = webApp().widget.scrollAt(x, y, (float)deltaY * perUnit);
  if (taken == 0.0f) return 0;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(x, y);
  requestInputFrames();
  requestLateFrame(tooltipDelaySeconds());
  return 1;
}

// The canvas gained (1) or lost (0) the keyboard focus. Losing it lets go of the keys held, as
// ImGui's own focus event (AddFocusEvent) would; but that event also clears the mouse in the
// frame that applies it, and a press queued in the same frame was lost: a click on the canvas
// just after Tab had taken the focus to the layer did nothing.
EMSCRIPTEN_KEEPALIVE void ce_platform_focus(int focused) {
  using namespace web;
  if (!platform) return;
  if (!focused) {
    releaseKeyboardKeys();
    forwardModifiers(0);
  }
  requestInputFrames();
}

// The page was hidden (1: another tab, a minimised window) or shown again (0).
EMSCRIPTEN_KEEPALIVE void ce_platform_page_hidden(int hidden) { web::setPaused(web::kPausePageHidden, hidden != 0); }

// The canvas' size changed (ResizeObserver) or the device pixel ratio did. The backing store has
// already been resized, which clears it, so a frame is drawn now rather than in the next
// animation frame: no blank flash while resizing.
EMSCRIPTEN_KEEPALIVE void ce_platform_resize(int fbWidth, int fbHeight, double devicePixelRatio) {
  using namespace web;
  if (!platform) return;
  platform->fbWidth = fbWidth;
  platform->fbHeight = fbHeight;
  platform->devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
  requestInputFrames();
  drawFrameNow();
}

// The canvas entered or left the viewport (IntersectionObserver).
EMSCRIPTEN_KEEPALIVE void ce_platform_onscreen(int onscreen) {
  web::setPaused(web::kPauseOffscreen, onscreen == 0);
}

}  // extern "C"
