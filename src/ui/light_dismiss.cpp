#include "light_dismiss.h"

#include "imgui_internal.h"

namespace ui {

void LightDismiss::noteOpen(ImVec2 openerMin, ImVec2 openerMax) {
  noted_ = {ImGui::GetCurrentWindow()->PopupId, openerMin, openerMax};
}

void LightDismiss::beginFrame() {
  const Noted last = noted_;
  noted_ = {};
  if (last.popup == 0) return;
  ImGuiContext& g = *GImGui;
  bool clicked = false;
  for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) clicked = clicked || g.IO.MouseClicked[b];
  // Only the topmost popup, and only while it is the popover noted: a dialog opened over it
  // keeps its own rule.
  if (!clicked || g.OpenPopupStack.empty()) return;
  const ImGuiPopupData& top = g.OpenPopupStack.back();
  if (top.PopupId != last.popup || top.Window == nullptr) return;
  if (g.HoveredWindow && g.HoveredWindow->RootWindow == top.Window) return;  // inside it
  if (ImRect(last.min, last.max).Contains(g.IO.MousePos)) return;
  // Closing gives the focus back to the window under it, whose items can then be hovered
  // (ImGui::IsWindowContentHoverable), in this frame.
  ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
}

}  // namespace ui
