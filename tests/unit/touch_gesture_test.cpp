// How a finger on the canvas is read (src/web/touch_gesture.h): taps click, scrolls scroll the
// widget where it can and the page where it cannot, slider drags drag, pinches belong to the
// browser and never click, and a flick glides on.
#include <doctest/doctest.h>

#include <algorithm>

#include "touch_gesture.h"

using web::TouchGesture;

namespace {

// A stand-in for the widget: a region that can scroll `room` px further down and `back` px up.
struct FakeWidget {
  float room = 500, back = 0;
  bool sliderAt = false;
  float scrolled = 0;
  auto scroll() {
    return [this](float, float, float dy) {
      const float take = dy > 0 ? std::min(dy, room) : -std::min(-dy, back);
      room -= take;
      back += take;
      scrolled += take;
      return take;
    };
  }
  auto drags() {
    return [this](float, float) { return sliderAt; };
  }
};

}  // namespace

TEST_CASE("whether a lift would end a tap is known before it is handled (the page moves the focus first)") {
  TouchGesture t;
  FakeWidget w;
  CHECK_FALSE(t.endsInTap(100, 200));  // no finger down
  t.start(100, 200, 1, 0);
  CHECK(t.endsInTap(104, 203));
  CHECK_FALSE(t.endsInTap(100, 230));  // travelled, moves unseen: some gesture, no click
  t.move(100, 260, 1, 30, w.scroll(), w.drags());  // a scroll
  CHECK_FALSE(t.endsInTap(100, 260));
  CHECK_FALSE(t.end(100, 260, 0, 40).pressAt);
  t.start(50, 50, 1, 100);
  CHECK(t.endsInTap(50, 50));
  CHECK(t.end(50, 50, 0, 150).pressAt);  // and the lift then taps, as said
}

TEST_CASE("a tap clicks where the finger went down, and the page gets no emulated click") {
  TouchGesture t;
  FakeWidget w;
  CHECK_FALSE(t.start(100, 200, 1, 0).consumed);  // the browser may still scroll or zoom
  CHECK_FALSE(t.move(103, 202, 1, 10, w.scroll(), w.drags()).consumed);  // within the slop
  TouchGesture::Actions a = t.end(103, 202, 0, 60);
  REQUIRE(a.pressAt);
  CHECK(a.pressAt->x == 100);
  CHECK(a.release);
  CHECK(a.consumed);
}

TEST_CASE("a vertical drag scrolls the widget where it can, and never clicks") {
  TouchGesture t;
  FakeWidget w;
  t.start(100, 400, 1, 0);
  TouchGesture::Actions a = t.move(100, 380, 1, 16, w.scroll(), w.drags());
  CHECK(a.consumed);
  CHECK_FALSE(a.pressAt);
  t.move(100, 300, 1, 32, w.scroll(), w.drags());
  CHECK(w.scrolled == doctest::Approx(100));  // finger up 100 px: content 100 px on
  a = t.end(100, 300, 0, 40);
  CHECK_FALSE(a.pressAt);
  CHECK_FALSE(a.release);
}

TEST_CASE("where the widget cannot scroll that way, the page scrolls") {
  TouchGesture t;
  FakeWidget w;
  t.start(100, 300, 1, 0);
  // Finger down: the content would go back up, but it is at its top.
  TouchGesture::Actions a = t.move(100, 330, 1, 16, w.scroll(), w.drags());
  CHECK_FALSE(a.consumed);
  CHECK_FALSE(t.move(100, 400, 1, 32, w.scroll(), w.drags()).consumed);
  CHECK_FALSE(t.end(100, 400, 0, 48).consumed);
  CHECK(w.scrolled == 0);
}

TEST_CASE("a vertical swipe that starts on a slider scrolls, a sideways one drags it") {
  TouchGesture t;
  FakeWidget w;
  w.sliderAt = true;
  t.start(50, 300, 1, 0);
  TouchGesture::Actions a = t.move(52, 260, 1, 16, w.scroll(), w.drags());
  CHECK(a.consumed);
  CHECK_FALSE(a.pressAt);  // the slider is never pressed
  t.end(52, 200, 0, 40);
  t.start(50, 300, 1, 100);
  a = t.move(80, 302, 1, 116, w.scroll(), w.drags());
  REQUIRE(a.pressAt);
  CHECK(a.pressAt->x == 50);
  REQUIRE(a.moveTo);
  CHECK(a.moveTo->x == 80);
  a = t.end(120, 302, 0, 140);
  CHECK(a.release);
}

