#pragma once

#include <cstddef>
#include <string>

#include "list_pages.h"
#include "view_context.h"

namespace ui {

// UI-only state of the Roles view (not part of the reader's shareable state).
inline constexpr std::size_t kCoursesPage = 12;
inline constexpr std::size_t kMostCoursesShown = 4 * kCoursesPage;

struct RolesViewState {
  bool detailOpen = false;  // narrow layout: showing the selected role instead of the list
  // The profile's courses: a window of at most kMostCoursesShown, from coursesFirst; "Show more"
  // and "Show earlier" move it a page at a time (a role can list thousands of courses).
  std::size_t coursesFirst = 0;
  std::size_t coursesShown = kCoursesPage;
  std::string coursesRole;  // the role the window is for: another role starts at its first page

  // Shows the course at `position` in the profile's list (as search does).
  void showCourse(const std::string& roleId, std::size_t position);
  ListPages pages;          // the list of roles, kRolesPage at a time
  std::string pageShowsRole;  // the selected role the page was last brought to
  // Narrow layout: where a keyboard or screen-reader user's focus goes once the list or profile
  // that replaced the other is drawn ("detail": the profile's title; "role/<id>": its row).
  std::string focusOnShow;
};

// Roles listed at a time (past that, Previous and Next: `roles/top/page-next` …).
inline constexpr std::size_t kRolesPage = 50;

// The list of roles (`role/<id>`) and the selected role's profile. Wide: side by side.
// Narrow: the list, and a tap opens the profile with a way back.
void rolesView(const ViewContext& ctx, RolesViewState& view);

// One role's profile: summary, pay chart, day-to-day, skills, tools, courses (`course/<id>`).
void roleDetail(const ViewContext& ctx, const core::Role& role, RolesViewState& view);

}  // namespace ui
