// The browser's font loader (browser_fonts.cpp): ui::loadFonts for the web build, and the one
// step it needs from the frame loop.
#pragma once

namespace web {

// Whether the browser lets the widget draw its text: a 2D canvas whose pixels read back as drawn
// (a privacy setting may answer every read with blank pixels).
bool browserFontsUsable();

// Puts the pixels of the glyphs ImGui asked for since the last call into its atlas. Call after
// ImGui::Render() and before the draw data is drawn: a new glyph's place is reserved when it is
// asked for, and its pixels are read back from the canvas for all of them at once.
void flushBrowserGlyphs();

}  // namespace web
