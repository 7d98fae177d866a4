#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {

double channel(ImU32 colour, int shift) {
  const double c = ((colour >> shift) & 0xff) / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

ImU32 mix(ImU32 top, ImU32 bottom, int shift, unsigned alpha) {
  const unsigned t = (top >> shift) & 0xff, b = (bottom >> shift) & 0xff;
  return static_cast<ImU32>((t * alpha + b * (255 - alpha) + 127) / 255) << shift;
}

}  // namespace

double relativeLuminance(ImU32 colour) {
  return 0.2126 * channel(colour, IM_COL32_R_SHIFT) + 0.7152 * channel(colour, IM_COL32_G_SHIFT) +
         0.0722 * channel(colour, IM_COL32_B_SHIFT);
}

double contrastRatio(ImU32 a, ImU32 b) {
  const double la = relativeLuminance(a), lb = relativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImU32 composite(ImU32 top, ImU32 bottom) {
  const unsigned alpha = (top >> IM_COL32_A_SHIFT) & 0xff;
  return mix(top, bottom, IM_COL32_R_SHIFT, alpha) | mix(top, bottom, IM_COL32_G_SHIFT, alpha) |
         mix(top, bottom, IM_COL32_B_SHIFT, alpha) | IM_COL32_A_MASK;
}

}  // namespace ui
