// What the UI test files share beyond the harness: the real data loaded, ready to click.
#pragma once

#include <algorithm>
#include <string>

#include "imgui.h"
#include "json_document.h"
#include "test_helpers.h"
#include "ui_harness.h"

namespace test {

// Loads data/careers.json and draws two frames: the start of most tests.
inline void loadRealData(UiHarness& ui) {
  ui.widget().loadData(realData());
  ui.frames(2);
}

// Loads `json` (a data file a test made) and opens the link `fragment`, two frames each; the
// caller checks the status it expects.
inline void loadAndOpen(UiHarness& ui, const std::string& json, const std::string& fragment) {
  ui.widget().loadData(json);
  ui.frames(2);
  ui.widget().restore(fragment, "", "");
  ui.frames(2);
}

// Where the last frame drew in `colour` on top of everything (an empty rectangle when it drew
// nothing in it).
inline ui::Rect drawnOnTop(ImU32 colour) {
  const ImDrawList* top = ImGui::GetForegroundDrawList();
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  for (const ImDrawVert& v : top->VtxBuffer) {
    if (v.col != colour) continue;
    x0 = std::min(x0, v.pos.x), y0 = std::min(y0, v.pos.y);
    x1 = std::max(x1, v.pos.x), y1 = std::max(y1, v.pos.y);
  }
  return x1 < x0 ? ui::Rect{} : ui::Rect{x0, y0, x1 - x0, y1 - y0};
}

// The focus ring's outline (drawn in the focus colour).
inline ui::Rect focusRingDrawn() { return drawnOnTop(ImGui::GetColorU32(ImGuiCol_NavCursor)); }

// The operable layer's node for the item `id` (null when there is none).
inline core::Json layerNode(UiHarness& ui, const std::string& id) {
  const core::Json layer = core::Json::parse(ui.widget().semanticsJson());
  for (const core::Json& node : layer["nodes"])
    if (node.contains("id") && node["id"] == id) return node;
  return core::Json();
}

}  // namespace test
