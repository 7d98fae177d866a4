// The whole interface between the platform layer (src/web) and the views (src/ui).
// The platform owns the ImGui context, the GL context and the event loop; the widget owns the
// application state (through core) and draws it. One Widget per page.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace ui {

// A rectangle in CSS pixels, relative to the canvas' top-left corner.
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// What the widget asks of the platform; the platform fills these in before init().
struct PlatformHooks {
  // Opens an http(s) URL in a new tab (noopener). The platform may defer it to the next user
  // gesture (browsers block popups outside one).
  void (*openUrl)(const char* url) = nullptr;
  // Copies text to the system clipboard.
  void (*copyText)(const char* text) = nullptr;
};

class Widget {
 public:
  Widget();
  ~Widget();
  Widget(const Widget&) = delete;
  Widget& operator=(const Widget&) = delete;

  // Call once, with the ImGui context current, before the first frame: adds the fonts to the
  // atlas and applies the theme.
  void init(const PlatformHooks& hooks);

  // Loads the career data (the bytes of careers.json) through core's validating loader. On
  // errors the widget shows them instead of the explorer; it never crashes on any input.
  void loadData(std::string_view json);
  // Shows a message in place of the explorer (e.g. the data file could not be downloaded).
  void showFailure(std::string_view title, std::string_view detail);

  // Light or dark colours; the platform follows prefers-color-scheme (or an embed option).
  void setDarkMode(bool dark);
  bool darkMode() const;

  // Builds one ImGui frame: call between ImGui::NewFrame() and ImGui::Render(). Returns true
  // while something is animating and another frame is wanted even without input.
  bool frame();

  // A JSON snapshot of the reader-visible state (see README, "JS API").
  std::string stateJson() const;
  // The rectangle of a named item (`role/<id>`, `view/roles`, ...) as drawn in the last frame,
  // or false when it was not on screen.
  bool itemRect(std::string_view name, Rect& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ui
