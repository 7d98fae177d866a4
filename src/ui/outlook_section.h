// A role's outlook in its profile (issue 14): what the source says about demand for the role and
// its growth, quoted, each statement explaining where its words come from on a click, a tap or
// from the keyboard; then the projected growth of a comparable government occupation, or a line
// saying that none is recorded. The words are core's (outlook.h).
#pragma once

#include "model.h"
#include "view_context.h"

namespace ui {

void outlookSection(const ViewContext& ctx, const core::Role& role);

}  // namespace ui
