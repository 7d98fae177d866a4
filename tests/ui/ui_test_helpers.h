// What the UI test files share beyond the harness: the real data loaded, ready to click.
#pragma once

#include "test_helpers.h"
#include "ui_harness.h"

namespace test {

// Loads data/careers.json and draws two frames: the start of most tests.
inline void loadRealData(UiHarness& ui) {
  ui.widget().loadData(realData());
  ui.frames(2);
}

}  // namespace test
