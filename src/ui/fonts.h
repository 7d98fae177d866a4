// The UI's two faces: natively Inter, embedded in the binary (fonts_embedded.cpp,
// cmake/embed_file.cmake); in the browser the page's own fonts (src/web/browser_fonts.cpp).
#pragma once

struct ImFont;

namespace ui {

struct Fonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;  // SemiBold: headings, role titles, numbers that matter
};

// Text sizes in CSS pixels (ImGui 1.92 rasterises them at the framebuffer's density).
struct TextSize {
  static constexpr float kBody = 15.0f;
  static constexpr float kSmall = 13.0f;
  static constexpr float kTitle = 17.0f;
  static constexpr float kHeading = 21.0f;
};

// Adds both faces to the current context's atlas (one implementation is linked: see above).
Fonts loadFonts();

}  // namespace ui
