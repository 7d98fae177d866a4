#include "touch_gesture.h"

#include <algorithm>
#include <cmath>

namespace web {

namespace {

// Momentum as on iOS: the speed decays exponentially with this time constant (ms), and stops
// below kStopSpeed. A flick slower than kMinFlickSpeed has none. Speeds in CSS px per ms.
constexpr double kDecayMs = 325.0;
constexpr float kMinFlickSpeed = 0.25f;
constexpr float kMaxFlickSpeed = 8.0f;
constexpr float kStopSpeed = 0.02f;
constexpr double kSampleWindowMs = 100.0;

}  // namespace

TouchGesture::Actions TouchGesture::becomePinch() {
  Actions a;
  a.withdraw = mode_ == Mode::Drag;  // a slider held by the first finger lets go, unclicked
  mode_ = Mode::Pinch;
  return a;
}

TouchGesture::Actions TouchGesture::start(float x, float y, int fingers, double nowMs) {
  momentum_ = false;
  if (fingers > 1 || mode_ == Mode::Pinch) return becomePinch();
  mode_ = Mode::Undecided;
  start_ = last_ = Point{x, y};
  samples_.clear();
  sample(nowMs, y);
  return {};  // not consumed: the browser may still scroll or zoom the page
}

TouchGesture::Actions TouchGesture::move(float x, float y, int fingers, double nowMs, ScrollFn scroll,
                                         DragsFn drags) {
  Actions a;
  if (fingers > 1 && mode_ != Mode::Pinch) return becomePinch();
  switch (mode_) {
    case Mode::Undecided: {
      const float dx = x - start_.x, dy = y - start_.y;
      if (dx * dx + dy * dy <= kSlopPx * kSlopPx) return a;  // still a tap, and the page's to take
      if (std::fabs(dx) > std::fabs(dy)) {
        if (drags(start_.x, start_.y)) {
          mode_ = Mode::Drag;
          a.pressAt = start_;
          a.moveTo = Point{x, y};
          a.consumed = true;
        } else {
          mode_ = Mode::Page;  // a sideways pan of a zoomed page
        }
        return a;
      }
      // Finger up (dy < 0): the content moves on towards its end.
      if (scroll(start_.x, start_.y, -dy) != 0.0f) {
        mode_ = Mode::Scroll;
        a.consumed = true;
        sample(nowMs, y);
        last_ = Point{x, y};
      } else {
        mode_ = Mode::Page;
      }
      return a;
    }
    case Mode::Scroll:
      scroll(start_.x, start_.y, -(y - last_.y));
      last_ = Point{x, y};
      sample(nowMs, y);
      a.consumed = true;  // once the widget has the gesture it keeps it, as nested scrollers do
      return a;
    case Mode::Drag:
      a.moveTo = Point{x, y};
      a.consumed = true;
      return a;
    default:
      return a;  // Page, Pinch, Idle: the browser's
  }
}

bool TouchGesture::endsInTap(float x, float y) const {
  // A tap, unless the finger travelled without the moves in between being seen (the browser
  // may coalesce them): then it was some gesture, and nothing is clicked.
  const float dx = x - start_.x, dy = y - start_.y;
  return mode_ == Mode::Undecided && dx * dx + dy * dy <= kSlopPx * kSlopPx;
}

TouchGesture::Actions TouchGesture::end(float x, float y, int fingers, double nowMs) {
  Actions a;
  switch (mode_) {
    case Mode::Undecided: {
      if (!endsInTap(x, y)) break;
      a.pressAt = start_;
      a.release = true;
      a.consumed = true;  // no emulated mouse events or click after the widget's own
      break;
    }
    case Mode::Drag:
      a.moveTo = Point{x, y};
      a.release = true;
      a.consumed = true;
      break;
    case Mode::Scroll: {
      sample(nowMs, y);
      const Sample& first = samples_.front();
      const Sample& lastSample = samples_.back();
      const double span = lastSample.t - first.t;
      const float speed = span > 0 ? static_cast<float>((first.y - lastSample.y) / span) : 0.0f;
      if (std::fabs(speed) >= kMinFlickSpeed) {
        momentum_ = true;
        velocity_ = std::clamp(speed, -kMaxFlickSpeed, kMaxFlickSpeed);
        glideTime_ = nowMs;
      }
      a.consumed = true;
      break;
    }
    default:
      break;
  }
  // A pinch lasts until its last finger lifts; anything else ends with its finger.
  mode_ = mode_ == Mode::Pinch && fingers > 0 ? Mode::Pinch : Mode::Idle;
  return a;
}

TouchGesture::Actions TouchGesture::cancel() {
  Actions a;
  a.withdraw = mode_ == Mode::Drag;
  mode_ = Mode::Idle;
  momentum_ = false;
  return a;
}

TouchGesture::Glide TouchGesture::glide(double nowMs) {
  Glide g{start_.x, start_.y, 0};
  if (!momentum_) return g;
  const double dt = std::max(0.0, nowMs - glideTime_);
  glideTime_ = nowMs;
  // The distance covered while the speed decays from v to v * e^(-dt/k) is v * k * (1 - e^(-dt/k)).
  const double decay = std::exp(-dt / kDecayMs);
  g.dy = static_cast<float>(velocity_ * kDecayMs * (1.0 - decay));
  velocity_ = static_cast<float>(velocity_ * decay);
  if (std::fabs(velocity_) < kStopSpeed) momentum_ = false;
  return g;
}

void TouchGesture::sample(double nowMs, float y) {
  samples_.push_back(Sample{nowMs, y});
  // Bounded by time and by count: a flood of moves keeps at most kMaxSamples.
  constexpr std::size_t kMaxSamples = 32;
  while (samples_.size() > 2 && (nowMs - samples_.front().t > kSampleWindowMs || samples_.size() > kMaxSamples))
    samples_.erase(samples_.begin());
}

}  // namespace web
