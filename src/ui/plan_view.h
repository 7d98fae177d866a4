#pragma once

#include "plan_switcher.h"
#include "view_context.h"

namespace ui {

// The learning plan: target role (`plan/target`), goal (`goal/hours`, `goal/cost`), filters
// (`filter/free`, `filter/legacy`, `filter/budget`, `level/<beginner|intermediate|advanced>`),
// hours per week (`plan/hours`), totals and progress, and the courses in study order, each with
// a done box (`done/<course id>`) and its link (`course/<course id>`). Above them, the reader's
// plans (plan_switcher.h).
CE_VIEW_ENTRY void planView(const ViewContext& ctx, PlanSwitcherState& plans);

}  // namespace ui
