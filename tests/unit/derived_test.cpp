// What the views show, kept up to date with the state: the schedule's arithmetic by hand, and
// the rule that only what a plan depends on ever plans again.
#include <doctest/doctest.h>

#include "calendar.h"
#include "derived.h"
#include "json_document.h"
#include "test_helpers.h"

using core::AppState;
using core::DerivedCache;

namespace {

core::Course course(std::string id, std::string skill, double hours) {
  core::Course c;
  c.id = c.title = std::move(id);
  c.provider = "P";
  c.teaches = {{std::move(skill), 1}};
  c.hours = core::Hours{{hours, core::Confidence::Article, ""}};
  c.level = core::Fact<core::CourseLevel>{core::CourseLevel::Beginner, core::Confidence::Article, ""};
  c.price = core::Price{};
  c.price->model = core::PriceModel::Free;
  return c;
}

// One role needing a and b; course "a" (11 h) teaches a, course "b" (6 h) teaches b.
core::Catalog twoCourses() {
  core::Catalog c;
  for (const char* s : {"a", "b"}) c.skills.push_back({s, s, core::SkillCategory::Technical, s});
  core::Role r;
  r.id = "role";
  r.title = "Role";
  r.skills = {{"a", 1, 1}, {"b", 1, 1}};
  c.roles.push_back(r);
  c.courses = {course("a", "a", 11), course("b", "b", 6)};
  c.rebuildIndex();
  return c;
}

const core::Catalog& realCatalog() {
  static const core::LoadResult loaded = core::loadCatalog(test::realData());
  return loaded.catalog;
}

void planToTheEnd(DerivedCache& cache, const core::Catalog& catalog, const AppState& state, int today) {
  cache.update(catalog, state, today, core::kSliceSteps);
  for (int i = 0; i < 10000 && cache.planning(); ++i) cache.update(catalog, state, today, core::kSliceSteps);
  REQUIRE_FALSE(cache.planning());
}

}  // namespace

TEST_CASE("schedule: whole weeks for the remaining hours, and a finish date that many weeks on") {
  const core::Catalog catalog = twoCourses();
  AppState s = core::initialState(catalog);
  s.role = "role";
  const int today = core::daysFromCivil({2026, 11, 26});  // a Thursday
  core::setHoursPerWeek(s, 5);
  core::Derived d = core::derive(catalog, s, today);
  REQUIRE(d.plan.courses.size() == 2);
  // 11 h + 6 h = 17 h at 5 h a week: 3.4 weeks, so 4 whole weeks (rounding would say 3, and
  // counting each course's weeks apart 3 + 2 = 5); finished 28 days on.
  CHECK(d.schedule.weeks == 4);
  CHECK(core::isoDate(d.schedule.finishDay) == "2026-12-24");
  REQUIRE(d.schedule.courses.size() == 2);
  CHECK(d.plan.courses[0].course->id == "a");  // same level: by id
  CHECK(d.schedule.courses[0].startWeek == doctest::Approx(0));
  CHECK(d.schedule.courses[0].endWeek == doctest::Approx(2.2));
  CHECK(d.schedule.courses[1].startWeek == doctest::Approx(2.2));
  CHECK(d.schedule.courses[1].endWeek == doctest::Approx(3.4));
  core::Json j = core::Json::parse(core::stateToJson(s, d));
  CHECK(j["plan"]["weeks"] == 4);
  CHECK(j["plan"]["finish"] == "2026-12-24");
  CHECK(j["plan"]["planning"] == false);

  for (const core::Json& c : j["plan"]["courses"]) CHECK(c["hoursApproximate"] == false);
  CHECK(j["plan"]["hoursApproximate"] == false);
  {
    // Hours its page gives as "about 11": the snapshot says so, for the course and the total.
    core::Catalog about = catalog;
    about.courses[0].hours->approximate = true;
    const core::Json a = core::Json::parse(core::stateToJson(s, core::derive(about, s, today)));
    CHECK(a["plan"]["courses"][0]["id"] == "a");
    CHECK(a["plan"]["courses"][0]["hoursApproximate"] == true);
    CHECK(a["plan"]["courses"][1]["hoursApproximate"] == false);
    CHECK(a["plan"]["hoursApproximate"] == true);
  }

  // Done courses no longer count: 6 h left, 1.2 weeks, so 2.
  core::toggleDone(s, catalog, "a");
  d = core::derive(catalog, s, today);
  CHECK(d.schedule.weeks == 2);
  CHECK(core::isoDate(d.schedule.finishDay) == "2026-12-10");
  CHECK(d.schedule.progress == doctest::Approx(11.0 / 17.0));
  CHECK(d.schedule.remainingHours == doctest::Approx(6));

  // One hour a week: 17 weeks, across the new year (119 days on).
  core::toggleDone(s, catalog, "a");
  core::setHoursPerWeek(s, 1);
  d = core::derive(catalog, s, today);
  CHECK(d.schedule.weeks == 17);
  CHECK(core::isoDate(d.schedule.finishDay) == "2027-03-25");
  // Everything done: nothing left, finished today.
  core::toggleDone(s, catalog, "a");
  core::toggleDone(s, catalog, "b");
  d = core::derive(catalog, s, today);
  CHECK(d.schedule.weeks == 0);
  CHECK(d.schedule.finishDay == today);
  CHECK(d.schedule.progress == doctest::Approx(1));
}

