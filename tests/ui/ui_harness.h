// Runs the real widget in a native ImGui context with no window and no GPU: frames are built
// from synthetic input, textures are acknowledged without uploading, and named items are
// clicked by their recorded rectangles — the same names the browser tests use.
#pragma once

#include <string>
#include <vector>

#include "json_document.h"
#include "widget.h"

struct ImGuiContext;

namespace test {

class UiHarness {
 public:
  UiHarness(float width, float height, bool dark = false);
  ~UiHarness();
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  ui::Widget& widget() { return widget_; }
  // Runs `count` frames with no new input.
  void frames(int count = 1);
  // One frame as the browser draws one inside an input event's handler (Widget::frame).
  void handlerFrame();
  // The item's rectangle from the last frame; fails the test when it is not on screen.
  bool rect(const std::string& name, ui::Rect& out) const;
  // Moves the mouse to the centre of the named item, presses and releases it over a few frames.
  // Returns false when the item is not on screen.
  bool click(const std::string& name);
  // Scrolls the region under the given point by `lines` wheel notches (negative: down), as the
  // browser platform does. Returns the CSS px the widget took (0: the page would scroll).
  float wheel(float x, float y, float lines);
  // Presses and releases a key over two frames.
  void key(int imguiKey);
  // Scrolls the view under (x, y) down until the named item is on screen; false if it never is.
  bool scrollTo(const std::string& name, float x, float y, int maxSteps = 60);
  // Scrolls the view under (x, y) to the info button `name`, clicks it, and says whether its
  // explanation box ("popover/" + name) opened.
  bool openInfo(const std::string& name, float x, float y);
  std::string stateJson() const { return widget_.stateJson(); }
  // The same, parsed (the JS API's getState()).
  core::Json state() const;

  // The text of the items drawn in the last frame (ImGui's log of rendered text).
  const std::string& drawnText() const { return drawnText_; }
  // What the last frame returned: true asks the platform for another frame without input.
  bool lastFrameAnimating() const { return animating_; }

  // What the widget asked of the platform, in order (cleared by clearCalls()).
  struct Calls {
    std::vector<std::string> opened, copied, saved, printed;
    std::vector<std::pair<std::string, std::string>> downloads;  // file name, contents
    int offline = 0;
    bool refuseSaves = false;  // storage that will not keep anything (blocked or full)
  };
  static Calls& calls();
  static void clearCalls() { calls() = Calls{}; }
  static std::vector<std::string>& openedUrls() { return calls().opened; }

 private:
  void frame(bool inInputHandler = false);
  ImGuiContext* context_ = nullptr;
  ui::Widget widget_;
  float width_, height_;
  std::string drawnText_;
  bool animating_ = false;
};

}  // namespace test
