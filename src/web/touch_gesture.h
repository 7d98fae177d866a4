// What one finger on the canvas means, decided the way a scrollable element in a web page
// decides it, and the momentum of a flick. Plain C++ with no ImGui or browser calls, so the rules
// are tested natively (tests/unit/touch_gesture_test.cpp); dom_platform.cpp turns the actions
// into ImGui input.
//
// A finger presses nothing until it is clear what it does:
//  - lifted within the slop: a tap (a click where it went down);
//  - moved sideways from a slider: a drag of that slider;
//  - moved up or down where the widget can scroll that way: the widget scrolls (and glides on
//    after a flick); where it cannot (at its top or bottom, or over what does not scroll), or
//    sideways anywhere else: the page's gesture — the browser scrolls or pans the article;
//  - a second finger: a pinch, the browser's too. Nothing is clicked.
// The decision is made on the first move past the slop, because only then can the browser still
// be told (preventDefault on a touchmove) to leave the gesture to the widget.
#pragma once

#include <optional>
#include <vector>

#include "function_ref.h"

namespace web {

class TouchGesture {
 public:
  struct Point {
    float x = 0, y = 0;
  };
  // What the platform should do with ImGui's input after an event.
  struct Actions {
    std::optional<Point> pressAt;  // move there, then press (in frames of their own)
    std::optional<Point> moveTo;   // move a held press (a slider drag)
    bool release = false;          // release the press where the pointer is (a click on a tap)
    bool withdraw = false;         // release away from everything: no click
    bool consumed = false;         // the widget takes the event: the page must not act on it
  };
  // One step of momentum: scroll the region under (x, y) by dy CSS px.
  struct Glide {
    float x = 0, y = 0, dy = 0;
  };

  // How far a finger may move and still tap (CSS px). Android uses 8 dp, iOS about 10 pt.
  static constexpr float kSlopPx = 8.0f;

  // The widget scrolls the region under (x, y) by up to dy px and returns what it took (0: it
  // cannot scroll that way). Whether a horizontal drag from (x, y) moves a slider.
  // (Called during move() only: references to the caller's callables, as elsewhere.)
  using ScrollFn = core::FunctionRef<float(float x, float y, float dy)>;
  using DragsFn = core::FunctionRef<bool(float x, float y)>;

  // `fingers`: how many touch the screen after the event. `nowMs`: a monotonic clock.
  Actions start(float x, float y, int fingers, double nowMs);
  Actions move(float x, float y, int fingers, double nowMs, ScrollFn scroll, DragsFn drags);
  Actions end(float x, float y, int fingers, double nowMs);
  // Whether the finger lifting at (x, y) now would end a tap (a click).
  bool endsInTap(float x, float y) const;
  Actions cancel();

  bool hasMomentum() const { return momentum_; }
  Glide glide(double nowMs);
  void stopMomentum() { momentum_ = false; }

 private:
  enum class Mode { Idle, Undecided, Drag, Scroll, Page, Pinch };
  struct Sample {
    double t;
    float y;
  };
  void sample(double nowMs, float y);
  Actions becomePinch();

  Mode mode_ = Mode::Idle;
  Point start_, last_;
  std::vector<Sample> samples_;  // the last 100 ms of a scrolling finger, for the flick's speed
  bool momentum_ = false;
  float velocity_ = 0;  // px per ms, positive towards the end of the content
  double glideTime_ = 0;
};

}  // namespace web
