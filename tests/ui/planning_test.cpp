// Planning beside drawing: at the size limit the widget shows a first plan within a few frames,
// marks it as still improving, keeps asking for frames until it is done, and never plans again
// for a view switch or the hours slider.
#include <doctest/doctest.h>

#include "json_document.h"
#include "synthetic_data.h"
#include "ui_harness.h"

using core::Json;
using test::UiHarness;

TEST_CASE("a plan at the size limit improves across frames, which keep coming until it is done") {
  tools::SyntheticSpec spec;
  spec.courses = 10000;
  spec.skills = 40;
  spec.skillsPerRole = 20;
  spec.teachesPerCourse = 10;
  spec.seed = 3;
  UiHarness ui(1000, 700);
  ui.widget().loadData(tools::syntheticCatalogJson(spec));
  ui.widget().restore("v1;view=plan;role=role-00000", "", "");
  ui.frames(1);
  Json s = Json::parse(ui.stateJson());
  REQUIRE(s["status"] == "ready");
  CHECK(s["plan"]["planning"] == true);
  CHECK(ui.lastFrameAnimating());  // no input, yet another frame is asked for

  ui.frames(4);
  s = Json::parse(ui.stateJson());
  REQUIRE(s["plan"]["planning"] == true);
  CHECK_FALSE(s["plan"]["courses"].empty());
  CHECK(s["plan"]["optimal"] == false);
  CHECK(s["plan"]["lowerBound"].get<double>() > 0);
  CHECK(s["plan"]["lowerBound"].get<double>() <= s["plan"]["totalHours"].get<double>());
  ui::Rect r;
  CHECK(ui.rect("plan/improving", r));

  int frames = 5;
  while (s["plan"]["planning"] == true && frames < 2000) {
    ui.frames(1);
    ++frames;
    s = Json::parse(ui.stateJson());
  }
  CHECK(s["plan"]["planning"] == false);
  CHECK(frames < 2000);
  ui.frames(1);
  CHECK_FALSE(ui.lastFrameAnimating());  // done: the widget goes idle again
  CHECK_FALSE(ui.rect("plan/improving", r));
  const Json finished = s["plan"];

  // Switching views and moving the hours slider never plans again: nothing to improve, no frames.
  REQUIRE(ui.click("view/roles"));
  REQUIRE(ui.click("view/plan"));
  s = Json::parse(ui.stateJson());
  CHECK(s["plan"]["planning"] == false);
  CHECK_FALSE(ui.lastFrameAnimating());
  REQUIRE(ui.click("plan/hours"));
  s = Json::parse(ui.stateJson());
  CHECK(s["hoursPerWeek"] != 5);  // the click moved the slider
  CHECK(s["plan"]["planning"] == false);
  CHECK_FALSE(ui.lastFrameAnimating());
  CHECK(s["plan"]["courses"].size() == finished["courses"].size());
  CHECK(s["plan"]["totalHours"] == finished["totalHours"]);
}
