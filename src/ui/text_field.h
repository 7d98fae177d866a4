// A one-line text field drawn by the canvas and typed in the operable layer's real input over it
// (src/web/library_semantic_layer.js): the phone's keyboard, dictation, input methods, paste and
// screen readers all work on the input, whose text and caret come back as requests
// (SemanticLayer::takeText), and the canvas draws them. Dear ImGui's own text editor is not linked
// into the wasm: the page already has one.
#pragma once

#include <string_view>

#include "view_context.h"

namespace ui {

// Draws the field's frame over [min, max] (the accent edge while `focused`), then its text from
// `textLeft`: the hint when `text` is empty, else the text scrolled so that the caret stays in
// view; while focused, the selection behind the text and the caret.
void drawTextField(const ViewContext& ctx, ImVec2 min, ImVec2 max, float textLeft, std::string_view text,
                   TextCaret caret, bool focused, const char* hint);

}  // namespace ui
