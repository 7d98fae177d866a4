// A horizontal slider for a whole number, drawn by the canvas: a drag or a click on it sets the
// value, and the operable layer offers it as a real range input (arrow keys, Home/End, a screen
// reader's increments), whose changes come back through the same value. Drawn here rather than
// with ImGui::SliderInt: that one can turn into a text field on Ctrl+click, which links Dear
// ImGui's whole text editor into the wasm for a gesture no web reader knows.
#pragma once

#include <string>

#include "view_context.h"

namespace ui {

// `value` is clamped to [min, max]; `words(value)` is drawn on the slider and read by screen
// readers ("6 hours a week"), with `readAfter` after it when not empty (what the value means,
// too long to draw on it); `label` is its accessible name. The width is the next item width (or the rest of
// the line). Returns true when the reader changed the value this frame.
bool slider(const ViewContext& ctx, const std::string& name, const char* label, int& value, int min, int max,
            std::string (*words)(int), const std::string& readAfter = std::string());

// Where the words on a slider start (x): centred between `left` and `right`, unless the grab
// (`grabWidth` wide, centred at `grabX`) would cover them; then centred in the roomier side of
// it, where they fit ("1|3 hours a week" read as 3 hours).
float sliderWordsX(float left, float right, float grabX, float grabWidth, float wordsWidth);

}  // namespace ui
