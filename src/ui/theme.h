// Colours and spacing for light and dark pages. One palette struct, so views never hard-code a
// colour and both themes stay in step.
#pragma once

#include "imgui.h"
#include "model.h"

namespace ui {

struct Palette {
  ImU32 background, surface, surfaceHover, surfaceSelected, border;
  ImU32 text, textMuted, accent, accentText, onAccent;
  ImU32 chip, chipText, gridLine;
  ImU32 barFill, barFillStrong, barOpenEnd, benchmark;
  ImU32 confidenceArticle, confidenceConfirmed, confidenceSecondary, confidenceUnconfirmed;
  ImU32 warning, error;
  // The edge of a control whose fill is close to the page (checkbox, slider track, the resting
  // "None" rating): 3:1 against background and surface.
  ImU32 controlBorder;
};

const Palette& palette(bool dark);

// Applies the palette and our spacing/rounding to ImGui's style.
void applyTheme(bool dark);

// The colour of a confidence badge.
ImU32 confidenceColour(const Palette& p, core::Confidence c);

// The translucent tint a badge paints behind its text (its own colour, faint).
ImU32 badgeFill(ImU32 colour);

}  // namespace ui
