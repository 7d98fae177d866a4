#pragma once

#include <cstddef>
#include <string>

#include "list_pages.h"
#include "view_context.h"

namespace ui {

// UI-only state of the Roles view (not part of the reader's shareable state).
inline constexpr std::size_t kCoursesPage = 12;

struct RolesViewState {
  bool detailOpen = false;  // narrow layout: showing the selected role instead of the list
  std::size_t coursesShown = kCoursesPage;  // the profile lists courses a page at a time
  ListPages pages;          // the list of roles, kRolesPage at a time
  std::string pageShowsRole;  // the selected role the page was last brought to
};

// Roles listed at a time (past that, Previous and Next: `roles/top/page-next` …).
inline constexpr std::size_t kRolesPage = 50;

// The list of roles (`role/<id>`) and the selected role's profile. Wide: side by side.
// Narrow: the list, and a tap opens the profile with a way back.
void rolesView(const ViewContext& ctx, RolesViewState& view);

// One role's profile: summary, pay chart, day-to-day, skills, tools, courses (`course/<id>`).
void roleDetail(const ViewContext& ctx, const core::Role& role, RolesViewState& view);

}  // namespace ui
