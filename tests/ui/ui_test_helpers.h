// What the UI test files share beyond the harness: the real data loaded, ready to click.
#pragma once

#include <string>

#include "json_document.h"
#include "test_helpers.h"
#include "ui_harness.h"

namespace test {

// Loads data/careers.json and draws two frames: the start of most tests.
inline void loadRealData(UiHarness& ui) {
  ui.widget().loadData(realData());
  ui.frames(2);
}

// Loads `json` (a data file a test made) and opens the link `fragment`, two frames each; the
// caller checks the status it expects.
inline void loadAndOpen(UiHarness& ui, const std::string& json, const std::string& fragment) {
  ui.widget().loadData(json);
  ui.frames(2);
  ui.widget().restore(fragment, "", "");
  ui.frames(2);
}

// The operable layer's node for the item `id` (null when there is none).
inline core::Json layerNode(UiHarness& ui, const std::string& id) {
  const core::Json layer = core::Json::parse(ui.widget().semanticsJson());
  for (const core::Json& node : layer["nodes"])
    if (node.contains("id") && node["id"] == id) return node;
  return core::Json();
}

}  // namespace test
