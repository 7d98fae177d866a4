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

// Starts a frame's budget for new glyphs. A frame draws at most a budget of new glyphs (text of
// thousands of distinct characters, such as a paragraph of CJK ideographs, took seconds in one
// frame); those past it show ImGui's fallback for now and are asked for again here, in the next
// frame.
void beginGlyphFrame();
// Whether this frame held back glyphs: the caller draws another frame.
bool glyphsDeferred();

}  // namespace web
