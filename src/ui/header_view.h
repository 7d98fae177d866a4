#pragma once

#include "view_context.h"

namespace ui {

// Title, the data's source and date, and the view tabs (`view/roles`, `view/compare`).
void headerView(const ViewContext& ctx);

// The legend of the confidence dots, and where the figures come from.
void sourceFooter(const ViewContext& ctx);

// A small dot in the colour of a confidence level, inline before a figure.
void confidenceDot(const ViewContext& ctx, core::Confidence c);

}  // namespace ui
