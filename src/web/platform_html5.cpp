#include "platform_html5.h"

#include <emscripten/em_macros.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include "frame_scheduler.h"
#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue and HoveredWindow: see drainInputNow(), wheelStepPx()
#include "js_bridge.h"
#include "key_map_html5.h"

namespace web {

namespace {

// Values shared with library_career_explorer.js (ce_platform_pointer arguments).
enum PointerPhase { kPointerDown = 0, kPointerMove = 1, kPointerUp = 2, kPointerCancel = 3, kPointerLeave = 4 };
enum ModifierBits { kModCtrl = 1, kModShift = 2, kModAlt = 4, kModMeta = 8 };

// A finger must travel this far (CSS px) before a touch becomes a scroll or a drag; closer to
// the start it is still a tap. Android uses 8 dp, iOS about 10 pt.
constexpr float kTouchSlopPx = 8.0f;

// Pixel-mode wheel deltas per ImGui wheel unit: Chrome and Firefox report 100 px per notch of a
// classic mouse wheel, and ImGui scrolls about 5 lines per unit, like a native window.
constexpr float kWheelPixelsPerUnit = 100.0f;
constexpr float kWheelLinesPerUnit = 3.0f;

// At most this many frames are drawn inside one event handler (see drainInputNow()).
constexpr int kMaxSynchronousFrames = 4;

// What one touch does, decided once the finger has moved past the slop.
enum class TouchMode { Undecided, Drag, Scroll };

struct TouchGesture {
  bool active = false;
  TouchMode mode = TouchMode::Undecided;
  float startX = 0, startY = 0;
  float lastY = 0;
};

// The platform's whole state (one canvas per page).
struct Platform {
  int fbWidth = 0, fbHeight = 0;  // canvas backing store, device px
  double devicePixelRatio = 1.0;
  double lastFrameTime = 0.0;     // emscripten_get_now(), ms
  int mouseButtons = 0;           // DOM `buttons` bits last forwarded
  int modifiers = 0;              // ModifierBits last forwarded
  TouchGesture touch;
  bool canvasFocused = false;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_COUNT;  // last cursor sent to CSS: none yet
  std::string clipboard;          // what ImGui copied, or what the reader last pasted
};

Platform p;

// --- small helpers --------------------------------------------------------------------------

void requestInputFrames() { requestFrames(1 + kSettleFrames); }

// Draws frames right away, inside the current DOM event handler, until ImGui has consumed the
// queued input (at most a few frames).
//
// Why: a click often ends in window.open() or a clipboard write, which browsers allow only during
// a user activation; Safari only inside the handler of the gesture itself. Frames normally run
// later in requestAnimationFrame, outside the gesture. Drawing synchronously here makes an ImGui
// button's click (which fires on release) run within the pointerup/keydown handler. ImGui
// trickles its input queue (one button change per frame, and a touch press one frame after its
// position), so a quick tap can need more than one frame: we drain the queue. Frames are cheap.
void drainInputNow() {
  for (int i = 0; i < kMaxSynchronousFrames && !isPaused(); ++i) {
    if (GImGui->InputEventsQueue.Size == 0) break;
    drawFrameNow();
  }
}

void forwardModifiers(int mods) {
  ImGuiIO& io = ImGui::GetIO();
  p.modifiers = mods;
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
    if (down != ((p.mouseButtons & kDomBit[b]) != 0)) io.AddMouseButtonEvent(b, down);
  }
  p.mouseButtons = buttons;
}

void forgetMousePosition() { ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX); }

// How many CSS pixels one ImGui wheel unit scrolls the window under the mouse (mirrors
// ImGui::UpdateMouseWheel: 5 x the window's font size, at most 2/3 of its height; wheel input
// goes to the nearest scrollable ancestor).
float wheelStepPx() {
  const ImGuiWindow* w = GImGui->HoveredWindow;
  while (w && w->ScrollMax.y == 0.0f && (w->Flags & ImGuiWindowFlags_ChildWindow) && w->ParentWindow)
    w = w->ParentWindow;
  if (!w) return 5.0f * ImGui::GetFontSize();
  return ImMax(1.0f, ImTrunc(ImMin(5.0f * w->FontRefSize, w->InnerRect.GetHeight() * 0.67f)));
}

// The time after the last mouse move at which a delayed tooltip has become due.
double tooltipDelaySeconds() {
  const ImGuiStyle& style = ImGui::GetStyle();
  const double stationaryThenShort = style.HoverStationaryDelay + style.HoverDelayShort;
  return ImMax((double)style.HoverDelayNormal, stationaryThenShort) + 0.1;
}

