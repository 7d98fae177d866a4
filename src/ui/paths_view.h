#pragma once

#include <cstddef>

#include "list_pages.h"
#include "role_paths.h"
#include "view_context.h"

namespace ui {

// The reader's own ratings that choosing a job replaced, or that Clear cleared, until they are
// brought back or the reader moves on (rates a skill, chooses no job): a job is a starting
// point, and choosing one to look at it must not lose ratings made by hand; nor must one click
// on Clear. Not saved: the page's session only.
struct JobChoice {
  bool kept = false;
  core::Ratings ratings;  // as they were, with
  std::string job;        // the job they were adjusted from ("" none)
  std::string chosen;     // the job that replaced them ("" : Clear did)
  bool broughtBack = false;  // "Bring back my ratings" did, since the last job or Clear
};

// Compare's "From my job": the "I work as …" picker (`profile/<profile id>`), where the ratings
// stand ("from Data analyst, adjusted"), and every role with its fit, the skills already shared,
// the skills missing and the hours of its least-hours plan, sortable (`paths/sort/<fit|hours|
// missing|name>`). A row (`path/<role id>`) opens that role's plan. A table when wide, cards on
// a phone; kPathsPage roles at a time (`paths/top/page-next` …, list_pages.h).
inline constexpr std::size_t kPathsPage = 50;
void pathsView(const ViewContext& ctx, const core::RolePathsCache& paths, ListPages& pages, JobChoice& choice);

// The "I work as …" choices, shared with My skills: a radio group of the data's profiles, and
// after a choice that replaced the reader's own ratings, a button (`profile/undo`) that brings
// them back.
void jobPicker(const ViewContext& ctx, JobChoice& choice);
// "From Data analyst", "From Data analyst, adjusted", "From your own ratings", or "" (none).
std::string jobWords(const ViewContext& ctx);

}  // namespace ui
