#include "dom_key_map.h"

#include <cstring>

namespace web {

namespace {

struct CodeKey {
  const char* code;  // KeyboardEvent.code
  ImGuiKey key;
};

// The physical keys (https://www.w3.org/TR/uievents-code/) that something reads once they reach
// ImGui: Escape closes the widget's popups and dialogs (ui/), Tab, Page Up/Down and Space are
// the platform's own rules (dom_platform.cpp), and Cmd's release lets go of the keys macOS
// sends no keyup for. ImGui's keyboard navigation is off and no text is typed into ImGui (every
// text field is the operable layer's), so no other key is ever read: naming them all was 0.5 KB
// of brotli'd wasm for nothing.
constexpr CodeKey kCodeKeys[] = {
    {"Escape", ImGuiKey_Escape},     {"Tab", ImGuiKey_Tab},
    {"PageUp", ImGuiKey_PageUp},     {"PageDown", ImGuiKey_PageDown},
    {"Space", ImGuiKey_Space},       {"MetaLeft", ImGuiKey_LeftSuper},
    {"MetaRight", ImGuiKey_RightSuper},
};

}  // namespace

ImGuiKey imguiKeyFromDom(const char* code) {
  for (const CodeKey& entry : kCodeKeys)
    if (std::strcmp(entry.code, code) == 0) return entry.key;
  return ImGuiKey_None;
}

}  // namespace web