TEST_CASE("a sideways drag away from a slider is the page's (panning a zoomed article)") {
  TouchGesture t;
  FakeWidget w;
  t.start(50, 300, 1, 0);
  CHECK_FALSE(t.move(90, 302, 1, 16, w.scroll(), w.drags()).consumed);
  CHECK_FALSE(t.end(90, 302, 0, 30).pressAt);
}

TEST_CASE("two fingers are a pinch: never consumed, never a click, a held slider lets go") {
  TouchGesture t;
  FakeWidget w;
  w.sliderAt = true;
  t.start(50, 300, 1, 0);
  t.move(80, 300, 1, 16, w.scroll(), w.drags());  // dragging a slider
  TouchGesture::Actions a = t.start(200, 300, 2, 20);
  CHECK(a.withdraw);
  CHECK_FALSE(a.consumed);
  CHECK_FALSE(t.move(220, 300, 2, 30, w.scroll(), w.drags()).consumed);
  a = t.end(220, 300, 1, 40);  // one finger lifts
  CHECK_FALSE(a.pressAt);
  CHECK_FALSE(t.move(60, 340, 1, 50, w.scroll(), w.drags()).consumed);
  a = t.end(60, 340, 0, 60);
  CHECK_FALSE(a.pressAt);
  CHECK_FALSE(a.release);
  // A plain tap afterwards works again.
  t.start(10, 10, 1, 100);
  CHECK(t.end(10, 10, 0, 150).release);
}

TEST_CASE("a finger that jumped far with no moves seen is no tap") {
  TouchGesture t;
  t.start(100, 500, 1, 0);
  TouchGesture::Actions a = t.end(100, 360, 0, 150);
  CHECK_FALSE(a.pressAt);
  CHECK_FALSE(a.consumed);
}

TEST_CASE("a flick glides on, slows down and stops, a slow drag does not glide") {
  TouchGesture t;
  FakeWidget w;
  w.room = 100000;
  t.start(100, 500, 1, 0);
  for (int i = 1; i <= 6; ++i) t.move(100, 500.0f - 20.0f * i, 1, 10.0 * i, w.scroll(), w.drags());
  t.end(100, 380, 0, 60);
  REQUIRE(t.hasMomentum());  // 2 px per ms
  float total = 0, last = 1e9f;
  double now = 60;
  int frames = 0;
  while (t.hasMomentum() && frames < 1000) {
    now += 16;
    const float dy = t.glide(now).dy;
    CHECK(dy > 0);      // on in the same direction
    CHECK(dy <= last);  // never faster
    last = dy;
    total += dy;
    ++frames;
  }
  CHECK_FALSE(t.hasMomentum());
  CHECK(frames < 200);  // it stops within a few seconds
  // Exponential decay: the whole glide is about speed x time constant (2 px/ms x 325 ms).
  CHECK(total == doctest::Approx(650).epsilon(0.1));

  TouchGesture slow;
  slow.start(100, 500, 1, 0);
  for (int i = 1; i <= 10; ++i) slow.move(100, 500.0f - 2.0f * i, 1, 20.0 * i, w.scroll(), w.drags());
  slow.end(100, 480, 0, 220);
  CHECK_FALSE(slow.hasMomentum());
}

TEST_CASE("a new touch stops a glide") {
  TouchGesture t;
  FakeWidget w;
  t.start(100, 500, 1, 0);
  for (int i = 1; i <= 6; ++i) t.move(100, 500.0f - 20.0f * i, 1, 10.0 * i, w.scroll(), w.drags());
  t.end(100, 380, 0, 60);
  REQUIRE(t.hasMomentum());
  t.start(100, 300, 1, 80);
  CHECK_FALSE(t.hasMomentum());
}
