#include "item_registry.h"

#include <algorithm>

#include "imgui.h"

namespace ui {

void ItemRegistry::beginFrame() {
  drawing_.clear();
  drawingFull_.clear();
}

void ItemRegistry::endFrame() {
  shown_.swap(drawing_);
  shownFull_.swap(drawingFull_);
}

void ItemRegistry::nameLastItem(std::string name) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
  min = ImVec2(std::max(min.x, clipMin.x), std::max(min.y, clipMin.y));
  max = ImVec2(std::min(max.x, clipMax.x), std::min(max.y, clipMax.y));
  if (max.x - min.x < 1.0f || max.y - min.y < 1.0f) return;
  const ImVec2 full = ImGui::GetItemRectSize();
  drawingFull_[name] = Rect{ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, full.x, full.y};
  drawing_[std::move(name)] = Rect{min.x, min.y, max.x - min.x, max.y - min.y};
}

void ItemRegistry::nameCurrentWindow(std::string name) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const Rect r{pos.x, pos.y, size.x, size.y};
  drawingFull_[name] = r;
  drawing_[std::move(name)] = r;
}

bool ItemRegistry::find(std::string_view name, Rect& out) const {
  auto it = shown_.find(name);
  if (it == shown_.end()) return false;
  out = it->second;
  return true;
}

}  // namespace ui
