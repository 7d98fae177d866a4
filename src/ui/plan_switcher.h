// The reader's plans, at the top of the Plan view: the plan on screen with a list to switch to
// another (`plans/switch`, its entries `plans/<n>` from 1, each with its role and progress),
// "New plan" (`plans/new`), "Rename" (`plans/rename`) and "Delete" (`plans/delete`), and their
// dialogs (`dialog/plan-name`, a text field; `dialog/confirm`, `dialog/close`). Switching is a
// setting, like the target: no history entry (core/navigation.h). Rules: core/plans.h.
#pragma once

#include <string>
#include <vector>

#include "plan_shelf.h"
#include "view_context.h"

namespace ui {

struct PlanSwitcherState {
  enum class Dialog { None, Rename, Delete };
  Dialog dialog = Dialog::None;
  std::string name;  // the rename field's text
  TextCaret caret;  // its caret and selection, in bytes of `name`
  std::string refused;  // why the name was not taken, said to screen readers ("" until refused)
  std::vector<core::PlanSummary> summaries;  // every plan's role and progress, set by the widget
};

void planSwitcher(const ViewContext& ctx, PlanSwitcherState& ui);

}  // namespace ui
