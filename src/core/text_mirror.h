// The current view as plain text sections, for the page's hidden HTML mirror of the canvas:
// screen readers cannot see what ImGui draws, but they can read this (written into the page by
// ce_js_text_mirror, src/web/library_career_explorer.js).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app_state.h"
#include "decimal.h"
#include "load_report.h"
#include "model.h"

namespace core {

struct TextSection {
  std::string title;
  std::vector<std::string> lines;
};

std::vector<TextSection> describeView(const Catalog& catalog, const AppState& state,
                                      const Derived& derived);

// A data file that cannot be used: the validator's problems, errors first, as the widget draws
// them (ui/problems_view.cpp), under kDataProblemsTitle.
inline constexpr const char* kDataProblemsTitle = "The career data file has these problems:";
TextSection describeProblems(const LoadReport& report);

// A list in the mirror keeps its first kMirrorLines lines, then says how many more there are
// ("… and 950 more roles"). The page reads the mirror while the operable layer is not there
// (loading, a failure) and rebuilds it on every change of state: a list as long as the data
// allows (10,000 skills) would be 10,000 elements to style each time a skill is rated.
inline constexpr std::size_t kMirrorLines = 50;
// Adds line(i) for the first kMirrorLines of `count` items to `section`, then the "more" line.
template <class LineOf>
void addListLines(TextSection& section, std::size_t count, const char* noun, LineOf line) {
  for (std::size_t i = 0; i < count && i < kMirrorLines; ++i) section.lines.push_back(line(i));
  if (count > kMirrorLines)
    section.lines.push_back("\xE2\x80\xA6 and " + decimal(count - kMirrorLines) + " more " + noun);
}

}  // namespace core
