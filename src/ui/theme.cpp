#include "theme.h"

namespace ui {

namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
  return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, alpha);
}

// Light: white page, slate text, indigo accent. Every pair the views draw meets WCAG 2.2 contrast
// (4.5:1 text, 3:1 controls), badges included; tests/ui/contrast_test.cpp lists the pairs. The
// amber, green and grey are a step darker than the usual "600" shades because a badge's text sits
// on its own tint, not on white.
const Palette kLight = {
    rgb(0xffffff), rgb(0xf6f7f9), rgb(0xeceef3), rgb(0xe4e7ff), rgb(0xdde1e8),
    rgb(0x1d2330), rgb(0x5b6475), rgb(0x4f46e5), rgb(0x4338ca), rgb(0xffffff),
    rgb(0xeef0f5), rgb(0x2b3242), rgb(0xe6e9ef),
    rgb(0x818cf8), rgb(0x4f46e5), rgb(0x818cf8, 0), rgb(0xb45309),
    rgb(0x166534), rgb(0x1d4ed8), rgb(0x92400e), rgb(0x4b5563),
    rgb(0x92400e), rgb(0xb91c1c),
    rgb(0x7c8597),
};

// Dark: near-black page with lifted surfaces; accent lightened to keep contrast.
const Palette kDark = {
    rgb(0x111318), rgb(0x1a1d24), rgb(0x242832), rgb(0x2c2f55), rgb(0x2e333d),
    rgb(0xe8eaf0), rgb(0xa0a8b8), rgb(0x8b93ff), rgb(0xa5acff), rgb(0x0f1020),
    rgb(0x252a35), rgb(0xdfe3ec), rgb(0x262a33),
    rgb(0x6366f1), rgb(0xa5b4fc), rgb(0x6366f1, 0), rgb(0xf59e0b),
    rgb(0x4ade80), rgb(0x60a5fa), rgb(0xfbbf24), rgb(0x9ca3af),
    rgb(0xfbbf24), rgb(0xf87171),
    rgb(0x737b8d),
};

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

ImU32 badgeFill(ImU32 colour) { return (colour & ~IM_COL32_A_MASK) | (36u << IM_COL32_A_SHIFT); }

const Palette& palette(bool dark) { return dark ? kDark : kLight; }

ImU32 confidenceColour(const Palette& p, core::Confidence c) {
  switch (c) {
    case core::Confidence::Article: return p.confidenceArticle;
    case core::Confidence::Confirmed: return p.confidenceConfirmed;
    case core::Confidence::Secondary: return p.confidenceSecondary;
    default: return p.confidenceUnconfirmed;
  }
}

void applyTheme(bool dark) {
  const Palette& p = palette(dark);
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowPadding = ImVec2(16, 14);
  s.FramePadding = ImVec2(10, 6);
  s.ItemSpacing = ImVec2(8, 8);
  s.ItemInnerSpacing = ImVec2(6, 4);
  s.CellPadding = ImVec2(6, 4);
  // Popups and tooltips kept clear of the canvas' edges (an explanation as wide as a phone's
  // column less 24 px sits in the middle, its border whole, rather than against the right edge).
  s.DisplaySafeAreaPadding = ImVec2(12, 12);
  s.ScrollbarSize = 10;
  s.ScrollbarRounding = 5;
  s.GrabRounding = 4;
  s.FrameRounding = 6;
  s.ChildRounding = 8;
  s.PopupRounding = 6;
  s.WindowRounding = 0;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = 1;
  s.PopupBorderSize = 1;
  s.FrameBorderSize = 0;
  s.TabRounding = 6;

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = v4(p.text);
  c[ImGuiCol_TextDisabled] = v4(p.textMuted);
  c[ImGuiCol_WindowBg] = v4(p.background);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = v4(p.surface);
  c[ImGuiCol_Border] = v4(p.border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = v4(p.surface);
  c[ImGuiCol_FrameBgHovered] = v4(p.surfaceHover);
  c[ImGuiCol_FrameBgActive] = v4(p.surfaceSelected);
  c[ImGuiCol_Button] = v4(p.surface);
  c[ImGuiCol_ButtonHovered] = v4(p.surfaceHover);
  c[ImGuiCol_ButtonActive] = v4(p.surfaceSelected);
  c[ImGuiCol_Header] = v4(p.surfaceSelected);
  c[ImGuiCol_HeaderHovered] = v4(p.surfaceHover);
  c[ImGuiCol_HeaderActive] = v4(p.surfaceSelected);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = v4(p.border);
  c[ImGuiCol_ScrollbarGrabHovered] = v4(p.textMuted);
  c[ImGuiCol_ScrollbarGrabActive] = v4(p.accent);
  c[ImGuiCol_Separator] = v4(p.border);
  c[ImGuiCol_CheckMark] = v4(p.accent);
  c[ImGuiCol_SliderGrab] = v4(p.accent);
  c[ImGuiCol_SliderGrabActive] = v4(p.accentText);
  c[ImGuiCol_TextLink] = v4(p.accentText);
  c[ImGuiCol_NavCursor] = v4(p.accent);
  c[ImGuiCol_TextSelectedBg] = v4(p.surfaceSelected);
  // Behind an open dialog, in both themes: a light veil (Dear ImGui's default palette, which is
  // not linked: cmake/imgui/style_left_out.cpp).
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.80f, 0.80f, 0.80f, 0.35f);
}

}  // namespace ui
