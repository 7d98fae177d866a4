#pragma once

#include "role_paths.h"
#include "view_context.h"

namespace ui {

// Compare's "Side by side": two role pickers (`pair/a`, `pair/b`, entries `pair/a/<role id>`),
// and for each role its pay, its least-hours plan from the reader's ratings (`pair/plan/a`,
// `pair/plan/b` open it in the Plan view), then the skills both need and those only one needs,
// with the reader's level against each role's. Two columns when wide, stacked on a phone.
void pairView(const ViewContext& ctx, const core::RolePathsCache& paths);

// Below this width (CSS px) the two roles are stacked.
inline constexpr float kPairColumnsMin = 700.0f;

}  // namespace ui
