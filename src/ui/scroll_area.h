// A scrolling region of the widget (ImGui child window) that the platform can scroll: wheel,
// touch drags and momentum reach it through InputMap, in CSS pixels, and it passes the scroll on
// to the page at its limits (see input_map.h).
#pragma once

#include <string>

#include "imgui.h"
#include "input_map.h"
#include "view_context.h"

namespace ui {

class ScrollArea {
 public:
  // `name` is unique among the regions on screen ("detail", "plan", ...). `topKey`: when it
  // differs from the key the region was last drawn with (another role opened in the same place),
  // the region starts at its top.
  ScrollArea(InputMap& input, const char* name, ImVec2 size, ImGuiChildFlags flags = 0,
             const std::string& topKey = {});
  ~ScrollArea() { ImGui::EndChild(); }
  ScrollArea(const ScrollArea&) = delete;
  ScrollArea& operator=(const ScrollArea&) = delete;
};

// For popups and dialogs, which ImGui opens itself: call right after Begin*Popup* succeeded.
// Applies a requested scroll (one frame later than a ScrollArea) and records the popup as a
// region that covers what lies below it.
void popupScrollRegion(const ViewContext& ctx, const char* name);

}  // namespace ui
