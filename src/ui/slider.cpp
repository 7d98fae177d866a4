#include "slider.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"

namespace ui {
namespace {

// The grab's width, and the gap between it and the frame's edge (as Dear ImGui's own slider).
constexpr float kGrabWidth = 12.0f;
constexpr float kGrabPad = 2.0f;

// The value under screen x: the grab's centre follows the pointer, from min at the left end of
// its travel to max at the right.
int valueAt(float x, float left, float right, int min, int max) {
  const float travel = std::max(1.0f, right - left);
  const float t = std::clamp((x - left) / travel, 0.0f, 1.0f);
  return min + static_cast<int>(std::lround(t * static_cast<float>(max - min)));
}

}  // namespace

float sliderWordsX(float left, float right, float grabX, float grabWidth, float wordsWidth) {
  const float centred = (left + right - wordsWidth) * 0.5f;
  const float gap = 6.0f;
  const float grabLeft = grabX - grabWidth * 0.5f - gap, grabRight = grabX + grabWidth * 0.5f + gap;
  if (grabRight <= centred || grabLeft >= centred + wordsWidth) return centred;
  const float roomLeft = grabLeft - left, roomRight = right - grabRight;
  if (roomRight >= roomLeft && roomRight >= wordsWidth) return grabRight + (roomRight - wordsWidth) * 0.5f;
  if (roomLeft >= wordsWidth) return left + (roomLeft - wordsWidth) * 0.5f;
  return centred;  // no room beside it either (a very narrow slider)
}

bool slider(const ViewContext& ctx, const std::string& name, const char* label, int& value, int min, int max,
            std::string (*words)(int), const std::string& readAfter) {
  value = std::clamp(value, min, max);
  const float width = ImGui::CalcItemWidth();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(std::max(kGrabWidth * 3, width), ImGui::GetFrameHeight());
  ImGui::InvisibleButton(name.c_str(), size);
  const bool active = ImGui::IsItemActive();
  const bool hovered = ImGui::IsItemHovered();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  const float left = pos.x + kGrabPad + kGrabWidth * 0.5f, right = end.x - kGrabPad - kGrabWidth * 0.5f;

  bool changed = false;
  if (active) {
    const int at = valueAt(ImGui::GetIO().MousePos.x, left, right, min, max);
    changed = at != value;
    value = at;
  }
  ctx.items.nameLastItem(name);
  ctx.input.addDraggable();
  int requested = 0;
  if (ctx.semantics.takeValue(name, requested)) {
    requested = std::clamp(requested, min, max);
    changed = changed || requested != value;
    value = requested;
  }

  const std::string valueText = words(value);
  const ImGuiStyle& style = ImGui::GetStyle();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, end, active ? ctx.colours.surfaceSelected : hovered ? ctx.colours.surfaceHover
                                                                               : ctx.colours.surface,
                      style.FrameRounding);
  draw->AddRect(pos, end, ctx.colours.controlBorder, style.FrameRounding, 0, 1.0f);
  const float t = max > min ? static_cast<float>(value - min) / static_cast<float>(max - min) : 0.0f;
  const float grabX = left + (right - left) * t;
  draw->AddRectFilled(ImVec2(grabX - kGrabWidth * 0.5f, pos.y + kGrabPad),
                      ImVec2(grabX + kGrabWidth * 0.5f, end.y - kGrabPad), active ? ctx.colours.accentText
                                                                                   : ctx.colours.accent,
                      style.GrabRounding);
  const ImVec2 textSize = ImGui::CalcTextSize(valueText.c_str());
  const float textX = sliderWordsX(pos.x + kGrabPad, end.x - kGrabPad, grabX, kGrabWidth, textSize.x);
  draw->AddText(ImVec2(textX, pos.y + (size.y - textSize.y) * 0.5f), ctx.colours.text, valueText.c_str());

  Semantic sem;
  sem.role = SemanticRole::Slider;
  sem.label = label;
  sem.value = value;
  sem.min = min;
  sem.max = max;
  sem.valueText = readAfter.empty() ? valueText : valueText + ", " + readAfter;
  ctx.semantics.describeLastItem(name, std::move(sem));
  return changed;
}

}  // namespace ui
