#include "dom_key_map.h"

#include <cstring>

namespace web {

namespace {

struct CodeKey {
  const char* code;  // KeyboardEvent.code
  ImGuiKey key;
};

// Physical keys by KeyboardEvent.code (https://www.w3.org/TR/uievents-code/).
constexpr CodeKey kCodeKeys[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift},
    {"AltLeft", ImGuiKey_LeftAlt},
    {"MetaLeft", ImGuiKey_LeftSuper},
    {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftRight", ImGuiKey_RightShift},
    {"AltRight", ImGuiKey_RightAlt},
    {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent},
    {"IntlBackslash", ImGuiKey_Oem102},
    {"CapsLock", ImGuiKey_CapsLock},
    {"ScrollLock", ImGuiKey_ScrollLock},
    {"NumLock", ImGuiKey_NumLock},
    {"PrintScreen", ImGuiKey_PrintScreen},
    {"Pause", ImGuiKey_Pause},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal},
    {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
    {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"NumpadEqual", ImGuiKey_KeypadEqual},
    {"BrowserBack", ImGuiKey_AppBack},
    {"BrowserForward", ImGuiKey_AppForward},
};

// "F1".."F24" -> ImGuiKey_F1..ImGuiKey_F24.
ImGuiKey functionKey(const char* code) {
  if (code[0] != 'F' || code[1] < '1' || code[1] > '9') return ImGuiKey_None;
  int n = code[1] - '0';
  if (code[2] >= '0' && code[2] <= '9' && code[3] == '\0') n = n * 10 + (code[2] - '0');
  else if (code[2] != '\0') return ImGuiKey_None;
  return (n >= 1 && n <= 24) ? ImGuiKey(ImGuiKey_F1 + n - 1) : ImGuiKey_None;
}

// "Numpad0".."Numpad9".
ImGuiKey keypadDigit(const char* code) {
  constexpr char kPrefix[] = "Numpad";
  constexpr size_t kLen = sizeof kPrefix - 1;
  if (std::strncmp(code, kPrefix, kLen) != 0) return ImGuiKey_None;
  const char d = code[kLen];
  return (d >= '0' && d <= '9' && code[kLen + 1] == '\0') ? ImGuiKey(ImGuiKey_Keypad0 + d - '0')
                                                          : ImGuiKey_None;
}

// A single ASCII letter or digit in `key` (what the layout produced), case-insensitive.
ImGuiKey letterOrDigit(const char* key) {
  if (key[0] == '\0' || key[1] != '\0') return ImGuiKey_None;
  const char c = key[0];
  if (c >= 'a' && c <= 'z') return ImGuiKey(ImGuiKey_A + c - 'a');
  if (c >= 'A' && c <= 'Z') return ImGuiKey(ImGuiKey_A + c - 'A');
  if (c >= '0' && c <= '9') return ImGuiKey(ImGuiKey_0 + c - '0');
  return ImGuiKey_None;
}

// "KeyA".."KeyZ" and "Digit0".."Digit9": used when the layout produces no ASCII letter (e.g. a
// Cyrillic or Greek layout), so shortcuts still work on the physical key.
ImGuiKey physicalLetterOrDigit(const char* code) {
  if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0')
    return ImGuiKey(ImGuiKey_A + code[3] - 'A');
  if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == '\0')
    return ImGuiKey(ImGuiKey_0 + code[5] - '0');
  return ImGuiKey_None;
}

}  // namespace

ImGuiKey imguiKeyFromDom(const char* key, const char* code) {
  const bool keypad = std::strncmp(code, "Numpad", 6) == 0;  // keypad digits stay keypad keys
  if (!keypad)
    if (ImGuiKey k = letterOrDigit(key)) return k;
  if (ImGuiKey k = physicalLetterOrDigit(code)) return k;
  for (const CodeKey& entry : kCodeKeys)
    if (std::strcmp(entry.code, code) == 0) return entry.key;
  if (ImGuiKey k = functionKey(code)) return k;
  return keypadDigit(code);
}

}  // namespace web
