#pragma once

#include "function_ref.h"

#include "view_context.h"

namespace ui {

// The search field in the header (ui/search_view.h): `draw(width, collapsed)` draws it at the
// cursor; `active` (focused or showing results) gives it the title's place when space is short.
struct HeaderSearch {
  core::FunctionRef<void(float width, bool collapsed)> draw;  // refers to a callable of the caller's
  bool active = false;
};

// Title, the view tabs (`view/roles`, `view/compare`, `view/skills`, `view/plan`), the data's
// source and date, and `actions` drawn at the right of the title line in `actionsWidth` pixels.
// `actions(nullptr)` draws them at the cursor; `actions(&at)` only offers them to the layer at
// `at` (screen px), while the search field in use covers their place.
void headerView(const ViewContext& ctx, float actionsWidth, core::FunctionRef<void(const ImVec2* hiddenAt)> actions,
                const HeaderSearch& search = {});

// The legend of the confidence dots, and where the figures come from.
void sourceFooter(const ViewContext& ctx);

// A small dot in the colour of a confidence level, inline before a figure.
void confidenceDot(const ViewContext& ctx, core::Confidence c);

}  // namespace ui
