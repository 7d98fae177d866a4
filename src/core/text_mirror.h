// The current view as plain text sections, for the page's hidden HTML mirror of the canvas:
// screen readers cannot see what ImGui draws, but they can read this (see web/app.js).
#pragma once

#include <string>
#include <vector>

#include "app_state.h"
#include "model.h"

namespace core {

struct TextSection {
  std::string title;
  std::vector<std::string> lines;
};

std::vector<TextSection> describeView(const Catalog& catalog, const AppState& state,
                                      const Derived& derived);

}  // namespace core
