// The mark beside a confidence level: a shape per level as well as a colour, so the level reads
// without telling colours apart (WCAG 2.2 1.4.1) and survives a grey-scale print.
#pragma once

#include "imgui.h"
#include "model.h"

namespace ui {

enum class ConfidenceShape { FilledCircle, Diamond, HalfCircle, Ring };

// Article: filled circle; confirmed: diamond; secondary: half-filled circle; unconfirmed: ring.
// The footer legend pairs each shape with its level's name.
ConfidenceShape confidenceShape(core::Confidence c);

// The room a mark of radius 5 takes before the words it stands beside.
inline constexpr float kConfidenceMarkRoom = 14.0f;

// Draws the level's shape centred on `centre`, `radius` px from centre to edge.
void drawConfidenceMark(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour, core::Confidence c);

}  // namespace ui
