#include "input_map.h"

#include <algorithm>

#include "imgui.h"

namespace ui {

namespace {

bool contains(const Rect& r, float x, float y) {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

Rect visibleRect(ImVec2 min, ImVec2 max) {
  return Rect{min.x, min.y, max.x - min.x, max.y - min.y};
}

}  // namespace

void InputMap::beginFrame() {
  drawingRegions_.clear();
  drawingDraggables_.clear();
}

void InputMap::endFrame() {
  shownRegions_.swap(drawingRegions_);
  shownDraggables_.swap(drawingDraggables_);
  // A request for a region that was not drawn this frame is stale (its view was left).
  for (auto it = requests_.begin(); it != requests_.end();) {
    const bool drawn = std::any_of(shownRegions_.begin(), shownRegions_.end(),
                                   [&](const Region& r) { return r.name == it->first; });
    it = drawn ? it + 1 : requests_.erase(it);  // erase: the last request moves to `it`
  }
}

void InputMap::addScrollRegion(std::string name, bool popup) {
  const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  Region r;
  r.name = std::move(name);
  r.rect = visibleRect(pos, ImVec2(pos.x + size.x, pos.y + size.y));
  r.scrollY = ImGui::GetScrollY();
  r.scrollMaxY = ImGui::GetScrollMaxY();
  r.popup = popup;
  drawingRegions_.push_back(std::move(r));
}

void InputMap::addDraggable() {
  drawingDraggables_.push_back(visibleRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
}

// Regions are recorded in drawing order: outer before inner, popups last. The innermost one
// under the point that can still move in the wanted direction takes the scroll. A popup stops
// the search: what it covers is not reachable. (A region at its limit passes the scroll on to
// the one around it, and in the end to the page: scroll chaining, as nested scrollers on the web.)
// Beside the widget (the margins of a canvas wider than kWidestLayout), the widest region at
// that height takes the wheel or the swipe, as a page's margins scroll its main column: the point
// moves into its middle, and the rules above hold there.
const InputMap::Region* InputMap::regionAt(float x, float y, float dy) const {
  if (x < widgetLeft_ || x >= widgetRight_) {
    const Region* widest = nullptr;
    for (const Region& r : shownRegions_)
      if (!r.popup && y >= r.rect.y && y < r.rect.y + r.rect.h && (!widest || r.rect.w > widest->rect.w)) widest = &r;
    if (widest) x = widest->rect.x + widest->rect.w * 0.5f;
  }
  for (auto it = shownRegions_.rbegin(); it != shownRegions_.rend(); ++it) {
    if (!contains(it->rect, x, y)) continue;
    auto req = requests_.find(it->name);
    const float at = req != requests_.end() ? req->second : it->scrollY;
    const bool canMove = dy > 0 ? at < it->scrollMaxY - 0.5f : dy < 0 ? at > 0.5f : false;
    if (canMove) return &*it;
    if (it->popup) return nullptr;
  }
  return nullptr;
}

float InputMap::scrollAt(float x, float y, float dy) {
  const Region* r = regionAt(x, y, dy);
  if (!r) return 0.0f;
  auto req = requests_.find(r->name);
  const float from = req != requests_.end() ? req->second : r->scrollY;
  const float to = std::clamp(from + dy, 0.0f, r->scrollMaxY);
  requests_[r->name] = to;
  return to - from;
}

float InputMap::scrollFrom(float x, float y, float dy) {
  for (auto it = shownRegions_.rbegin(); it != shownRegions_.rend(); ++it) {
    const Rect& r = it->rect;
    if (x < r.x || x >= r.x + r.w || y < r.y - it->scrollY || y >= r.y + r.h + it->scrollMaxY - it->scrollY) continue;
    y = std::clamp(y, r.y, r.y + r.h - 1);  // (its content's place in view: the region itself)
    break;
  }
  return scrollAt(x, y, dy);
}

bool InputMap::draggableAt(float x, float y) const {
  return std::any_of(shownDraggables_.begin(), shownDraggables_.end(),
                     [&](const Rect& r) { return contains(r, x, y); });
}

bool InputMap::takeScrollRequest(std::string_view name, float& target) {
  auto it = requests_.find(name);
  if (it == requests_.end()) return false;
  target = it->second;
  requests_.erase(it);
  return true;
}

void InputMap::scrollToTop(std::string_view name) { requests_[std::string(name)] = 0.0f; }

bool InputMap::noteTopKey(std::string_view name, const std::string& key) {
  std::string& last = topKeys_[std::string(name)];
  if (last == key) return false;
  const bool changed = !last.empty();  // the first showing starts at the top anyway
  last = key;
  return changed;
}

}  // namespace ui