TEST_CASE("derived: view switches, hours a week and done boxes never plan again") {
  const core::Catalog& catalog = realCatalog();
  AppState s = core::initialState(catalog);
  s.view = core::View::Plan;
  core::rateSkill(s, catalog, "python", 2);
  core::setTarget(s, catalog, "mlops-engineer");
  DerivedCache cache;
  planToTheEnd(cache, catalog, s, 0);
  REQUIRE(cache.plansStarted() == 1);
  const std::uint64_t steps = cache.planSteps();
  REQUIRE(steps > 0);
  REQUIRE_FALSE(cache.derived().plan.courses.empty());
  const int weeks = cache.derived().schedule.weeks;

  for (core::View v : {core::View::Roles, core::View::Compare, core::View::Skills, core::View::Plan}) {
    core::showView(s, v);
    cache.update(catalog, s, 0, core::kSliceSteps);
  }
  core::selectRole(s, catalog, "ai-ethics-specialist");
  cache.update(catalog, s, 0, core::kSliceSteps);
  core::setHoursPerWeek(s, 20);
  cache.update(catalog, s, 0, core::kSliceSteps);
  CHECK(cache.derived().schedule.weeks < weeks);  // the schedule did follow
  core::toggleDone(s, catalog, cache.derived().plan.courses.front().course->id);
  cache.update(catalog, s, 0, core::kSliceSteps);
  CHECK(cache.derived().schedule.progress > 0);
  // A skill the target does not need: its plan does not depend on it.
  const core::Role* mlops = catalog.findRole("mlops-engineer");
  for (const core::Skill& skill : catalog.skills) {
    bool needed = false;
    for (const core::SkillNeed& n : mlops->skills) needed = needed || n.skill == skill.id;
    if (needed) continue;
    core::rateSkill(s, catalog, skill.id, 3);
    cache.update(catalog, s, 0, core::kSliceSteps);
    break;
  }
  CHECK(cache.plansStarted() == 1);
  CHECK(cache.planSteps() == steps);
  CHECK_FALSE(cache.planning());

  // What a plan depends on plans again, once; going back uses the kept plan.
  core::setGoal(s, core::PlanGoal::LeastCost);
  planToTheEnd(cache, catalog, s, 0);
  CHECK(cache.plansStarted() == 2);
  core::setGoal(s, core::PlanGoal::LeastHours);
  cache.update(catalog, s, 0, core::kSliceSteps);
  CHECK(cache.plansStarted() == 2);
  CHECK_FALSE(cache.planning());
  core::PlanFilters f = s.filters;
  f.freeOnly = true;
  core::setFilters(s, f);
  planToTheEnd(cache, catalog, s, 0);
  CHECK(cache.plansStarted() == 3);
  core::rateSkill(s, catalog, "python", 3);
  planToTheEnd(cache, catalog, s, 0);
  CHECK(cache.plansStarted() == 4);
  core::setTarget(s, catalog, "genai-engineer");
  planToTheEnd(cache, catalog, s, 0);
  CHECK(cache.plansStarted() == 5);
  // The same as planning from scratch.
  const core::Derived fresh = core::derive(catalog, s, 0);
  REQUIRE(fresh.plan.courses.size() == cache.derived().plan.courses.size());
  for (std::size_t i = 0; i < fresh.plan.courses.size(); ++i)
    CHECK(fresh.plan.courses[i].course == cache.derived().plan.courses[i].course);
}

TEST_CASE("derived: the job the ratings came from, and whether they were adjusted, follow each change") {
  // The views read these every frame; DerivedCache works them out once a change.
  const core::LoadResult loaded = core::loadCatalog(test::realData());
  const core::Catalog& catalog = loaded.catalog;
  AppState s = core::initialState(catalog);
  DerivedCache cache;
  cache.update(catalog, s, 0, 0);
  CHECK(cache.derived().job == nullptr);
  core::applyProfile(s, catalog, "data-analyst");
  cache.update(catalog, s, 0, 0);
  REQUIRE(cache.derived().job != nullptr);
  CHECK(cache.derived().job->id == "data-analyst");
  CHECK_FALSE(cache.derived().jobAdjusted);
  core::rateSkill(s, catalog, "prompt-design", 2);
  cache.update(catalog, s, 0, 0);
  CHECK(cache.derived().jobAdjusted);
  core::applyProfile(s, catalog, "writer-marketer");  // a new job: its own ratings again
  cache.update(catalog, s, 0, 0);
  REQUIRE(cache.derived().job != nullptr);
  CHECK(cache.derived().job->id == "writer-marketer");
  CHECK_FALSE(cache.derived().jobAdjusted);
  core::clearRatings(s);
  cache.update(catalog, s, 0, 0);
  CHECK(cache.derived().job == nullptr);
  CHECK_FALSE(cache.derived().jobAdjusted);
}
