// Dear ImGui's compile-time configuration for the wasm only (cmake/imgui/CMakeLists.txt).
#pragma once

// A recoverable usage error hands its message to ImGui::ErrorLog(). In the wasm that function
// only calls the error callback, which the widget never sets: the debug tools that would log or
// show the message are compiled out (IMGUI_DISABLE_DEBUG_TOOLS), and the assertion it may ask for
// is a no-op (NDEBUG). So ~50 messages, ~2.3 KB of text, would be dead bytes. The condition is
// still evaluated and ErrorLog still called, so ImGui's error recovery works as it does with them.
// The native build keeps ImGui's own definition, for whoever debugs the views there.
#define IM_ASSERT_USER_ERROR(_EXPR, _MSG) \
  do { if (!(_EXPR)) ImGui::ErrorLog("Dear ImGui usage error"); } while (0)

// Characters past U+FFFF (emoji, mathematical letters, CJK extensions) are characters, not
// surrogate pairs: a plan name or a search with an emoji shows it, drawn by the reader's fonts
// (src/web/browser_fonts.cpp), instead of two placeholders. A font size that meets one keeps a
// glyph index up to it (~6 bytes a code point below it: 0.8 MB for U+1F680).
#define IMGUI_USE_WCHAR32
