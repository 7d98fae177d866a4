// The search field in the header and its list of results (core/search.h): one field that finds
// roles, skills, courses and tools by name. The page's operable layer puts a real
// <input type="search"> over the drawn field (so a phone raises its keyboard, and "/" focuses
// it); its text and keys come back as requests, and the canvas draws the text, the caret and the
// results. Arrows move through the results, Enter opens one, Escape closes the list.
// Transient: nothing here is part of a share link or saved progress.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "roles_view.h"
#include "search.h"
#include "skills_view.h"
#include "view_context.h"

namespace ui {

struct SearchUi {
  std::string query;
  TextCaret caret;  // in bytes of `query`
  bool open = false;      // the list of results is shown
  int highlighted = -1;   // the result Enter opens; -1 none
  bool revealHighlight = false;  // the arrows moved it: scroll it into view
  bool popupShown = false;  // the list's popup was open in the last frame
  std::string searched;   // the query the results are for
  std::unique_ptr<core::SearchRun> run;  // a query still being searched, a slice a frame
  std::vector<core::SearchResult> results;
  std::string notice;  // said in the list when a result cannot be opened ("" none)
  std::string focusNext;  // an opened result's item: the page's focus goes there next frame
};

// Keys from the field (the layer's requestFieldKey).
enum SearchFieldKey { kSearchKeyDown = 1, kSearchKeyUp = 2, kSearchKeyEnter = 3, kSearchKeyEscape = 4 };

// The field, `width` px wide at the cursor (narrow screens: pass the width of the icon it collapses
// to; it draws as an icon button until it has the focus). Named `search`.
void searchField(const ViewContext& ctx, SearchUi& ui, float width, bool collapsed);
// Whether the field is in use (focused, or its results open): a narrow header then gives it the
// whole title line.
bool searchActive(const ViewContext& ctx, const SearchUi& ui);

// Runs the query (a slice a frame) and draws the results under the field; applies the result the
// reader opens (`result/<kind>/<id>`). Returns true while a query is still being searched.
CE_VIEW_ENTRY bool searchResults(const ViewContext& ctx, SearchUi& ui, const core::SearchIndex& index,
                   RolesViewState& roles, SkillsViewState& skills);

// Opens a result as a click on it would: a role in Roles, a skill in My skills
// (its page shown, scrolled to it), a course in the profile of a role it teaches for, a tool in the
// role that uses it. The page's focus goes to what it opened; `byPointer` (a click or a tap on
// the result): without the keyboard's focus ring, as a browser's :focus-visible decides.
void openSearchResult(const ViewContext& ctx, SearchUi& ui, const core::SearchResult& r,
                      RolesViewState& roles, SkillsViewState& skills, bool byPointer = false);

// The name of a result's row, e.g. `result/role/prompt-engineer`, `result/tool/<role id>/<tool>`.
std::string resultItemName(const core::SearchResult& r);
// "Role", "Skill", "Course", "Tool".
const char* kindLabel(core::SearchKind k);
// The same for one result: "Exam" for a certification exam, which the catalogue lists with the
// courses but which teaches nothing (its preparation does).
const char* resultKindLabel(const core::Catalog& catalog, const core::SearchResult& r);

}  // namespace ui
