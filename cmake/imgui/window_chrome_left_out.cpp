// Window chrome the widget never shows, called from imgui.cpp and pointed here
// (cmake/imgui/CMakeLists.txt renames the calls in imgui.cpp only): the collapse arrow of a title
// bar (every window of the widget has none: NoDecoration or NoTitleBar), and the separator
// headings of the Ctrl+Tab window switcher (drawn only for a named ImGui context; the widget's is
// not, and the browser keeps Ctrl+Tab for its own tabs) and of Dear ImGui's error tooltip (a
// programming error's, which then shows its message without the heading). So their code is not
// linked (~1 KB of wasm).
#include "imgui.h"
#include "imgui_internal.h"

namespace ImGui {

bool LeftOutCollapseButton(ImGuiID id, const ImVec2& pos);
void LeftOutSeparatorText(const char* label);

bool LeftOutCollapseButton(ImGuiID /*id*/, const ImVec2& /*pos*/) {
  IM_ASSERT(false && "a window with a title bar: its collapse button is left out");
  return false;
}

void LeftOutSeparatorText(const char* /*label*/) {}

}  // namespace ImGui
