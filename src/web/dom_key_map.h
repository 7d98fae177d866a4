// Translates a DOM keyboard event's physical key (KeyboardEvent.code) into an ImGuiKey.
#pragma once

#include "imgui.h"

namespace web {

// The ImGuiKey for a DOM key event's `code`, or ImGuiKey_None for the keys the widget never
// reads (dom_key_map.cpp says which it reads).
ImGuiKey imguiKeyFromDom(const char* code);

}  // namespace web
