#include "frame_scheduler.h"

#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

namespace web {

namespace {

// The scheduler's whole state (one per page, as there is one widget per page).
struct Scheduler {
  void (*drawFrame)() = nullptr;
  void (*animationFrame)() = nullptr;
  int framesWanted = 0;      // frames still to draw before sleeping
  bool animationFramePending = false;
  bool inFrame = false;      // guards against re-entry (an event dispatched from inside a frame)
  bool drewInHandler = false;  // a frame was drawn inside an input handler since the last tick
  bool inHandlerFrame = false;  // the frame being drawn is drawFrameNow's
  unsigned paused = 0;       // PauseReason bits
  // The content came and its first frame is not drawn yet: being scrolled out of view does not
  // hold that frame back (see blocking()).
  bool firstContentFrameOwed = false;
  bool resumed = false;      // drawing resumed since takeResumed() last asked
  long lateTimer = 0;        // emscripten_set_timeout id, 0 when none
  long wakeTimer = 0;        // requestFrameIn's, likewise
};

Scheduler s;

// What keeps a frame from being drawn now. An embed further down an article is offscreen when
// its data arrives; it still draws that first frame, so that it is ready (the page's loading
// indicator gives way, careerexplorer:ready is sent) and shows at once when scrolled to. Every
// later frame waits until it is in view.
unsigned blocking() {
  return s.firstContentFrameOwed ? (s.paused & ~static_cast<unsigned>(kPauseOffscreen)) : s.paused;
}

void runFrame() {
  if (s.inFrame || blocking() || !s.drawFrame) return;
  s.inFrame = true;
  if (s.framesWanted > 0) --s.framesWanted;
  s.drawFrame();
  s.firstContentFrameOwed = false;
  s.inFrame = false;
}

void armAnimationFrame();

EM_BOOL onAnimationFrame(double /*time*/, void* /*userData*/) {
  s.animationFramePending = false;
  if (s.animationFrame) s.animationFrame();
  // The frame an input handler drew is shown by this rendering update, after its animation-frame
  // callbacks: drawing the next frame here would hold the click's picture back by a whole frame
  // of work. The settle frames start one tick later.
  if (s.drewInHandler) {
    s.drewInHandler = false;
    armAnimationFrame();
    return EM_FALSE;
  }
  if (s.framesWanted > 0) runFrame();
  return EM_FALSE;  // one frame per request: never a loop
}

// Requests an animation frame if frames are wanted and none is pending.
void armAnimationFrame() {
  if (s.animationFramePending || blocking() || s.framesWanted <= 0) return;
  s.animationFramePending = true;
  emscripten_request_animation_frame(onAnimationFrame, nullptr);
}

void onLateTimer(void* /*userData*/) {
  s.lateTimer = 0;
  requestFrames(1 + kSettleFrames);  // the frame that shows the tooltip, then its settle frames
}

void onWakeTimer(void* /*userData*/) {
  s.wakeTimer = 0;
  requestFrames(1);  // it only takes something away or says something: nothing to settle
}

}  // namespace

void schedulerInit(void (*drawFrame)(), void (*animationFrame)()) {
  s.drawFrame = drawFrame;
  s.animationFrame = animationFrame;
}

void requestFrames(int count) {
  if (count > s.framesWanted) s.framesWanted = count;
  armAnimationFrame();
}

void drawFrameNow() {
  if (s.framesWanted < 1) s.framesWanted = 1;
  const bool drawn = !s.inFrame && !blocking() && s.drawFrame;
  if (!s.inFrame) s.inHandlerFrame = true;
  runFrame();
  if (!s.inFrame) s.inHandlerFrame = false;
  armAnimationFrame();
  s.drewInHandler = drawn && s.animationFramePending;  // only the tick already on its way waits
}

bool drawingInHandler() { return s.inHandlerFrame; }

void frameDone(const FrameOutcome& outcome) {
  if (outcome.keepDrawing && s.framesWanted < 1) s.framesWanted = 1;
  armAnimationFrame();
}

void setPaused(PauseReason reason, bool paused) {
  const unsigned before = s.paused;
  if (reason == kPauseNoContent && !paused && (before & kPauseNoContent)) s.firstContentFrameOwed = true;
  s.paused = paused ? (s.paused | reason) : (s.paused & ~reason);
  if (before != 0 && s.paused == 0) {
    s.resumed = true;
    requestFrames(1);  // resume with one frame: the view may be stale
  }
}

bool takeResumed() {
  const bool resumed = s.resumed;
  s.resumed = false;
  return resumed;
}

bool isPaused() { return s.paused != 0; }

void requestLateFrame(double seconds) {
  if (s.lateTimer != 0) emscripten_clear_timeout(s.lateTimer);
  s.lateTimer = emscripten_set_timeout(onLateTimer, seconds * 1000.0, nullptr);
}

void requestFrameIn(double seconds) {
  if (s.wakeTimer != 0) emscripten_clear_timeout(s.wakeTimer);
  s.wakeTimer = seconds >= 0.0 ? emscripten_set_timeout(onWakeTimer, seconds * 1000.0, nullptr) : 0;
}

}  // namespace web
