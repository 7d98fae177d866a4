// Four calls of Dear ImGui's error recovery, pointed here (cmake/imgui/CMakeLists.txt renames them
// in imgui.cpp only). Recovery ends a tab bar, a multi-selection, a tree node or a menu bar that a
// window left open; it is the only caller of EndTabBar(), EndMultiSelect(), TreePop() and
// EndMenuBar() there is, and the widget opens none of them. So that code is not linked (~6 KB of
// wasm, ~3.5 KB brotli). A view that opens one calls the real functions and links them as before;
// only recovery would land here.
#include "imgui.h"
#include "imgui_internal.h"

namespace ImGui {

void LeftOutEndTabBar();
ImGuiMultiSelectIO* LeftOutEndMultiSelect();
void LeftOutTreePop();
void LeftOutEndMenuBar();

void LeftOutEndTabBar() { IM_ASSERT(false && "a tab bar was left open: recovery for it is left out"); }

ImGuiMultiSelectIO* LeftOutEndMultiSelect() {
  IM_ASSERT(false && "a multi-selection was left open: recovery for it is left out");
  return nullptr;
}

void LeftOutTreePop() { IM_ASSERT(false && "a tree node was left open: recovery for it is left out"); }

void LeftOutEndMenuBar() { IM_ASSERT(false && "a menu bar was left open: recovery for it is left out"); }

}  // namespace ImGui
