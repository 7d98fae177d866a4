// One slice of planning per animation frame of the page, however many frames are drawn in it and
// however many planners want work (Compare's rows, the plan, the other plans): at the size limit
// choosing a job re-plans every role, and no frame may take more than its slice for that.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "json_document.h"
#include "plan.h"
#include "synthetic_data.h"
#include "test_helpers.h"
#include "ui_harness.h"

using core::Json;
using test::UiHarness;

namespace {

// The shape bench/web/job.sh measures: 10,000 courses, 30 roles of 24 skills out of 120.
std::string jobCatalogue() {
  tools::SyntheticSpec spec;
  spec.courses = 10000;
  spec.roles = 30;
  spec.skills = 120;
  spec.skillsPerRole = 24;
  spec.profiles = 2;
  spec.seed = 42;
  return tools::syntheticCatalogJson(spec);
}

// A step may overrun its slice by its own small size (planner.h).
constexpr std::uint64_t kSliceWithOverrun = core::kSliceSteps + core::kSliceSteps / 10;

// One animation frame of the page, with one frame drawn in it.
void animationFrame(UiHarness& ui) {
  ui.widget().animationFrame();
  ui.frames(1);
}

// Frames until nothing plans any more; returns how many.
int planToTheEnd(UiHarness& ui, bool ticks) {
  int frames = 0;
  do {
    if (ticks) ui.widget().animationFrame();
    ui.frames(1);
    ++frames;
  } while (ui.lastFrameAnimating() && frames < 20000);
  return frames;
}

}  // namespace

TEST_CASE("choosing a job in From my job plans one slice a frame, the rows before the plan") {
  const std::string data = jobCatalogue();
  UiHarness ui(1280, 800);
  ui.widget().loadData(data);
  ui.widget().restore("v1;view=compare;mode=paths", "", "");
  ui.frames(2);
  REQUIRE(Json::parse(ui.stateJson())["compareMode"] == "paths");
  ui.widget().semanticAction("profile/profile-00000", 0, 0);

  // The rows and the best fit's plan both want work now: together they get one slice a frame.
  int planningFrames = 0;
  std::uint64_t worst = 0;
  for (int i = 0; i < 40; ++i) {
    animationFrame(ui);
    const std::uint64_t steps = ui.widget().planStepsInLastFrame();
    worst = std::max(worst, steps);
    if (steps > 0) ++planningFrames;
  }
  CHECK(planningFrames >= 20);  // the catalogue is large enough to need many slices
  CHECK(worst > core::kSliceSteps / 2);
  CHECK(worst <= kSliceWithOverrun);
  // The table on screen is served first: its rows are planned while the plan still waits.
  const Json s = Json::parse(ui.stateJson());
  REQUIRE(s["job"] == "profile-00000");
  bool someRowPlanned = false;
  for (const Json& row : s["paths"]) someRowPlanned = someRowPlanned || row["planning"] == false;
  CHECK(someRowPlanned);
}

TEST_CASE("frames drawn in an animation frame whose slice is spent plan nothing, and the work still ends") {
  const std::string data = jobCatalogue();
  UiHarness ui(1280, 800);
  ui.widget().loadData(data);
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(2);
  ui.widget().semanticAction("profile/profile-00001", 0, 0);
  animationFrame(ui);  // the choice is taken and its plan started
  animationFrame(ui);
  REQUIRE(ui.lastFrameAnimating());
  CHECK(ui.widget().planStepsInLastFrame() > core::kSliceSteps / 2);
  // An input handler draws in the same animation frame: nothing is left to plan with.
  ui.frames(1);
  CHECK(ui.widget().planStepsInLastFrame() == 0);
  ui.frames(1);
  CHECK(ui.widget().planStepsInLastFrame() == 0);
  animationFrame(ui);
  CHECK(ui.widget().planStepsInLastFrame() > 0);

  // What the reader sees once the work is done does not depend on how it was sliced: the same
  // plan as a widget that gives every frame a slice.
  planToTheEnd(ui, true);
  UiHarness free(1280, 800);
  free.widget().loadData(data);
  free.widget().restore("v1;view=skills", "", "");
  free.frames(2);
  free.widget().semanticAction("profile/profile-00001", 0, 0);
  planToTheEnd(free, false);
  const Json a = Json::parse(ui.stateJson()), b = Json::parse(free.stateJson());
  CHECK(a["plan"]["planning"] == false);
  CHECK(a["plan"] == b["plan"]);
}

