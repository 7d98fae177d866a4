// Translates DOM keyboard events (KeyboardEvent.key / .code) into ImGuiKey values.
#pragma once

#include "imgui.h"

namespace web {

// The ImGuiKey for a DOM key event, or ImGuiKey_None for keys ImGui has no name for.
// Letters and digits follow `key`, so shortcuts such as Ctrl+Z follow the reader's keyboard layout
// (ImGui expects translated keys); everything else follows `code`, the physical key, which also
// tells the keypad's Enter and digits apart from the main ones.
ImGuiKey imguiKeyFromDom(const char* key, const char* code);

}  // namespace web