// --- pointers -------------------------------------------------------------------------------

void handleMousePointer(int phase, float x, float y, int buttons) {
  ImGuiIO& io = ImGui::GetIO();
  switch (phase) {
    case kPointerLeave:
      if (p.mouseButtons == 0) forgetMousePosition();  // while captured, the pointer still counts
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

// Turns a vertical finger movement into wheel input for the window under the finger.
void scrollByTouch(float dyPx) {
  if (dyPx != 0.0f) ImGui::GetIO().AddMouseWheelEvent(0.0f, dyPx / wheelStepPx());
}

// A tap clicks (press on down, release on up); a horizontal drag drags (sliders); a vertical
// drag scrolls: the press is then withdrawn (released away from any item, so nothing is
// clicked) and finger movement becomes wheel input. After the finger lifts the mouse position is
// forgotten so no hover highlight stays behind.
void handleTouchPointer(int phase, float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  TouchGesture& t = p.touch;
  switch (phase) {
    case kPointerDown:
      t = TouchGesture{true, TouchMode::Undecided, x, y, y};
      io.AddMousePosEvent(x, y);
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
      return;
    case kPointerMove: {
      if (!t.active) return;
      if (t.mode == TouchMode::Undecided) {
        const float dx = x - t.startX, dy = y - t.startY;
        if (dx * dx + dy * dy > kTouchSlopPx * kTouchSlopPx)
          t.mode = std::fabs(dy) > std::fabs(dx) ? TouchMode::Scroll : TouchMode::Drag;
        if (t.mode == TouchMode::Scroll) {
          forgetMousePosition();
          io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
          io.AddMousePosEvent(t.startX, t.startY);  // wheel input goes to the window under here
          scrollByTouch(y - t.startY);
          t.lastY = y;
          return;
        }
      }
      if (t.mode == TouchMode::Scroll) {
        scrollByTouch(y - t.lastY);
        t.lastY = y;
      } else {
        io.AddMousePosEvent(x, y);
      }
      return;
    }
    case kPointerUp:
    case kPointerCancel:
      if (!t.active) return;
      if (t.mode != TouchMode::Scroll) {
        if (phase == kPointerCancel) forgetMousePosition();  // withdrawn: no click
        else io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
      }
      forgetMousePosition();
      t.active = false;
      return;
    default:
      return;  // leave: a finger has no hover
  }
}

// --- html5.h callbacks ----------------------------------------------------------------------

// Decodes one UTF-8 sequence; true when `s` holds exactly one printable code point.
bool isSinglePrintableCharacter(const char* s) {
  const unsigned char c = (unsigned char)s[0];
  if (c < 0x20 || c == 0x7f) return false;  // empty or a control character
  const int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
  return len != 0 && std::strlen(s) == (size_t)len;
}

bool isShortcutLetter(const EmscriptenKeyboardEvent* e, const char* letters) {
  return e->key[0] != '\0' && e->key[1] == '\0' && std::strchr(letters, e->key[0] | 0x20) != nullptr;
}

// macOS delivers no keyup for keys released while Cmd is held (Cmd+C: C's keyup never comes).
// When Cmd goes up, let go of every key ImGui still thinks is down, as imgui_impl_osx does.
void releaseKeyboardKeys() {
  ImGuiIO& io = ImGui::GetIO();
  for (int k = ImGuiKey_NamedKey_BEGIN; k < ImGuiKey_GamepadStart; ++k)
    if (ImGui::IsKeyDown((ImGuiKey)k)) io.AddKeyEvent((ImGuiKey)k, false);
}

// Returning true calls preventDefault(). The rules keep the page usable: browser shortcuts,
// Tab out of the widget (no keyboard trap) and paste reach the browser; keys ImGui consumes do
// not scroll the page. Held keys need no frames of their own: the browser repeats keydown.
EM_BOOL onKey(int eventType, const EmscriptenKeyboardEvent* e, void* /*userData*/) {
  ImGuiIO& io = ImGui::GetIO();
  const bool down = eventType == EMSCRIPTEN_EVENT_KEYDOWN;
  const bool command = e->ctrlKey || e->metaKey;
  const bool typing = io.WantTextInput;
  const ImGuiKey key = imguiKeyFromDom(e->key, e->code);

  if (down) {
    // Ctrl/Cmd+V: left to the browser, which then fires `paste` with the clipboard text (see
    // ce_platform_paste). ImGui must not paste its own, possibly stale, copy meanwhile.
    if (command && isShortcutLetter(e, "v")) return EM_FALSE;
    // Tab moves focus out of the canvas unless a text field uses it.
    if (key == ImGuiKey_Tab && !typing) return EM_FALSE;
  }

  forwardModifiers((e->ctrlKey ? kModCtrl : 0) | (e->shiftKey ? kModShift : 0) |
                   (e->altKey ? kModAlt : 0) | (e->metaKey ? kModMeta : 0));
  if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
  if (!down && (key == ImGuiKey_LeftSuper || key == ImGuiKey_RightSuper)) releaseKeyboardKeys();
  // Text: the key itself when it is one printable character and no shortcut modifier is held
  // (AltGr arrives as Ctrl+Alt on Windows and still types).
  const bool shortcut = (e->ctrlKey && !e->altKey) || e->metaKey;
  if (down && !shortcut && isSinglePrintableCharacter(e->key)) io.AddInputCharactersUTF8(e->key);

  requestInputFrames();
  if (down) drainInputNow();  // Ctrl+C, or Enter on a link, runs within the key's user activation

  if (command) return typing && isShortcutLetter(e, "acxyz") ? EM_TRUE : EM_FALSE;
  return io.WantCaptureKeyboard || io.WantTextInput ? EM_TRUE : EM_FALSE;
}

EM_BOOL onWheel(int /*eventType*/, const EmscriptenWheelEvent* e, void* /*userData*/) {
  if (e->mouse.ctrlKey) return EM_FALSE;  // Ctrl+wheel and trackpad pinch: the browser zooms
  float perUnit = 1.0f;  // DOM_DELTA_PAGE: one page per unit (ImGui caps a unit at 2/3 page)
  if (e->deltaMode == DOM_DELTA_PIXEL) perUnit = kWheelPixelsPerUnit;
  else if (e->deltaMode == DOM_DELTA_LINE) perUnit = kWheelLinesPerUnit;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent((float)e->mouse.targetX, (float)e->mouse.targetY);
  // DOM deltas grow downwards/rightwards; ImGui's wheel grows upwards/leftwards.
  io.AddMouseWheelEvent((float)(-e->deltaX / perUnit), (float)(-e->deltaY / perUnit));
  requestInputFrames();
  requestLateFrame(tooltipDelaySeconds());
  return EM_TRUE;  // the listener is on the canvas: only scrolling over the widget is taken
}

EM_BOOL onFocusChange(int eventType, const EmscriptenFocusEvent* /*e*/, void* /*userData*/) {
  p.canvasFocused = eventType == EMSCRIPTEN_EVENT_FOCUS;
  ImGui::GetIO().AddFocusEvent(p.canvasFocused);
  requestInputFrames();
  return EM_FALSE;
}

EM_BOOL onVisibilityChange(int /*eventType*/, const EmscriptenVisibilityChangeEvent* e, void* /*userData*/) {
  setPaused(kPausePageHidden, e->hidden != 0);
  return EM_FALSE;
}

// --- ImGui platform hooks -------------------------------------------------------------------

const char* getClipboardText(ImGuiContext* /*ctx*/) { return p.clipboard.c_str(); }

void setClipboardText(ImGuiContext* /*ctx*/, const char* text) {
  p.clipboard = text;
  ce_js_copy_text(text, 0);  // Ctrl+C in a text field: no "copied" message
}

}  // namespace

// --- public functions -----------------------------------------------------------------------

void platformInit(const char* canvasId) {
  const std::string selector = std::string("#") + canvasId;  // html5.h takes CSS selectors
  const char* canvas = selector.c_str();

  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "career_explorer_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.IniFilename = nullptr;  // no imgui.ini: there is no file system, and state lives in core
  io.LogFilename = nullptr;
  io.ConfigMacOSXBehaviors = ce_js_is_apple_platform() != 0;
  io.AddFocusEvent(false);  // the canvas starts unfocused; its focus event says otherwise

  ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
  platformIo.Platform_GetClipboardTextFn = getClipboardText;
  platformIo.Platform_SetClipboardTextFn = setClipboardText;

  emscripten_set_keydown_callback(canvas, nullptr, EM_FALSE, onKey);
  emscripten_set_keyup_callback(canvas, nullptr, EM_FALSE, onKey);
  emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, onWheel);
  emscripten_set_focus_callback(canvas, nullptr, EM_FALSE, onFocusChange);
  emscripten_set_blur_callback(canvas, nullptr, EM_FALSE, onFocusChange);
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, onVisibilityChange);

  EmscriptenVisibilityChangeEvent visibility;
  if (emscripten_get_visibility_status(&visibility) == EMSCRIPTEN_RESULT_SUCCESS)
    setPaused(kPausePageHidden, visibility.hidden != 0);

  p.lastFrameTime = emscripten_get_now();
  ce_js_platform_init(canvasId);  // reports the canvas size and colour scheme right away
}

