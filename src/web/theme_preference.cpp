// Light or dark: the page's preference (`?theme=light|dark|auto`), else the reader's
// prefers-color-scheme, followed live.
#include <emscripten/em_macros.h>

#include "frame_scheduler.h"
#include "web_app.h"

namespace web {

void applyThemePreference() {
  WebApp& app = webApp();
  const bool dark = app.themePreference == ThemePreference::Auto ? app.systemDark
                                                                 : app.themePreference == ThemePreference::Dark;
  if (dark != app.widget.darkMode()) app.widget.setDarkMode(dark);
  requestFrames(1 + kSettleFrames);
}

}  // namespace web

extern "C" {

// Page API: 0 = follow the system (default), 1 = light, 2 = dark.
EMSCRIPTEN_KEEPALIVE void ce_set_theme(int preference) {
  using web::ThemePreference;
  web::webApp().themePreference = (preference == 1)   ? ThemePreference::Light
                                  : (preference == 2) ? ThemePreference::Dark
                                                      : ThemePreference::Auto;
  web::applyThemePreference();
}

// From library_career_explorer.js: prefers-color-scheme changed (and once at start).
EMSCRIPTEN_KEEPALIVE void ce_platform_system_dark_mode(int dark) {
  web::webApp().systemDark = dark != 0;
  web::applyThemePreference();
}

}  // extern "C"
