#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "list_pages.h"
#include "paths_view.h"
#include "view_context.h"

namespace ui {

// Skills are listed a page at a time: a frame lays out and describes at most this many rows,
// however many skills the file lists (the bundled data fits on one page).
inline constexpr std::size_t kSkillsPage = 50;

// What My skills keeps between frames: the page shown, and the order skills are listed in (by
// category, then as in the file), made once per catalogue (the widget resets it when new data
// is loaded).
struct SkillsViewState {
  ListPages pages;
  const core::Catalog* orderFor = nullptr;
  std::vector<const core::Skill*> order;

  const std::vector<const core::Skill*>& ordered(const core::Catalog& catalog);
  // Shows the page that lists `skillId` (nothing when it is not in the catalogue).
  void showSkill(const core::Catalog& catalog, const std::string& skillId);
};

// "My skills": every skill by category, rated in one click (`skill/<id>/<0..3>`), a page of
// kSkillsPage at a time (`skills/top/page-next` …, list_pages.h), starting profiles
// (`profile/<id>`), "Clear" (`skills/clear`), and the best fits so far.
CE_VIEW_ENTRY void skillsView(const ViewContext& ctx, SkillsViewState& view, JobChoice& job);

// The words for a rating 0..3: none, basic, working, strong.
const char* ratingWord(int level);

}  // namespace ui
