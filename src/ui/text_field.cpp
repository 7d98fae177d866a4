#include "text_field.h"

#include <algorithm>

#include "elements.h"

namespace ui {

void drawTextField(const ViewContext& ctx, ImVec2 min, ImVec2 max, float textLeft, std::string_view text,
                   TextCaret caret, bool focused, const char* hint) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float round = 6.0f;
  draw->AddRectFilled(min, max, ctx.colours.surface, round);
  draw->AddRect(min, max, focused ? ctx.colours.accent : ctx.colours.controlBorder, round, 0, focused ? 2.0f : 1.0f);

  const float right = max.x - 10.0f;
  if (right <= textLeft) return;  // no room for text (the search field folded to its magnifier)
  FontScope font(ctx.fonts.regular, TextSize::kBody);
  const float lineHeight = ImGui::GetFontSize();
  const float textY = min.y + (max.y - min.y - lineHeight) * 0.5f;
  const auto caretAt = [&](float x) {
    if (focused) draw->AddLine(ImVec2(x, textY), ImVec2(x, textY + lineHeight), ctx.colours.text, 1.5f);
  };
  draw->PushClipRect(ImVec2(textLeft, min.y), ImVec2(right, max.y), true);
  if (text.empty()) {
    if (hint) draw->AddText(ImVec2(textLeft, textY), ctx.colours.textMuted, hint);
    caretAt(textLeft);
  } else {
    // Scrolled left just enough to keep the caret in view (its end when the text is wider).
    const char* begin = text.data();
    const char* end = begin + text.size();
    const TextCaret at = caret.within(text.size());
    const auto xOf = [&](std::size_t bytes) { return ImGui::CalcTextSize(begin, begin + bytes).x; };
    const float full = xOf(text.size());
    const float caretX = xOf(at.caret);
    const float shift = std::max(0.0f, std::min(full, caretX + 4.0f) - (right - textLeft));
    if (focused && at.anchor != at.caret) {
      const float anchorX = xOf(at.anchor);
      draw->AddRectFilled(ImVec2(textLeft - shift + std::min(caretX, anchorX), textY),
                          ImVec2(textLeft - shift + std::max(caretX, anchorX), textY + lineHeight),
                          ctx.colours.surfaceSelected);
    }
    draw->AddText(ImVec2(textLeft - shift, textY), ctx.colours.text, begin, end);
    caretAt(textLeft - shift + caretX);
  }
  draw->PopClipRect();
}

}  // namespace ui
