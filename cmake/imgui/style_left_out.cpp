// Dear ImGui's default colours, pointed here (cmake/imgui/CMakeLists.txt renames the call in
// imgui.cpp only): ImGuiStyle's constructor is the only caller of StyleColorsDark(), and the
// widget's palette (src/ui/theme.cpp, applyTheme) sets every colour it draws with before the first
// frame. So the default palette is not linked (~2.7 KB of wasm); the colours the widget never
// uses (title bars, tabs, tables, resize grips, plots) stay transparent, as ImVec4 starts.
#include "imgui.h"

namespace ImGui {

void LeftOutStyleColorsDark(ImGuiStyle* dst);

void LeftOutStyleColorsDark(ImGuiStyle* /*dst*/) {}

}  // namespace ImGui
