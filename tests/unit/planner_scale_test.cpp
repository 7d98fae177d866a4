// The planner at the size limit: a 10,000-course catalogue whose role needs 20 skills, each
// course teaching 10 — once ~40 s of planning before the first frame. Sliced, the first plan
// appears after a bounded number of slices, each within its step allowance.
#include <doctest/doctest.h>

#include "data_loader.h"
#include "planner.h"
#include "synthetic_data.h"

TEST_CASE("planner: 10,000 courses, 20 gap skills, 10 per course: a first plan within a few slices") {
  tools::SyntheticSpec spec;
  spec.courses = 10000;
  spec.skills = 40;
  spec.skillsPerRole = 20;
  spec.teachesPerCourse = 10;
  spec.seed = 11;
  const core::LoadResult loaded = core::loadCatalog(tools::syntheticCatalogJson(spec));
  REQUIRE(loaded.report.ok());
  const core::Catalog& cat = loaded.catalog;
  core::Planner planner(cat, cat.roles[0], {}, core::PlanGoal::LeastHours, {});
  // One step never costs more than reading a course's skills (4 steps each) or a Pareto front.
  const std::uint64_t overrun = 1 + 4 * static_cast<std::uint64_t>(spec.teachesPerCourse);
  int slices = 0, firstPlanAt = 0;
  std::uint64_t before = 0;
  bool done = false;
  while (!done) {
    done = planner.step(core::kSliceSteps);
    ++slices;
    CHECK(planner.work() - before <= core::kSliceSteps + overrun);
    before = planner.work();
    if (!firstPlanAt && !planner.plan().courses.empty()) {
      firstPlanAt = slices;
      CHECK(planner.plan().planning);
      CHECK(planner.plan().lowerBound > 0);
      CHECK(planner.plan().lowerBound <= planner.plan().totalHours);
    }
    REQUIRE(slices < 1000);
  }
  CHECK(firstPlanAt >= 1);
  CHECK(firstPlanAt <= 4);  // reading 10,000 courses, sorting them, one greedy pass
  const core::Plan& plan = planner.plan();
  CHECK_FALSE(plan.planning);
  CHECK(plan.gap.size() == 20);
  CHECK_FALSE(plan.courses.empty());
  CHECK(plan.lowerBound <= plan.totalHours);
  // The whole search is bounded by the one work budget (setup is linear in the data on top).
  CHECK(planner.work() <= core::kSearchBudget + 4'000'000);
  MESSAGE("slices: " << slices << ", first plan after " << firstPlanAt << ", optimal: " << plan.optimal
                     << ", total " << plan.totalHours << " h, bound " << plan.lowerBound << " h");
}
