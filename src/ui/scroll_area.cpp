#include "scroll_area.h"

namespace ui {

ScrollArea::ScrollArea(InputMap& input, const char* name, ImVec2 size, ImGuiChildFlags flags,
                       const std::string& topKey) {
  if (!topKey.empty() && input.noteTopKey(name, topKey)) input.scrollToTop(name);
  float target = 0;
  if (input.takeScrollRequest(name, target)) ImGui::SetNextWindowScroll(ImVec2(-1.0f, target));
  // The wheel never reaches ImGui (the platform routes it here), so ImGui's own wheel handling
  // is off: one scroll, never two.
  ImGui::BeginChild(name, size, flags, ImGuiWindowFlags_NoScrollWithMouse);
  input.addScrollRegion(name, false);
}

void popupScrollRegion(const ViewContext& ctx, const char* name) {
  float target = 0;
  if (ctx.input.takeScrollRequest(name, target)) ImGui::SetScrollY(target);
  ctx.input.addScrollRegion(name, true);
}

}  // namespace ui
