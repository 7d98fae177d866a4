#pragma once

#include <string>

#include "load_report.h"
#include "view_context.h"

namespace ui {

// Shown instead of the explorer when the data cannot be used: what went wrong, every problem
// the validator found, and what to do about it.
// The list is one node of the layer (`problems/list`), a stop for Tab that Page Down scrolls.
inline constexpr const char* kProblemsList = "problems/list";
CE_VIEW_ENTRY void problemsView(const Palette& colours, const Fonts& fonts, InputMap& input, ItemRegistry& items,
                                SemanticLayer& semantics, const std::string& title, const std::string& detail,
                                const core::LoadReport* report);

}  // namespace ui
