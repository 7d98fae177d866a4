// The idle protocol: frames are drawn on demand, never by a permanent main loop.
//
// A widget on somebody's blog must cost nothing while nobody touches it. So there is no
// emscripten_set_main_loop: whoever has a reason to redraw (an input event, a resize, new data, a
// theme change) asks for a number of frames, and the scheduler requests one animation frame at a
// time until that count is used up. After each frame the caller reports what it saw (a button
// held, an animation running, glyphs still to draw) and the scheduler keeps going or sleeps.
//
// Drawing is suspended while any pause reason holds (page hidden, canvas offscreen, no WebGL
// context, nothing to show yet); requests made meanwhile are remembered and served on resume.
#pragma once

namespace web {

// Frames drawn after an input event, so that ImGui settles hover, layout and windows that
// appear (auto-sized windows such as tooltips are hidden during their first frame).
// Tracy draws 3 as well; ImGui's author suggests 1-2.
constexpr int kSettleFrames = 3;

// Why drawing is suspended. Several may hold at once.
enum PauseReason : unsigned {
  kPausePageHidden = 1u << 0,   // document.visibilityState == "hidden"
  kPauseOffscreen = 1u << 1,    // the canvas is scrolled out of view (IntersectionObserver)
  kPauseNoContext = 1u << 2,    // no usable WebGL context: lost until restored, or never created
  kPauseNoContent = 1u << 3,    // no data and no failure to show yet: the HTML loader stays up
  kPauseDestroyed = 1u << 4,    // the page destroyed the widget: for good
};

// What the last frame asked for, reported by the frame function.
struct FrameOutcome {
  bool keepDrawing = false;   // a button or key held, or the widget animating
};

// Installs the function that draws one frame, and one told of every animation frame the
// scheduler gets (drawn in or not: a frame an input handler drew may stand for it). Call once
// before anything else.
void schedulerInit(void (*drawFrame)(), void (*animationFrame)() = nullptr);

// Asks for `count` more frames (the largest pending request wins; requests do not add up).
void requestFrames(int count);

// Draws one frame right now, inside the caller's event handler, if nothing pauses drawing.
// Used by pointer and key handlers so that what a click does (window.open, clipboard writes)
// runs within the browser's user activation; see dom_platform.cpp.
void drawFrameNow();

// Whether the frame being drawn is drawn by drawFrameNow (inside an event handler).
bool drawingInHandler();

// Called by the frame function after each frame.
void frameDone(const FrameOutcome& outcome);

// Sets or clears one pause reason. Resuming draws one frame (the view may be stale).
void setPaused(PauseReason reason, bool paused);
bool isPaused();

// Whether drawing resumed after a pause since the last call (what the canvas shows may have
// been dropped meanwhile, so the next frame is drawn whatever it holds).
bool takeResumed();

// Schedules one late frame (plus settle frames) `seconds` from now, replacing any earlier one.
// The platform calls it on every mouse move so delayed tooltips appear without a running loop.
void requestLateFrame(double seconds);

// The widget's own timed frame (a toast that goes, a result count said once typing pauses): one
// frame `seconds` from now, replacing the last such request; a negative `seconds` cancels it.
// Each frame says it again (Widget::frameWantedIn), so a timer of its own, apart from the
// tooltip's, which every mouse move moves.
void requestFrameIn(double seconds);

}  // namespace web
