// Dear ImGui without its tables and legacy columns (imgui_tables.cpp, ~13 KB of wasm, ~9 KB
// brotli): no view uses them. The rest of ImGui still names a few of that file's functions, so
// they are defined here. Each runs only while a table or a columns set is open, which cannot
// happen: BeginTable() and BeginColumns() are not linked, so a view that calls them fails to
// link (configure with -DCE_IMGUI_TABLES=ON to have them back). The two that ImGui calls anyway
// find nothing to do: table settings go to the .ini file, which the widget never writes, and
// there are no table settings to compact.
#include "imgui.h"
#include "imgui_internal.h"

namespace {
// Reaching one of these means a table exists after all: a bug in this file, not in a view.
void unreachable() { IM_ASSERT(false && "ImGui tables are left out of this build (CE_IMGUI_TABLES)"); }
}  // namespace

void ImGui::TableSettingsAddSettingsHandler() {}
void ImGui::TableGcCompactSettings() {}

void ImGui::EndTable() { unreachable(); }
void ImGui::TableEndRow(ImGuiTable*) { unreachable(); }
void ImGui::TableEndCell(ImGuiTable*) { unreachable(); }
void ImGui::TableGcCompactTransientBuffers(ImGuiTable*) { unreachable(); }
void ImGui::TableGcCompactTransientBuffers(ImGuiTableTempData*) { unreachable(); }
void ImGui::TablePushBackgroundChannel() { unreachable(); }
void ImGui::TablePopBackgroundChannel() { unreachable(); }
void ImGui::TablePushColumnChannel(int) { unreachable(); }
void ImGui::TablePopColumnChannel() { unreachable(); }
void ImGui::EndColumns() { unreachable(); }
void ImGui::PushColumnsBackground() { unreachable(); }
void ImGui::PopColumnsBackground() { unreachable(); }