TEST_CASE("the text mirror plans nothing of its own") {
  // A mirror read after each frame (as the page does when it changes) must not speed the plan
  // up: its planning would land in the frame it follows.
  const std::string data = jobCatalogue();
  int frames[2] = {};
  for (int withMirror = 0; withMirror < 2; ++withMirror) {
    UiHarness ui(1280, 800);
    ui.widget().loadData(data);
    ui.widget().restore("v1;view=skills", "", "");
    ui.frames(2);
    ui.widget().semanticAction("profile/profile-00000", 0, 0);
    std::string key;
    do {
      animationFrame(ui);
      ++frames[withMirror];
      if (withMirror && ui.widget().mirrorKey() != key) {
        key = ui.widget().mirrorKey();
        CHECK_FALSE(ui.widget().textMirrorJson().empty());
      }
    } while (ui.lastFrameAnimating() && frames[withMirror] < 20000);
  }
  CHECK(frames[0] > 2);  // more than one slice of planning
  CHECK(frames[1] == frames[0]);
}

TEST_CASE("a change made inside an input handler leaves the next animation frame to its layout") {
  const std::string data = jobCatalogue();
  UiHarness ui(1280, 800);
  ui.widget().loadData(data);
  ui.widget().restore("v1;view=skills", "", "");
  ui.frames(2);
  ui.widget().animationFrame();
  // The release of a click on a job, drawn in its handler: the ratings change, a plan starts.
  ui.widget().semanticAction("profile/profile-00001", 0, 0);
  ui.handlerFrame();
  REQUIRE(ui.lastFrameAnimating());  // (not getState(): it would run a slice of its own)
  // The next animation frame draws what the change moved ("Best fits" above the jobs), and only
  // a tenth of a slice of planning; the one after plans a whole slice.
  animationFrame(ui);
  CHECK(ui.widget().planStepsInLastFrame() > 0);
  CHECK(ui.widget().planStepsInLastFrame() <= core::kSliceSteps / 10 + core::kSliceSteps / 100);
  animationFrame(ui);
  CHECK(ui.widget().planStepsInLastFrame() > core::kSliceSteps / 2);
  // A handler frame that changes nothing (a press) defers nothing.
  ui.handlerFrame();
  animationFrame(ui);
  CHECK(ui.widget().planStepsInLastFrame() > 0);
  CHECK(Json::parse(ui.stateJson())["job"] == "profile-00001");
}

TEST_CASE("with the bundled data a change's plan is still done in the animation frame after the click") {
  // The tenth of a slice left to the frame after a change covers a plan of normal size: the
  // Plan view never shows a plan "still improving" for a frame where it used to show it done.
  UiHarness ui(1000, 700);
  ui.widget().loadData(test::readFile(CE_DATA_FILE));
  ui.widget().restore("v1;view=plan", "", "");
  ui.frames(3);
  for (const char* item : {"goal/cost", "goal/hours"}) {
    ui.widget().animationFrame();
    ui.widget().semanticAction(item, 0, 0);
    ui.handlerFrame();
    animationFrame(ui);
    ui::Rect r;
    CHECK_FALSE(ui.rect("plan/improving", r));  // (getState() would run a slice of its own)
    CHECK_FALSE(ui.lastFrameAnimating());
    CHECK(Json::parse(ui.widget().stateJson())["goal"] == (std::string(item) == "goal/cost" ? "cost" : "hours"));
  }
}
