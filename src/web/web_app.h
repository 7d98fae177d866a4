// The web build's application state: the one widget, what it has been given, and what the JS
// API reports. The platform (input), renderer and scheduler keep their own state in their files;
// this is what main.cpp, js_api.cpp and theme_preference.cpp share.
#pragma once

#include <string>

#include "widget.h"

namespace web {

// How the page asked for colours (`?theme=` in the host page, or an embed option).
enum class ThemePreference { Auto = 0, Light = 1, Dark = 2 };

struct WebApp {
  ui::Widget widget;
  double frameCount = 0;          // frames drawn since start (JS API frameCount())
  double framesPresented = 0;     // of those, the frames that changed the canvas
  bool hasContent = false;        // loadData() or showFailure() was called
  bool showsFailure = false;      // the content is a failure message
  bool readyAnnounced = false;    // careerexplorer:ready was dispatched
  bool firstFrameDrawn = false;   // the first frame with content was drawn
  bool pageCopiesDue = false;     // its layer, mirror and address wait for it to be painted
  ThemePreference themePreference = ThemePreference::Auto;
  bool systemDark = false;        // prefers-color-scheme: dark
  std::string exportBuffer;       // keeps strings returned to JS alive until the next call
  // The address bar follows the state after each frame (ui::Widget::historyUpdate), once the page
  // restored state. A visit without a link keeps a clean address until the reader changes
  // something: `cleanFragment` is the state it started with.
  bool mirrorFragment = false;
  bool cleanAddress = false;
  std::string cleanFragment;
  std::string textMirrorFor;  // the state the page's text mirror shows
  std::string announced;      // the last text handed to the page's live region
  std::string semanticsSent;  // the operable layer's nodes as last handed to the page
};

WebApp& webApp();

// Applies the theme preference (and the system scheme when it is Auto) to the widget.
void applyThemePreference();

}  // namespace web
