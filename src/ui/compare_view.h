#pragma once

#include <cstddef>

#include "list_pages.h"
#include "paths_view.h"
#include "role_paths.h"
#include "view_context.h"

namespace ui {

// Every role's pay on one shared axis, sortable by entry or senior pay (`sort/entry`,
// `sort/senior`); a row (`compare/<id>`) opens that role. Returns true when a row was chosen.
// Its modes (`mode/pay`, `mode/paths`, `mode/pair`) show instead "From my job" (paths_view.h)
// and "Side by side" (pair_view.h), from `paths`.
// Pay lists kComparePage roles at a time (`compare/top/page-next` …), From my job kPathsPage.
inline constexpr std::size_t kComparePage = 50;
struct CompareViewState {
  ListPages pay, paths;
};
CE_VIEW_ENTRY bool compareView(const ViewContext& ctx, const core::RolePathsCache& paths, CompareViewState& view,
                               JobChoice& job);

}  // namespace ui
