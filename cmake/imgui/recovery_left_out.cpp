// Two calls of Dear ImGui's error recovery, pointed here (cmake/imgui/CMakeLists.txt renames them
// in imgui.cpp only). Recovery ends a tab bar or a multi-selection that a window left open; it is
// the only caller of EndTabBar() and EndMultiSelect() there is, and the widget opens neither. So
// the tab-bar and box-select code is not linked (~5 KB of wasm, ~3 KB brotli). A view that opens
// one calls the real functions and links them as before; only recovery would land here.
#include "imgui.h"
#include "imgui_internal.h"

namespace ImGui {

void LeftOutEndTabBar();
ImGuiMultiSelectIO* LeftOutEndMultiSelect();

void LeftOutEndTabBar() { IM_ASSERT(false && "a tab bar was left open: recovery for it is left out"); }

ImGuiMultiSelectIO* LeftOutEndMultiSelect() {
  IM_ASSERT(false && "a multi-selection was left open: recovery for it is left out");
  return nullptr;
}

}  // namespace ImGui