void platformNewFrame() {
  ImGuiIO& io = ImGui::GetIO();
  // Display size in CSS px derived from the backing store, so DisplaySize x scale covers the
  // canvas exactly. ImGui 1.92 rasterises fonts at DisplayFramebufferScale: crisp at any DPR.
  const float scale = (float)p.devicePixelRatio;
  io.DisplaySize = ImVec2((float)p.fbWidth / scale, (float)p.fbHeight / scale);
  io.DisplayFramebufferScale = ImVec2(scale, scale);

  // Real elapsed time, even after a long idle pause: ImGui's hover delays, double-click timing
  // and key repeat are measured in DeltaTime, and the late tooltip frame relies on it.
  const double now = emscripten_get_now();
  io.DeltaTime = (float)ImMax((now - p.lastFrameTime) / 1000.0, 1e-4);
  p.lastFrameTime = now;
}

void platformEndFrame() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (cursor != p.cursor) {
    p.cursor = cursor;
    ce_js_set_cursor(cursor);
  }
}

bool platformInputHeld() {
  for (bool down : ImGui::GetIO().MouseDown)
    if (down) return true;
  return false;
}

bool platformTextCursorVisible() { return p.canvasFocused && ImGui::GetIO().WantTextInput; }

int framebufferWidth() { return p.fbWidth; }
int framebufferHeight() { return p.fbHeight; }

}  // namespace web

