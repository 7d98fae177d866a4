#include "confidence_mark.h"

namespace ui {

namespace {
constexpr float kPi = 3.14159265f;
}  // namespace

ConfidenceShape confidenceShape(core::Confidence c) {
  switch (c) {
    case core::Confidence::Article: return ConfidenceShape::FilledCircle;
    case core::Confidence::Confirmed: return ConfidenceShape::Diamond;
    case core::Confidence::Secondary: return ConfidenceShape::HalfCircle;
    default: return ConfidenceShape::Ring;
  }
}

void drawConfidenceMark(ImDrawList* draw, ImVec2 centre, float radius, ImU32 colour, core::Confidence c) {
  const float stroke = 1.5f;
  switch (confidenceShape(c)) {
    case ConfidenceShape::FilledCircle:
      draw->AddCircleFilled(centre, radius, colour);
      break;
    case ConfidenceShape::Diamond: {
      const float r = radius * 1.15f;  // a diamond of the circle's radius looks smaller
      draw->AddQuadFilled(ImVec2(centre.x, centre.y - r), ImVec2(centre.x + r, centre.y),
                          ImVec2(centre.x, centre.y + r), ImVec2(centre.x - r, centre.y), colour);
      break;
    }
    case ConfidenceShape::HalfCircle:
      // Left half filled, the whole outlined.
      draw->PathArcTo(centre, radius, kPi * 0.5f, kPi * 1.5f);
      draw->PathFillConvex(colour);
      draw->AddCircle(centre, radius - stroke * 0.5f, colour, 0, stroke);
      break;
    case ConfidenceShape::Ring:
      draw->AddCircle(centre, radius - stroke * 0.5f, colour, 0, stroke);
      break;
  }
}

}  // namespace ui
