// WCAG 2.2 contrast arithmetic on packed ImGui colours, so the palette can be checked by a test
// rather than by eye. Definitions: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and
// https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
#pragma once

#include "imgui.h"

namespace ui {

// Text needs 4.5:1 (success criterion 1.4.3); controls, their states and graphics 3:1 (1.4.11).
constexpr double kTextContrast = 4.5;
constexpr double kControlContrast = 3.0;

// Relative luminance of the colour's RGB (alpha ignored), 0 for black to 1 for white.
double relativeLuminance(ImU32 colour);

// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double contrastRatio(ImU32 a, ImU32 b);

// What the eye sees where `top` (with its alpha) is painted over an opaque `bottom`.
ImU32 composite(ImU32 top, ImU32 bottom);

}  // namespace ui