// --- callbacks from library_career_explorer.js ----------------------------------------------

extern "C" {

// One Pointer Event on the canvas (primary pointer only). x, y: CSS px from the canvas' top-left.
// source: an ImGuiMouseSource value. buttons: the DOM `buttons` bits. mods: ModifierBits.
EMSCRIPTEN_KEEPALIVE void ce_platform_pointer(int phase, int source, float x, float y, int buttons, int mods) {
  using namespace web;
  ImGuiIO& io = ImGui::GetIO();
  forwardModifiers(mods);
  io.AddMouseSourceEvent((ImGuiMouseSource)source);
  if (source == ImGuiMouseSource_TouchScreen) handleTouchPointer(phase, x, y);
  else handleMousePointer(phase, x, y, buttons);
  requestInputFrames();
  if (phase == kPointerDown || phase == kPointerUp) drainInputNow();  // see drainInputNow()
}

// The canvas' size changed (ResizeObserver) or the device pixel ratio did. The backing store has
// already been resized, which clears it, so a frame is drawn now rather than in the next
// animation frame: no blank flash while resizing.
EMSCRIPTEN_KEEPALIVE void ce_platform_resize(int fbWidth, int fbHeight, double devicePixelRatio) {
  using namespace web;
  p.fbWidth = fbWidth;
  p.fbHeight = fbHeight;
  p.devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
  requestInputFrames();
  drawFrameNow();
}

// The canvas entered or left the viewport (IntersectionObserver).
EMSCRIPTEN_KEEPALIVE void ce_platform_onscreen(int onscreen) {
  web::setPaused(web::kPauseOffscreen, onscreen == 0);
}

// The reader pasted text while the canvas had focus. Browsers only hand clipboard contents to a
// paste event, so ImGui's clipboard is filled here and the paste shortcut replayed for it
// (Cmd on Apple platforms: ImGui swaps Cmd and Ctrl itself there).
EMSCRIPTEN_KEEPALIVE void ce_platform_paste(const char* text) {
  using namespace web;
  ImGuiIO& io = ImGui::GetIO();
  p.clipboard = text;
  const ImGuiKey command = io.ConfigMacOSXBehaviors ? ImGuiMod_Super : ImGuiMod_Ctrl;
  io.AddKeyEvent(command, true);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  const bool commandHeld = (p.modifiers & (io.ConfigMacOSXBehaviors ? kModMeta : kModCtrl)) != 0;
  io.AddKeyEvent(command, commandHeld);  // a paste from a menu leaves no modifier behind
  requestInputFrames();
}

}  // extern "C"
